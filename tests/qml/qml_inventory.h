// Every QML file compiled into the linked FieldLedger modules (qrc:/qt/qml/FieldLedger,
// recursively), with the QtQuick.Dialogs types each one declares. The Qt Quick test
// tst_every_qml_file.qml loads each file and opens each dialog type, so a QML module
// the app imports, or that a dialog loads only when it opens (the non-native FileDialog
// imports Qt.labs.folderlistmodel), and that the set-up does not install, fails the suite.
#pragma once

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QVariantList>
#include <QVariantMap>

namespace fieldledger::testing {

inline QVariantList QmlInventory() {
  static const QRegularExpression dialog(
      QStringLiteral(R"(\b(FileDialog|FolderDialog|FontDialog|ColorDialog|MessageDialog)\s*\{)"));
  QVariantList files;
  QDirIterator it(QStringLiteral(":/qt/qml/FieldLedger"), {QStringLiteral("*.qml")}, QDir::Files,
                  QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString path = it.next();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) continue;
    const QString text = QString::fromUtf8(file.readAll());
    QSet<QString> types;
    for (auto m = dialog.globalMatch(text); m.hasNext();) types.insert(m.next().captured(1));
    QStringList sorted(types.begin(), types.end());
    sorted.sort();
    files.append(QVariantMap{{QStringLiteral("url"), QStringLiteral("qrc") + path},
                             {QStringLiteral("dialogs"), sorted}});
  }
  return files;
}

}  // namespace fieldledger::testing
