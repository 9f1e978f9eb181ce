#pragma once
// `fieldledger-app --office-screenshots DIR --server ADDR`: every office view and dialog
// saved as DIR/<width>x<height>/<language>/<screen>.png at 1366x768 and 1920x1080 in
// English and Simplified Chinese, against a demo server (--seed-demo). First three
// simulated phones (device cores, as the headless demo uses) sync and check in, so the
// board has arrivals, an unverified one and silent phones. Run under xvfb-run.
#include <QString>

class QQmlApplicationEngine;

namespace fieldledger::office {

// Signs in through the app's login page as `dispatcher`, then `callback` and `manager`
// (password `password`). Returns 0 when every screen saved.
int RunOfficeScreenshotTour(QQmlApplicationEngine& engine, const QString& main_url,
                            const QString& dir, const QString& server, const QString& password);

}  // namespace fieldledger::office
