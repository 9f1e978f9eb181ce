#pragma once
// The "My assessment" page (QML `MyAssessment`): this month's self-assessment, written
// offline and sent through the outbox as a SelfAssessmentWritten event
// (docs/assessment.md). The text shown is the latest one recorded on this phone for the
// month, with whether it reached the office or what the server refused.
#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>

namespace fieldledger::app {

class AppSession;

class MyAssessment : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(MyAssessment)
  Q_PROPERTY(QString monthTitle READ monthTitle NOTIFY changed)
  Q_PROPERTY(QString savedText READ savedText NOTIFY changed)
  // "none", "pending", "sent", "rejected"
  Q_PROPERTY(QString state READ state NOTIFY changed)
  Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
  Q_PROPERTY(int maxBytes READ maxBytes CONSTANT)
  Q_PROPERTY(QString error READ error NOTIFY changed)

 public:
  explicit MyAssessment(QObject* parent = nullptr);
  MyAssessment(AppSession* session, QObject* parent = nullptr);

  QString monthTitle() const;
  QString savedText() const { return saved_text_; }
  QString state() const { return state_; }
  QString stateText() const;
  int maxBytes() const { return 4000; }
  QString error() const { return error_; }

  // UTF-8 bytes of the text, for the counter under the editor.
  Q_INVOKABLE int bytesOf(const QString& text) const { return text.toUtf8().size(); }
  // Records the text as this month's self-assessment; false (with `error`) when it is
  // empty or too long.
  Q_INVOKABLE bool save(const QString& text);
  Q_INVOKABLE void reload();

 signals:
  void changed();

 private:
  AppSession& Session() const;
  QString AnchorDate() const;  // today in the company's zone, YYYY-MM-DD
  AppSession* session_ = nullptr;
  QString saved_text_;
  QString state_ = QStringLiteral("none");
  QString reason_;
  QString error_;
};

}  // namespace fieldledger::app
