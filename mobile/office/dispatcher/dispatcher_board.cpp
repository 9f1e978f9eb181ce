#include "dispatcher_board.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <QUuid>

#include "board_texts.h"
#include "job_kinds_wire.h"
#include "language.h"
#include "office_errors.h"
#include "office_session.h"

namespace fieldledger::office {
namespace {

QString Q(const std::string& s) { return QString::fromStdString(s); }

// How often states are recomputed without any change from the server: a window that
// closes turns "not yet due" into "no-show" or "unknown" on time.
constexpr int kTickMs = 15'000;

Unverified FromWire(const v1::UnverifiedWhy& w) {
  return {w.outside_fence(),       w.distance_m(),    w.clock_corrected(),
          w.clock_correction_ms(), w.mock_location(), w.no_position()};
}

// The create dialog offers the job kinds by their stored names; a repair when unsure.
v1::JobType TypeFromText(const QString& t) {
  return v1::ToWire(ParseJobType(t.toStdString()).value_or(JobType::kRepair));
}

}  // namespace

struct DispatcherBoard::CallResult {
  bool ok = false;
  QString message;
  QByteArray payload;  // the serialized reply
};

DispatcherBoard::DispatcherBoard(QObject* parent)
    : QObject(parent), session_(OfficeSession::instance()) {
  list_.setSourceModel(&jobs_);
  tick_.setInterval(kTickMs);
  connect(&tick_, &QTimer::timeout, this, &DispatcherBoard::Recompute);
  tick_.start();
  connect(&watch_, &BoardWatch::updateReceived, this, &DispatcherBoard::ApplyUpdate);
  connect(&watch_, &BoardWatch::resetRequested, this, [this] { load(day_); });
  connect(&watch_, &BoardWatch::stateChanged, this, [this](const QString& s) {
    if (s == live_state_) return;
    live_state_ = s;
    emit liveChanged();
  });
  now_ = Now();
  // States, alerts and history are worded in C++: reword them when the language changes,
  // as qsTr bindings are.
  app::OnLanguageChange(this, [this] {
    Recompute();
    history_.retranslate();
    emit loaded();
  });
}

DispatcherBoard::~DispatcherBoard() { watch_.stop(); }

TimeMs DispatcherBoard::Now() const {
  return test_now_ ? test_now_ : QDateTime::currentMSecsSinceEpoch();
}

void DispatcherBoard::setClockForTest(qint64 now_ms) {
  test_now_ = now_ms;
  Recompute();
}

QString DispatcherBoard::dayTitle() const {
  const QDate d = QDate::fromString(day_, Qt::ISODate);
  if (!d.isValid()) return {};
  const QDate today = QDateTime::fromMSecsSinceEpoch(Now(), session_->zone()).date();
  const QString date = QLocale().toString(d, QLocale::LongFormat);
  return d == today ? tr("Today, %1").arg(date) : date;
}

double DispatcherBoard::axisStartMs() const {
  qint64 start = day_start_ + 6 * kHourMs;
  for (const auto& r : jobs_.rows())
    start = std::min<qint64>(start, r.job.job().window().start_ms());
  // Whole hours, never before the day.
  start = day_start_ + (std::max<qint64>(start, day_start_) - day_start_) / kHourMs * kHourMs;
  return static_cast<double>(start);
}

double DispatcherBoard::axisEndMs() const {
  qint64 end = day_start_ + 22 * kHourMs;
  for (const auto& r : jobs_.rows()) end = std::max<qint64>(end, r.job.job().window().end_ms());
  end = std::min<qint64>(end, day_end_);
  const qint64 hours = (end - day_start_ + kHourMs - 1) / kHourMs;
  return static_cast<double>(day_start_ + hours * kHourMs);
}

QString DispatcherBoard::clock(qint64 ms) const { return ClockText(ms, session_->zone()); }

qint64 DispatcherBoard::atTime(const QString& hhmm, const QString& date) const {
  const QTime t = QTime::fromString(hhmm.trimmed(), QStringLiteral("H:mm"));
  const QDate d = QDate::fromString(date.isEmpty() ? day_ : date, Qt::ISODate);
  if (!t.isValid() || !d.isValid()) return 0;
  return QDateTime(d, t, session_->zone()).toMSecsSinceEpoch();
}

QVariantList DispatcherBoard::teams() const {
  QVariantList out;
  QSet<QString> seen;
  for (const auto& t : techs_.technicians()) {
    if (t.team_id().empty() || seen.contains(Q(t.team_id()))) continue;
    seen.insert(Q(t.team_id()));
    out.append(QVariantMap{{QStringLiteral("id"), Q(t.team_id())},
                           {QStringLiteral("name"), Q(t.team_name())}});
  }
  return out;
}

QVariantList DispatcherBoard::technicianChoices() const {
  QVariantList out;
  for (const auto& t : techs_.technicians()) {
    out.append(QVariantMap{{QStringLiteral("id"), Q(t.id())},
                           {QStringLiteral("name"), Q(t.display_name())},
                           {QStringLiteral("team"), Q(t.team_name())}});
  }
  return out;
}

void DispatcherBoard::load(const QString& day) {
  if (!session_ || !session_->signedIn()) return;
  const int generation = ++load_generation_;
  loading_ = true;
  emit loadingChanged();
  auto channel = session_->channel();
  OfficeSession* session = session_;
  const std::string wanted = day.toStdString();
  OfficeSession::Run(
      this,
      [channel, session, wanted] {
        auto stub = v1::DispatchService::NewStub(channel);
        v1::GetBoardRequest req;
        req.set_day(wanted);
        v1::Board board;
        grpc::ClientContext ctx;
        session->prepare(ctx);
        const grpc::Status status = stub->GetBoard(&ctx, req, &board);
        CallResult r;
        r.ok = status.ok();
        r.message = status.ok() ? QString() : ErrorText(status);
        if (r.ok) r.payload = QByteArray::fromStdString(board.SerializeAsString());
        return r;
      },
      [this, generation](const CallResult& r) {
        if (generation != load_generation_) return;  // a newer load is under way
        loading_ = false;
        error_ = r.message;
        emit errorChanged();
        emit loadingChanged();
        if (!r.ok) return;
        v1::Board board;
        board.ParseFromString(r.payload.toStdString());
        Apply(board);
      });
}

void DispatcherBoard::shiftDay(int days) {
  const QDate d = QDate::fromString(day_, Qt::ISODate);
  if (d.isValid()) load(d.addDays(days).toString(Qt::ISODate));
}

void DispatcherBoard::Apply(const v1::Board& board) {
  day_ = Q(board.day());
  time_zone_ = Q(board.time_zone());
  day_start_ = board.day_start_ms();
  day_end_ = board.day_end_ms();
  feed_epoch_ = board.feed_epoch();
  cursor_ = board.cursor();
  rules_.grace = board.policy().on_time_grace_ms();
  rules_.alert_lead = board.policy().alert_lead_ms();
  rules_.travel_speed_kmh = board.policy().travel_speed_kmh();
  rules_.quiet_after = board.policy().quiet_after_ms();
  const QTimeZone zone = session_->zone();
  jobs_.setZone(zone);
  techs_.setZone(zone);
  alerts_.setZone(zone);
  history_.setZone(zone);
  now_ = Now();
  techs_.reset({board.technicians().begin(), board.technicians().end()}, &jobs_.rows(), now_,
               rules_.quiet_after);
  std::vector<BoardRow> rows;
  for (const auto& j : board.jobs()) rows.push_back(MakeRow(j));
  jobs_.reset(std::move(rows));
  techs_.refresh(now_);  // the rows were made before the jobs: their bars now
  alerts_.rebuild(jobs_.rows());
  updates_ = 0;
  emit loaded();
  emit ticked();
  emit liveChanged();
  StartWatch();
}

void DispatcherBoard::StartWatch() {
  watch_.start(session_->channel(), session_->token(), session_->transportOptions(), feed_epoch_,
               cursor_);
}

BoardRow DispatcherBoard::MakeRow(const v1::BoardJob& bj) const {
  BoardRow row;
  row.job = bj;
  const v1::Job& j = bj.job();
  const v1::BoardTechnician* tech = techs_.find(j.technician_id());
  if (tech) row.team_name = Q(tech->team_name());
  JobFacts f;
  f.window = {j.window().start_ms(), j.window().end_ms()};
  f.cancelled = j.status() == v1::JOB_STATUS_CANCELLED;
  f.completed = j.status() == v1::JOB_STATUS_COMPLETED;
  f.on_my_way_ms = bj.on_my_way_ms();
  if (j.arrived_ms() > 0) f.arrived_ms = j.arrived_ms();
  f.arrival_verified = j.arrival_verified();
  f.arrival_accepted = bj.arrival_accepted();
  if (bj.has_unverified()) f.unverified = FromWire(bj.unverified());
  f.excused = bj.excused();
  f.phone_last_synced_ms = tech ? tech->last_synced_ms() : 0;
  f.site_lat = j.site().latitude();
  f.site_lon = j.site().longitude();
  if (tech && tech->last_position().present()) {
    f.last_position =
        std::make_pair(tech->last_position().latitude(), tech->last_position().longitude());
  }
  const TimeMs now = Now();
  row.state = ComputeState(f, now, rules_);
  row.state_text = StateText(row.state, session_->zone());
  row.alerts = AlertsFor(f, now, rules_);
  return row;
}

void DispatcherBoard::Recompute() {
  now_ = Now();
  std::vector<BoardRow> rows;
  for (const auto& r : jobs_.rows()) rows.push_back(MakeRow(r.job));
  jobs_.refreshAll(rows);
  techs_.refresh(now_);
  alerts_.rebuild(jobs_.rows());
  emit ticked();
}

bool DispatcherBoard::OnBoardDay(const v1::Job& j) const {
  return j.window().start_ms() < day_end_ && j.window().end_ms() > day_start_;
}

void DispatcherBoard::ApplyUpdate(const QByteArray& serialized) {
  v1::BoardUpdate update;
  if (!update.ParseFromString(serialized.toStdString())) return;
  for (const auto& t : update.technicians()) techs_.upsert(t);
  for (const auto& j : update.jobs()) jobs_.upsert(MakeRow(j), OnBoardDay(j.job()));
  cursor_ = update.cursor();
  ++updates_;
  // A phone seen changes its jobs' states ("unknown" becomes "no-show"); the bars move.
  Recompute();
  emit liveChanged();
}

QVariantMap DispatcherBoard::job(const QString& job_id) const {
  const int i = jobs_.indexOf(job_id);
  if (i < 0) return {};
  const BoardRow& r = jobs_.rows()[static_cast<std::size_t>(i)];
  const v1::Job& j = r.job.job();
  const QTimeZone zone = session_->zone();
  const auto date = [&](qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date().toString(Qt::ISODate);
  };
  return {
      {QStringLiteral("jobId"), Q(j.id())},
      {QStringLiteral("reference"), Q(j.reference())},
      {QStringLiteral("customer"), Q(j.customer_name())},
      {QStringLiteral("phone"), Q(j.customer_phone())},
      {QStringLiteral("address"), Q(j.site().address())},
      {QStringLiteral("product"), Q(j.product())},
      {QStringLiteral("category"), Q(j.product_category())},
      {QStringLiteral("serial"), Q(j.serial_number())},
      {QStringLiteral("description"), Q(j.description())},
      {QStringLiteral("technicianId"), Q(j.technician_id())},
      {QStringLiteral("technicianName"), Q(j.technician_name())},
      {QStringLiteral("windowStart"), QVariant::fromValue<qint64>(j.window().start_ms())},
      {QStringLiteral("windowEnd"), QVariant::fromValue<qint64>(j.window().end_ms())},
      {QStringLiteral("windowDate"), date(j.window().start_ms())},
      {QStringLiteral("windowText"), ClockText(j.window().start_ms(), zone) + QStringLiteral("–") +
                                         ClockText(j.window().end_ms(), zone)},
      {QStringLiteral("stateKey"), StateKey(r.state.kind)},
      {QStringLiteral("stateText"), r.state_text},
      {QStringLiteral("open"),
       j.status() != v1::JOB_STATUS_COMPLETED && j.status() != v1::JOB_STATUS_CANCELLED},
      {QStringLiteral("arrived"), j.arrived_ms() > 0},
      {QStringLiteral("excused"), r.job.excused()},
      {QStringLiteral("excusalReason"), Q(r.job.excusal_reason())},
      {QStringLiteral("cancelReason"), Q(r.job.cancel_reason())},
      {QStringLiteral("canExcuse"), r.state.kind == JobStateKind::kLate ||
                                        r.state.kind == JobStateKind::kNoShow ||
                                        r.state.kind == JobStateKind::kUnverified ||
                                        r.state.kind == JobStateKind::kUnknownPhoneOffline},
      {QStringLiteral("canAccept"), r.state.kind == JobStateKind::kUnverified},
      {QStringLiteral("flagReason"), Q(j.flag_reason())},
  };
}

void DispatcherBoard::Act(const QString& action, const QString& job_id,
                          std::function<grpc::Status(v1::DispatchService::StubInterface&,
                                                     grpc::ClientContext&, v1::BoardJob*)>
                              call) {
  if (!session_ || !session_->signedIn()) return;
  ++busy_;
  emit busyChanged();
  auto channel = session_->channel();
  OfficeSession* session = session_;
  OfficeSession::Run(
      this,
      [channel, session, call = std::move(call)] {
        auto stub = v1::DispatchService::NewStub(channel);
        grpc::ClientContext ctx;
        session->prepare(ctx);
        v1::BoardJob reply;
        const grpc::Status status = call(*stub, ctx, &reply);
        CallResult r;
        r.ok = status.ok();
        r.message = status.ok() ? QString() : ErrorText(status);
        if (r.ok) r.payload = QByteArray::fromStdString(reply.SerializeAsString());
        return r;
      },
      [this, action, job_id](const CallResult& r) {
        --busy_;
        emit busyChanged();
        QString id = job_id;
        if (r.ok) {
          // Shown at once; the live feed brings the same row again, harmlessly.
          v1::BoardJob row;
          row.ParseFromString(r.payload.toStdString());
          id = Q(row.job().id());
          jobs_.upsert(MakeRow(row), OnBoardDay(row.job()));
          techs_.refresh(Now());
          alerts_.rebuild(jobs_.rows());
        }
        emit actionFinished(action, r.ok, r.message, id);
      });
}

void DispatcherBoard::createJob(const QVariantMap& f) {
  v1::DispatchCreateJobRequest req;
  auto* j = req.mutable_job();
  const auto text = [&](const char* key) {
    return f.value(QLatin1String(key)).toString().trimmed().toStdString();
  };
  j->set_reference(text("reference"));
  j->set_customer_name(text("customer"));
  j->set_customer_phone(text("phone"));
  j->mutable_site()->set_address(text("address"));
  j->mutable_site()->set_latitude(f.value(QStringLiteral("latitude")).toDouble());
  j->mutable_site()->set_longitude(f.value(QStringLiteral("longitude")).toDouble());
  j->set_product(text("product"));
  j->set_product_category(text("category"));
  j->set_serial_number(text("serial"));
  j->set_purchase_date(text("purchaseDate"));
  j->set_activation_date(text("activationDate"));
  j->set_description(text("description"));
  j->set_type(TypeFromText(f.value(QStringLiteral("type")).toString()));
  j->set_technician_id(text("technicianId"));
  j->mutable_window()->set_start_ms(f.value(QStringLiteral("startMs")).toLongLong());
  j->mutable_window()->set_end_ms(f.value(QStringLiteral("endMs")).toLongLong());
  // One key per dialog submission: a retry after a lost reply makes no second job.
  req.set_request_id(QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
  Act(QStringLiteral("create"), {},
      [req](auto& stub, auto& ctx, v1::BoardJob* out) { return stub.CreateJob(&ctx, req, out); });
}

void DispatcherBoard::assign(const QString& job_id, const QString& technician_id) {
  v1::DispatchAssignJobRequest req;
  req.set_job_id(job_id.toStdString());
  req.set_technician_id(technician_id.toStdString());
  Act(QStringLiteral("assign"), job_id,
      [req](auto& stub, auto& ctx, v1::BoardJob* out) { return stub.AssignJob(&ctx, req, out); });
}

void DispatcherBoard::reschedule(const QString& job_id, qint64 start_ms, qint64 end_ms,
                                 const QString& reason) {
  v1::RescheduleJobRequest req;
  req.set_job_id(job_id.toStdString());
  req.mutable_window()->set_start_ms(start_ms);
  req.mutable_window()->set_end_ms(end_ms);
  req.set_reason(reason.trimmed().toStdString());
  Act(QStringLiteral("reschedule"), job_id, [req](auto& stub, auto& ctx, v1::BoardJob* out) {
    return stub.RescheduleJob(&ctx, req, out);
  });
}

void DispatcherBoard::cancelJob(const QString& job_id, const QString& reason) {
  v1::DispatchCancelJobRequest req;
  req.set_job_id(job_id.toStdString());
  req.set_reason(reason.trimmed().toStdString());
  Act(QStringLiteral("cancel"), job_id,
      [req](auto& stub, auto& ctx, v1::BoardJob* out) { return stub.CancelJob(&ctx, req, out); });
}

void DispatcherBoard::excuse(const QString& job_id, const QString& reason) {
  v1::ExcuseJobRequest req;
  req.set_job_id(job_id.toStdString());
  req.set_reason(reason.trimmed().toStdString());
  Act(QStringLiteral("excuse"), job_id,
      [req](auto& stub, auto& ctx, v1::BoardJob* out) { return stub.ExcuseJob(&ctx, req, out); });
}

void DispatcherBoard::revokeExcusal(const QString& job_id, const QString& reason) {
  v1::DispatchRevokeExcusalRequest req;
  req.set_job_id(job_id.toStdString());
  req.set_reason(reason.trimmed().toStdString());
  Act(QStringLiteral("revoke"), job_id, [req](auto& stub, auto& ctx, v1::BoardJob* out) {
    return stub.RevokeExcusal(&ctx, req, out);
  });
}

void DispatcherBoard::acceptArrival(const QString& job_id, const QString& reason) {
  v1::AcceptArrivalRequest req;
  req.set_job_id(job_id.toStdString());
  req.set_reason(reason.trimmed().toStdString());
  Act(QStringLiteral("accept"), job_id, [req](auto& stub, auto& ctx, v1::BoardJob* out) {
    return stub.AcceptArrival(&ctx, req, out);
  });
}

void DispatcherBoard::loadHistory(const QString& job_id) {
  if (!session_ || !session_->signedIn()) return;
  auto channel = session_->channel();
  OfficeSession* session = session_;
  const std::string id = job_id.toStdString();
  OfficeSession::Run(
      this,
      [channel, session, id] {
        auto stub = v1::DispatchService::NewStub(channel);
        grpc::ClientContext ctx;
        session->prepare(ctx);
        v1::GetJobHistoryRequest req;
        req.set_job_id(id);
        v1::JobHistory h;
        const grpc::Status status = stub->GetJobHistory(&ctx, req, &h);
        CallResult r;
        r.ok = status.ok();
        r.message = status.ok() ? QString() : ErrorText(status);
        if (r.ok) r.payload = QByteArray::fromStdString(h.SerializeAsString());
        return r;
      },
      [this, job_id](const CallResult& r) {
        v1::JobHistory h;
        if (r.ok) h.ParseFromString(r.payload.toStdString());
        history_.reset(std::move(h));
        if (!r.ok) {
          error_ = r.message;
          emit errorChanged();
        }
        emit historyLoaded(job_id);
      });
}

}  // namespace fieldledger::office
