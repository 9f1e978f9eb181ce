#pragma once
// The app's language, exposed to QML as the singleton `Language`: Simplified Chinese or
// English, from the system locale unless the technician picked one in the app. Switching
// installs the Qt Linguist translation, makes it the default QLocale (dates, and the
// service policy's zh/en reasons follow it) and retranslates every qsTr binding.
#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>
#include <QStringList>
#include <functional>

class QQmlEngine;
class QJSEngine;

namespace fieldledger::app {

class Language : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_SINGLETON
  Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)
  Q_PROPERTY(QStringList codes READ codes CONSTANT)

 public:
  explicit Language(QQmlEngine* engine, QObject* parent = nullptr);
  static Language* create(QQmlEngine* engine, QJSEngine*);

  QString code() const { return Current(); }
  // "zh_CN" or "en"; anything else falls back to English. Remembered for next start.
  void setCode(const QString& code);
  QStringList codes() const { return {QStringLiteral("zh_CN"), QStringLiteral("en")}; }
  Q_INVOKABLE QString nameOf(const QString& code) const;

  // Called by main() before any QML loads: the saved choice, else the system's.
  static void ApplyStartupLanguage(const QString& override_code = {});
  // Another module's translations, :/i18n/<prefix>_<code>.qm, installed with the app's
  // whenever the language changes (the office view's, when it is built in).
  static void AddCatalog(const QString& prefix);
  static QString Current();

 signals:
  void codeChanged();

 private:
  QQmlEngine* engine_;
};

// Calls `fn` whenever the app's language changes, for as long as `owner` lives: texts
// built in C++ (tr(), the policy's reasons) are recomputed, as qsTr bindings are.
void OnLanguageChange(QObject* owner, std::function<void()> fn);

}  // namespace fieldledger::app
