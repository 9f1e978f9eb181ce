#pragma once
// The dispatcher's desk behind DispatcherDesk.qml, as the QML type `DispatcherBoard`:
// loads a day's board, keeps it live through WatchBoard, computes every job's state and
// the alerts (board_state.h) as the clock moves, and runs the actions. Every network
// call runs off the GUI thread (OfficeSession::Run); refusals come back translated.
#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QTimer>
#include <QVariantMap>
#include <functional>

#include "board_models.h"
#include "board_watch.h"
#include "fieldledger/v1/dispatch.grpc.pb.h"
#include "job_history_model.h"

namespace fieldledger::office {

class OfficeSession;

class DispatcherBoard : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString day READ day NOTIFY loaded)
  Q_PROPERTY(QString dayTitle READ dayTitle NOTIFY loaded)
  Q_PROPERTY(double dayStartMs READ dayStartMs NOTIFY loaded)
  Q_PROPERTY(double dayEndMs READ dayEndMs NOTIFY loaded)
  Q_PROPERTY(double nowMs READ nowMs NOTIFY ticked)
  // The timeline's span: 06:00-22:00 of the day, widened to every window on it.
  Q_PROPERTY(double axisStartMs READ axisStartMs NOTIFY ticked)
  Q_PROPERTY(double axisEndMs READ axisEndMs NOTIFY ticked)
  Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
  Q_PROPERTY(QString error READ error NOTIFY errorChanged)
  // "connecting", "live" or "reconnecting"
  Q_PROPERTY(QString liveState READ liveState NOTIFY liveChanged)
  // Live updates applied since the last load (the tests wait on it).
  Q_PROPERTY(int updatesApplied READ updatesApplied NOTIFY liveChanged)
  Q_PROPERTY(int busy READ busy NOTIFY busyChanged)
  Q_PROPERTY(QVariantList teams READ teams NOTIFY loaded)
  Q_PROPERTY(QVariantList technicianChoices READ technicianChoices NOTIFY loaded)
  Q_PROPERTY(fieldledger::office::BoardJobsModel* jobs READ jobs CONSTANT)
  Q_PROPERTY(fieldledger::office::JobFilterModel* list READ list CONSTANT)
  Q_PROPERTY(fieldledger::office::TechnicianRowsModel* technicians READ technicians CONSTANT)
  Q_PROPERTY(fieldledger::office::AlertsModel* alerts READ alerts CONSTANT)
  Q_PROPERTY(fieldledger::office::JobHistoryModel* history READ history CONSTANT)

 public:
  explicit DispatcherBoard(QObject* parent = nullptr);
  ~DispatcherBoard() override;

  QString day() const { return day_; }
  QString dayTitle() const;
  // Instants as QML numbers (doubles hold milliseconds exactly for the next 280,000 years).
  double dayStartMs() const { return static_cast<double>(day_start_); }
  double dayEndMs() const { return static_cast<double>(day_end_); }
  double nowMs() const { return static_cast<double>(now_); }
  double axisStartMs() const;
  double axisEndMs() const;
  bool loading() const { return loading_; }
  QString error() const { return error_; }
  QString liveState() const { return live_state_; }
  int updatesApplied() const { return updates_; }
  int busy() const { return busy_; }
  QVariantList teams() const;
  QVariantList technicianChoices() const;
  BoardJobsModel* jobs() { return &jobs_; }
  JobFilterModel* list() { return &list_; }
  TechnicianRowsModel* technicians() { return &techs_; }
  AlertsModel* alerts() { return &alerts_; }
  JobHistoryModel* history() { return &history_; }

  // Loads the day (YYYY-MM-DD in the company's zone; empty: today) and watches it.
  Q_INVOKABLE void load(const QString& day = {});
  Q_INVOKABLE void shiftDay(int days);
  // Everything the detail page and the dialogs show of one job; empty for unknown ids.
  Q_INVOKABLE QVariantMap job(const QString& job_id) const;
  Q_INVOKABLE QString clock(qint64 ms) const;
  // The instant of "HH:mm" on the board's day (or `date`, YYYY-MM-DD) in the company's
  // zone; 0 when the text is not a time.
  Q_INVOKABLE qint64 atTime(const QString& hhmm, const QString& date = {}) const;

  // fields: customer, phone, address, latitude, longitude, product, category, serial,
  // purchaseDate, activationDate, type ("repair", "installation", "maintenance"),
  // technicianId, startMs, endMs, description, reference (optional).
  Q_INVOKABLE void createJob(const QVariantMap& fields);
  Q_INVOKABLE void assign(const QString& job_id, const QString& technician_id);
  Q_INVOKABLE void reschedule(const QString& job_id, qint64 start_ms, qint64 end_ms,
                              const QString& reason);
  Q_INVOKABLE void cancelJob(const QString& job_id, const QString& reason);
  Q_INVOKABLE void excuse(const QString& job_id, const QString& reason);
  Q_INVOKABLE void revokeExcusal(const QString& job_id, const QString& reason);
  Q_INVOKABLE void acceptArrival(const QString& job_id, const QString& reason);
  Q_INVOKABLE void loadHistory(const QString& job_id);

  // For tests: the states' clock instead of the system's (0: the system's).
  Q_INVOKABLE void setClockForTest(qint64 now_ms);

 signals:
  void loaded();
  void ticked();
  void loadingChanged();
  void errorChanged();
  void liveChanged();
  void busyChanged();
  // After every action: ok, or the server's refusal in the user's language.
  void actionFinished(const QString& action, bool ok, const QString& message, const QString& jobId);
  void historyLoaded(const QString& jobId);

 private:
  struct CallResult;
  void Apply(const v1::Board& board);
  void ApplyUpdate(const QByteArray& serialized);
  BoardRow MakeRow(const v1::BoardJob& job) const;
  void Recompute();
  void StartWatch();
  void Act(const QString& action, const QString& job_id,
           std::function<grpc::Status(v1::DispatchService::StubInterface&, grpc::ClientContext&,
                                      v1::BoardJob*)>
               call);
  bool OnBoardDay(const v1::Job& job) const;
  TimeMs Now() const;

  OfficeSession* session_;
  BoardJobsModel jobs_;
  JobFilterModel list_;
  TechnicianRowsModel techs_;
  AlertsModel alerts_;
  JobHistoryModel history_;
  BoardWatch watch_;
  QTimer tick_;
  BoardRules rules_;
  QString day_;
  QString time_zone_;
  qint64 day_start_ = 0, day_end_ = 0, now_ = 0, test_now_ = 0;
  qint64 feed_epoch_ = 0, cursor_ = 0;
  bool loading_ = false;
  QString error_;
  QString live_state_ = QStringLiteral("connecting");
  int updates_ = 0;
  int busy_ = 0;
  int load_generation_ = 0;  // a reply to an older load is dropped
};

}  // namespace fieldledger::office
