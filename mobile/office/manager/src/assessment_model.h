#pragma once
// The month's assessment on the manager's desk (QML `ManagerAssessmentModel`,
// AssessmentService): each technician's figures beside their self-assessment and the
// assessor's comment, the comment written back, and the month published. Once published
// the server returns the frozen figures and pay beside the live ones and names what has
// changed since; this model shows both and marks the difference, it never merges them.
#include <QtQml/qqmlregistration.h>
#include <QAbstractListModel>
#include <QVariantList>

#include "fieldledger/v1/assessment.pb.h"

namespace fieldledger::office {

class ManagerAssessmentModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
  Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
  Q_PROPERTY(QString error READ error NOTIFY stateChanged)
  Q_PROPERTY(QString message READ message NOTIFY stateChanged)
  Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY stateChanged)
  Q_PROPERTY(bool published READ published NOTIFY assessmentChanged)
  Q_PROPERTY(QString monthText READ monthText NOTIFY assessmentChanged)
  // "Published 2026-04-15 10:00:00 by Max Manager · figures as of ... · policies ...".
  Q_PROPERTY(QString publicationText READ publicationText NOTIFY assessmentChanged)
  // The month has ended in the company's zone: only then may it be published.
  Q_PROPERTY(bool monthEnded READ monthEnded NOTIFY assessmentChanged)

 public:
  enum Role {
    TechnicianIdRole = Qt::UserRole + 1,
    NameRole,
    TeamIdRole,
    // [{key, title, live "9/12 · 75%", frozen "…" (empty before publication), changed}]
    FiguresRole,
    LivePayRole,      // "¥4,524.00"
    LiveBonusRole,    // bool
    FrozenPayRole,    // empty before publication
    FrozenBonusRole,  // bool
    PayChangedRole,   // live pay or bonus differs from the published one
    ChangedRole,      // any metric or the pay changed since publication
    SelfTextRole,     // empty when none was written
    SelfWrittenRole,  // "written 2026-03-31 18:02 · received ..."
    CommentRole,
    CommentByRole,  // "Max Manager, 2026-04-02 09:00:00"
  };
  Q_ENUM(Role)

  explicit ManagerAssessmentModel(QObject* parent = nullptr);
  int rowCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QHash<int, QByteArray> roleNames() const override;

  bool loading() const { return loading_; }
  bool busy() const { return busy_; }
  QString error() const { return error_; }
  QString message() const { return message_; }
  bool messageIsError() const { return message_is_error_; }
  bool published() const { return assessment_.published(); }
  QString monthText() const;
  QString publicationText() const;
  bool monthEnded() const;

  // The calendar month of the query's anchor (scope is ignored: every technician).
  Q_INVOKABLE void load(const QVariantMap& query);
  Q_INVOKABLE void saveComment(const QString& technicianId, const QString& comment);
  Q_INVOKABLE void publish(const QString& note);
  // Row of a technician, -1 when not listed.
  Q_INVOKABLE int rowOf(const QString& technicianId) const;
  Q_INVOKABLE void clearMessage();

  void set(const v1::Assessment& assessment);

 signals:
  void stateChanged();
  void assessmentChanged();
  void changed(bool ok);

 private:
  template <class Message, class Call>
  void Change(Call call, const QString& done_text);
  QString NameOf(const std::string& user_id) const;

  v1::Assessment assessment_;
  std::string anchor_;
  int generation_ = 0;
  bool loading_ = false;
  bool busy_ = false;
  QString error_;
  QString message_;
  bool message_is_error_ = false;
};

}  // namespace fieldledger::office
