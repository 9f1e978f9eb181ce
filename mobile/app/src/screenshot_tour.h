#pragma once
// `fieldledger-app --screenshots DIR`: a scripted visit against a real server that saves
// every screen as DIR/<language>/<screen>.png, in English and Simplified Chinese. Run it
// under xvfb-run: the Material style needs a real OpenGL surface (docs: design.md).
#include <QString>

class QQmlApplicationEngine;

namespace fieldledger::app {

// Signs in with username/password, waits for the first sync, then takes a job that
// nobody has checked in yet through the whole visit. Returns 0 when every screen saved.
int RunScreenshotTour(QQmlApplicationEngine& engine, const QString& main_url, const QString& dir,
                      const QString& username, const QString& password);

}  // namespace fieldledger::app
