// fieldledger-app: the technician's app. main() only wires: everything else lives in
// fieldledger_app_lib, which the tests link.
#include <QtQml/qqmlextensionplugin.h>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>

#include "app_session.h"
#include "language.h"
#include "position_settings.h"
#include "screenshot_tour.h"
#include "self_test.h"
#include "transport.h"
#ifdef FIELDLEDGER_WITH_OFFICE
#include "office_screenshot_tour.h"
#include "office_session.h"
Q_IMPORT_QML_PLUGIN(FieldLedger_OfficePlugin)
#endif

Q_IMPORT_QML_PLUGIN(FieldLedgerPlugin)

int main(int argc, char* argv[]) {
  QGuiApplication app(argc, argv);
  QGuiApplication::setApplicationName(QStringLiteral("FieldLedger"));
  QGuiApplication::setOrganizationName(QStringLiteral("FieldLedger"));
  QQuickStyle::setStyle(QStringLiteral("Material"));

  QCommandLineParser cli;
  cli.setApplicationDescription(QStringLiteral("FieldLedger technician app"));
  cli.addHelpOption();
  QCommandLineOption server({QStringLiteral("server")}, QStringLiteral("Server address host:port."),
                            QStringLiteral("address"), QStringLiteral("127.0.0.1:50051"));
  // The technician and office sessions both open their channels with mobile/core's
  // MakeChannel, which trusts the CA named by FIELDLEDGER_CA_FILE; --ca sets it.
  QCommandLineOption ca({QStringLiteral("ca")},
                        QStringLiteral("The CA certificate (PEM) the server's TLS certificate must "
                                       "chain to; the only one trusted (default: "
                                       "$FIELDLEDGER_CA_FILE, else the system's roots)."),
                        QStringLiteral("file"));
  QCommandLineOption data({QStringLiteral("data-dir")},
                          QStringLiteral("Where the device database lives."), QStringLiteral("dir"),
                          QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
  QCommandLineOption self_test({QStringLiteral("self-test")},
                               QStringLiteral("Load every page and exit (0 = no QML problems)."));
  QCommandLineOption shots({QStringLiteral("screenshots")},
                           QStringLiteral("Save a PNG of each screen into dir and exit; the "
                                          "FIELDLEDGER_USER and FIELDLEDGER_PASSWORD variables "
                                          "sign in."),
                           QStringLiteral("dir"));
  QCommandLineOption nmea({QStringLiteral("nmea")},
                          QStringLiteral("Play back this NMEA log as the position source."),
                          QStringLiteral("file"));
  QCommandLineOption language({QStringLiteral("language")},
                              QStringLiteral("zh_CN or en (default: the saved choice, else "
                                             "the system's)."),
                              QStringLiteral("code"));
  cli.addOptions({server, ca, data, self_test, shots, nmea, language});
#ifdef FIELDLEDGER_WITH_OFFICE
  QCommandLineOption office_shots({QStringLiteral("office-screenshots")},
                                  QStringLiteral("Save a PNG of every office view and dialog "
                                                 "into dir and exit (a --seed-demo server)."),
                                  QStringLiteral("dir"));
  cli.addOption(office_shots);
#endif
  cli.process(app);
  if (cli.isSet(ca)) qputenv(fieldledger::device::kCaFileVariable, cli.value(ca).toLocal8Bit());
#ifdef FIELDLEDGER_WITH_OFFICE
  fieldledger::app::Language::AddCatalog(QStringLiteral("fieldledger_office"));
#endif
  fieldledger::app::Language::ApplyStartupLanguage(cli.value(language));
  fieldledger::app::PositionSettings::SetNmeaFile(cli.value(nmea));

  fieldledger::app::AppSession session(cli.value(data), cli.value(server));
  fieldledger::app::AppSession::setInstance(&session);
#ifdef FIELDLEDGER_WITH_OFFICE
  // A dispatcher, call-back agent or manager signs in on the same page and gets the
  // office view (Main.qml loads OfficeMain.qml); signing out there returns to it.
  fieldledger::office::OfficeSession office(nullptr);
  fieldledger::office::OfficeSession::setInstance(&office);
  session.setOfficeAvailable(true);
  QObject::connect(&session, &fieldledger::app::AppSession::officeSignedIn, &office,
                   &fieldledger::office::OfficeSession::adoptLogin);
  QObject::connect(&office, &fieldledger::office::OfficeSession::signedOut, &session,
                   &fieldledger::app::AppSession::closeOffice);
#endif
  QQmlApplicationEngine engine;
  const QString main_url = QStringLiteral("qrc:/qt/qml/FieldLedger/Main.qml");
  if (cli.isSet(self_test)) return fieldledger::app::RunSelfTest(engine, main_url);
  if (cli.isSet(shots)) {
    return fieldledger::app::RunScreenshotTour(engine, main_url, cli.value(shots),
                                               qEnvironmentVariable("FIELDLEDGER_USER"),
                                               qEnvironmentVariable("FIELDLEDGER_PASSWORD"));
  }
#ifdef FIELDLEDGER_WITH_OFFICE
  if (cli.isSet(office_shots)) {
    return fieldledger::office::RunOfficeScreenshotTour(
        engine, main_url, cli.value(office_shots), cli.value(server),
        qEnvironmentVariable("FIELDLEDGER_PASSWORD", QStringLiteral("fieldledger-demo")));
  }
#endif
  engine.load(QUrl(main_url));
  if (engine.rootObjects().isEmpty()) return 1;
  return app.exec();
}
