#pragma once
// `fieldledger-app --self-test`: loads the main window and every page, fails on any
// QML error or warning. (`--screenshots DIR` is screenshot_tour.h.)
#include <QString>
#include <QStringList>

class QQmlApplicationEngine;

namespace fieldledger::app {

// The QML files every self-test and QML test must load without warnings.
QStringList PageFiles();

int RunSelfTest(QQmlApplicationEngine& engine, const QString& main_url);

}  // namespace fieldledger::app
