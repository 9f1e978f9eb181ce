#pragma once
// `fieldledger-app --self-test`: loads the main window and every page, fails on any
// QML error or warning. `--screenshots DIR`: a scripted tour that saves each screen as
// a PNG (run it under xvfb-run: the Material style needs a real OpenGL surface).
#include <QString>
#include <QStringList>

class QQmlApplicationEngine;

namespace fieldledger::app {

// The QML files every self-test and QML test must load without warnings.
QStringList PageFiles();

int RunSelfTest(QQmlApplicationEngine& engine, const QString& main_url);

// Signs in with `username`/`password`, waits for the first sync, and saves
// login.png, today.png, job.png and arrived.png into dir. Returns 0 on success.
int RunScreenshotTour(QQmlApplicationEngine& engine, const QString& main_url, const QString& dir,
                      const QString& username, const QString& password);

}  // namespace fieldledger::app
