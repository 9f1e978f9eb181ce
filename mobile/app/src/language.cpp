#include "language.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLocale>
#include <QQmlEngine>
#include <QSettings>
#include <QTranslator>
#include <memory>
#include <utility>
#include <vector>

namespace fieldledger::app {
namespace {

QString g_code;

QTranslator& Translator() {
  static QTranslator translator;
  return translator;
}

// Catalogs of other modules (Language::AddCatalog), each with its own translator.
std::vector<std::pair<QString, std::unique_ptr<QTranslator>>>& Catalogs() {
  static std::vector<std::pair<QString, std::unique_ptr<QTranslator>>> catalogs;
  return catalogs;
}

QString Normalise(const QString& code) {
  return code.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

void Install(const QString& code) {
  g_code = Normalise(code);
  // The locale first: LanguageChange handlers read it when the translator arrives.
  QLocale::setDefault(
      QLocale(g_code == QLatin1String("zh_CN") ? QLocale::Chinese : QLocale::English,
              g_code == QLatin1String("zh_CN") ? QLocale::China : QLocale::UnitedStates));
  QCoreApplication::removeTranslator(&Translator());
  // qt_add_translations embeds the .qm files under :/i18n.
  if (Translator().load(QStringLiteral(":/i18n/fieldledger_%1.qm").arg(g_code))) {
    QCoreApplication::installTranslator(&Translator());
  }
  for (auto& [prefix, translator] : Catalogs()) {
    QCoreApplication::removeTranslator(translator.get());
    if (translator->load(QStringLiteral(":/i18n/%1_%2.qm").arg(prefix, g_code))) {
      QCoreApplication::installTranslator(translator.get());
    }
  }
}

class LanguageChangeFilter : public QObject {
 public:
  LanguageChangeFilter(QObject* owner, std::function<void()> fn)
      : QObject(owner), fn_(std::move(fn)) {}
  bool eventFilter(QObject* watched, QEvent* event) override {
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange) fn_();
    return false;
  }

 private:
  std::function<void()> fn_;
};

}  // namespace

Language::Language(QQmlEngine* engine, QObject* parent) : QObject(parent), engine_(engine) {}

Language* Language::create(QQmlEngine* engine, QJSEngine*) { return new Language(engine); }

QString Language::Current() { return g_code.isEmpty() ? QStringLiteral("en") : g_code; }

void Language::ApplyStartupLanguage(const QString& override_code) {
  QString code = override_code;
  if (code.isEmpty()) code = QSettings().value(QStringLiteral("language")).toString();
  if (code.isEmpty()) code = QLocale::system().name();
  Install(code);
}

void Language::AddCatalog(const QString& prefix) {
  for (const auto& catalog : Catalogs()) {
    if (catalog.first == prefix) return;
  }
  Catalogs().emplace_back(prefix, std::make_unique<QTranslator>());
  if (!g_code.isEmpty()) Install(g_code);
}

void Language::setCode(const QString& code) {
  if (Normalise(code) == Current()) return;
  QSettings().setValue(QStringLiteral("language"), Normalise(code));
  Install(code);
  if (engine_) engine_->retranslate();
  emit codeChanged();
}

QString Language::nameOf(const QString& code) const {
  // Each language is named in itself, so a technician can find theirs whatever is shown.
  return Normalise(code) == QLatin1String("zh_CN") ? QStringLiteral("中文")
                                                   : QStringLiteral("English");
}

void OnLanguageChange(QObject* owner, std::function<void()> fn) {
  QCoreApplication::instance()->installEventFilter(new LanguageChangeFilter(owner, std::move(fn)));
}

}  // namespace fieldledger::app
