#include "callback_desk_controller.h"

#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QUuid>

#include "fieldledger/v1/callbacks.grpc.pb.h"
#include "job_kinds_wire.h"
#include "office_errors.h"
#include "office_session.h"

namespace fieldledger::office {
namespace {

std::unique_ptr<v1::CallBackService::Stub> Stub(const OfficeSession* s) {
  return v1::CallBackService::NewStub(s->channel());
}

struct QueueAnswer {
  grpc::Status status;
  v1::ListQueueResponse response;
};

QueueAnswer FetchQueue(const OfficeSession* s, const v1::ListQueueRequest& req) {
  QueueAnswer a;
  grpc::ClientContext ctx;
  s->prepare(ctx);
  a.status = Stub(s)->ListQueue(&ctx, req, &a.response);
  return a;
}

struct OpenAnswer {
  grpc::Status status;
  v1::CallBackVisit visit;
  QHash<QString, QUrl> images;
};

// Claims the visit, then fetches the signature and photos the server holds into `dir`.
OpenAnswer ClaimAndFetch(const OfficeSession* s, const std::string& job_id, const QString& dir) {
  OpenAnswer a;
  auto stub = Stub(s);
  {
    grpc::ClientContext ctx;
    s->prepare(ctx);
    v1::ClaimVisitRequest req;
    req.set_job_id(job_id);
    a.status = stub->ClaimVisit(&ctx, req, &a.visit);
  }
  if (!a.status.ok()) return a;
  for (const auto& b : a.visit.blobs()) {
    if (!b.available() || dir.isEmpty()) continue;
    grpc::ClientContext ctx;
    s->prepare(ctx);
    v1::VisitBlobRequest req;
    req.set_job_id(job_id);
    req.set_sha256(b.sha256());
    v1::VisitBlob blob;
    if (!stub->GetVisitBlob(&ctx, req, &blob).ok()) continue;  // shown as not available
    const QString path = dir + QLatin1Char('/') + QString::fromStdString(b.sha256());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly) &&
        f.write(blob.data().data(), qint64(blob.data().size())) == qint64(blob.data().size())) {
      a.images.insert(QString::fromStdString(b.sha256()), QUrl::fromLocalFile(path));
    }
  }
  return a;
}

v1::CallOutcome OutcomeFrom(const QString& s) {
  if (s == QLatin1String("reached")) return v1::CALL_OUTCOME_REACHED;
  if (s == QLatin1String("unreachable")) return v1::CALL_OUTCOME_UNREACHABLE;
  if (s == QLatin1String("wrong_number")) return v1::CALL_OUTCOME_WRONG_NUMBER;
  return v1::CALL_OUTCOME_UNSPECIFIED;
}

v1::ComplaintCategory ComplaintFrom(const QString& s) {
  for (int c = v1::COMPLAINT_CATEGORY_ATTITUDE; c <= v1::COMPLAINT_CATEGORY_OTHER; ++c) {
    if (ComplaintName(static_cast<v1::ComplaintCategory>(c)) == s) {
      return static_cast<v1::ComplaintCategory>(c);
    }
  }
  return v1::COMPLAINT_CATEGORY_UNSPECIFIED;
}

// Unspecified (every type) for the filter's "all" or anything else.
v1::JobType JobTypeFrom(const QString& s) {
  const auto type = ParseJobType(s.toStdString());
  return type ? v1::ToWire(*type) : v1::JOB_TYPE_UNSPECIFIED;
}

// The desk's own reading of the call-back service's reason codes.
QString DeskError(const grpc::Status& status) {
  const QString code = ReasonCode(status.error_message());
  if (code == QLatin1String("visit_claimed")) {
    return CallBackDeskController::tr(
        "Another agent is on the phone with this customer. Choose another visit.");
  }
  if (code == QLatin1String("not_due")) {
    return CallBackDeskController::tr("This visit is no longer due for a call-back.");
  }
  return ErrorText(status);
}

}  // namespace

CallBackDeskController::CallBackDeskController(QObject* parent)
    : QObject(parent), images_dir_(std::make_shared<QTemporaryDir>()) {
  pool_.setMaxThreadCount(4);
  renew_.setSingleShot(false);
  connect(&renew_, &QTimer::timeout, this, &CallBackDeskController::RenewClaim);
  // Other agents' claims and newly due visits show up without a click.
  poll_.setInterval(30'000);
  connect(&poll_, &QTimer::timeout, this, &CallBackDeskController::refresh);
  poll_.start();
  connect(this, &CallBackDeskController::filtersChanged, this, &CallBackDeskController::refresh);
  setSession(OfficeSession::instance());
}

void CallBackDeskController::setSession(OfficeSession* session) {
  if (session == session_) return;
  if (session_) disconnect(session_, nullptr, this, nullptr);
  session_ = session;
  // A desk made before the sign-in finished fills itself once it has.
  if (session_) {
    connect(session_, &OfficeSession::signedInChanged, this, [this] {
      refresh();
      loadCard();
    });
  }
  emit sessionChanged();
}

CallBackDeskController::~CallBackDeskController() {
  // Closing the desk with a visit open gives the claim back, waiting at most 2 s.
  if (!hasVisit() || !session_ || !session_->signedIn()) return;
  v1::ReleaseVisitRequest req;
  req.set_job_id(visit_.jobId.toStdString());
  auto channel = session_->channel();
  grpc::ClientContext ctx;
  session_->prepare(ctx);
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(2));
  v1::ReleaseVisitResponse resp;
  v1::CallBackService::NewStub(channel)->ReleaseVisit(&ctx, req, &resp);
}

void CallBackDeskController::SetBusy(bool b) {
  if (busy_ == b) return;
  busy_ = b;
  emit busyChanged();
}

void CallBackDeskController::SetError(const QString& e) {
  error_from_listing_ = false;
  if (error_ == e) return;
  error_ = e;
  emit errorTextChanged();
}

void CallBackDeskController::SetNotice(const QString& n) {
  if (notice_ == n) return;
  notice_ = n;
  emit noticeChanged();
}

void CallBackDeskController::setCardPeriod(const QString& period) {
  if (period == card_period_) return;
  card_period_ = period;
  emit cardPeriodChanged();
  loadCard();
}

QVariantList CallBackDeskController::technicianOptions() const {
  QVariantList out;
  for (auto it = technicians_.cbegin(); it != technicians_.cend(); ++it) {
    out << QVariantMap{{QStringLiteral("id"), it.key()}, {QStringLiteral("name"), it.value()}};
  }
  return out;
}

v1::ListQueueRequest CallBackDeskController::QueueRequest() const {
  v1::ListQueueRequest req;
  req.set_technician_id(technician_filter_.toStdString());
  req.set_team_id(team_filter_.toStdString());
  req.set_job_type(JobTypeFrom(job_type_filter_));
  req.set_overdue_only(overdue_only_);
  req.set_view(show_closed_ ? v1::QUEUE_VIEW_CLOSED_UNREACHED : v1::QUEUE_VIEW_DUE);
  req.set_page_size(500);
  return req;
}

void CallBackDeskController::refresh() {
  if (!session_ || !session_->signedIn()) return;
  const OfficeSession* s = session_;
  const int generation = ++generation_;
  loading_ = true;
  emit loadingChanged();
  const v1::ListQueueRequest req = QueueRequest();
  Run([s, req] { return FetchQueue(s, req); },
      [this, generation](QueueAnswer a) {
        if (generation != generation_) return;  // a newer listing is on its way
        loading_ = false;
        emit loadingChanged();
        if (!a.status.ok()) {
          SetError(DeskError(a.status));
          error_from_listing_ = true;
          return;
        }
        // A listing clears only its own earlier failure, never a refused claim or save.
        if (error_from_listing_) SetError({});
        ApplyQueue({a.response.entries().begin(), a.response.entries().end()}, a.response.total(),
                   a.response.server_now_ms());
      });
}

void CallBackDeskController::ApplyQueue(std::vector<v1::QueueEntry> entries, int total,
                                        qint64 now) {
  bool options_changed = false;
  for (const auto& e : entries) {
    const QString id = QString::fromStdString(e.technician_id());
    if (!id.isEmpty() && !technicians_.contains(id)) {
      technicians_.insert(id, QString::fromStdString(e.technician_name()));
      options_changed = true;
    }
    const QString team = QString::fromStdString(e.team_id());
    if (!team.isEmpty() && !team_options_.contains(team)) {
      team_options_ << team;
      team_options_.sort();
      options_changed = true;
    }
  }
  queue_.SetEntries(std::move(entries));
  total_ = total;
  server_now_ms_ = now;
  emit queueChanged();
  if (options_changed) emit optionsChanged();
}

void CallBackDeskController::open(const QString& job_id) {
  if (busy_ || job_id.isEmpty()) return;
  if (hasVisit() && visit_.jobId == job_id) return;
  if (hasVisit()) cancel();  // one visit at a time: the previous claim goes back
  SetBusy(true);
  SetNotice({});
  if (!session_) return;
  const OfficeSession* s = session_;
  const std::string id = job_id.toStdString();
  const QString dir = images_dir_->isValid() ? images_dir_->path() : QString();
  Run([s, id, dir] { return ClaimAndFetch(s, id, dir); },
      [this](OpenAnswer a) {
        SetBusy(false);
        if (!a.status.ok()) {
          SetError(DeskError(a.status));
          refresh();  // show who holds it now
          return;
        }
        SetError({});
        ShowVisit(a.visit, a.images);
      });
}

void CallBackDeskController::ShowVisit(const v1::CallBackVisit& v,
                                       const QHash<QString, QUrl>& images) {
  visit_ = ToView(v, images);
  request_id_ = QUuid::createUuid().toString(QUuid::WithoutBraces);
  // Renew at half the claim's life, measured on the server's clock.
  const qint64 life = v.claim_expires_ms() - v.server_now_ms();
  renew_.setInterval(static_cast<int>(std::max<qint64>(5'000, life / 2)));
  renew_.start();
  emit visitChanged();
}

void CallBackDeskController::RenewClaim() {
  if (!hasVisit() || !session_) return;
  const OfficeSession* s = session_;
  const std::string id = visit_.jobId.toStdString();
  Run(
      [s, id] {
        OpenAnswer a;
        grpc::ClientContext ctx;
        s->prepare(ctx);
        v1::ClaimVisitRequest req;
        req.set_job_id(id);
        a.status = Stub(s)->ClaimVisit(&ctx, req, &a.visit);
        return a;
      },
      [this, id](OpenAnswer a) {
        if (!hasVisit() || visit_.jobId.toStdString() != id) return;
        if (!a.status.ok()) {
          SetError(DeskError(a.status));
          return;
        }
        visit_.claimExpiresMs = a.visit.claim_expires_ms();
        emit visitChanged();
      });
}

void CallBackDeskController::openNext() {
  const QString me = session_ ? session_->userId() : QString();
  for (const auto& e : queue_.entries()) {
    const QString holder = QString::fromStdString(e.claimed_by_id());
    const QString id = QString::fromStdString(e.job_id());
    if ((holder.isEmpty() || holder == me) && id != visit_.jobId) {
      open(id);
      return;
    }
  }
  SetNotice(tr("Nothing left to call right now."));
}

void CallBackDeskController::CloseVisit() {
  renew_.stop();
  visit_ = {};
  request_id_.clear();
  emit visitChanged();
}

void CallBackDeskController::cancel() {
  if (!hasVisit() || !session_) return;
  const OfficeSession* s = session_;
  const std::string id = visit_.jobId.toStdString();
  CloseVisit();
  Run(
      [s, id] {
        grpc::ClientContext ctx;
        s->prepare(ctx);
        v1::ReleaseVisitRequest req;
        req.set_job_id(id);
        v1::ReleaseVisitResponse resp;
        return Stub(s)->ReleaseVisit(&ctx, req, &resp);
      },
      [this](grpc::Status s) {
        if (!s.ok()) SetError(DeskError(s));
        refresh();
      });
}

void CallBackDeskController::save(const QString& outcome, int score, int nps, bool problem_returned,
                                  bool open_repair_job, const QString& complaint,
                                  const QString& complaint_comment, const QString& comment,
                                  bool then_next) {
  if (!hasVisit() || busy_ || !session_) return;
  const OfficeSession* s = session_;
  v1::RecordCallRequest req;
  req.set_job_id(visit_.jobId.toStdString());
  req.set_request_id(request_id_.toStdString());
  req.set_outcome(OutcomeFrom(outcome));
  const bool reached = req.outcome() == v1::CALL_OUTCOME_REACHED;
  if (reached) {
    req.set_score(score);
    if (nps >= 0) {
      req.set_has_nps(true);
      req.set_nps(nps);
    }
    req.set_problem_returned(problem_returned);
    req.set_open_repair_job(problem_returned && open_repair_job);
    req.set_complaint(ComplaintFrom(complaint));
    if (req.complaint() != v1::COMPLAINT_CATEGORY_UNSPECIFIED) {
      req.set_complaint_comment(complaint_comment.toStdString());
    }
  }
  req.set_comment(comment.toStdString());
  const v1::ListQueueRequest queue_req = QueueRequest();
  SetBusy(true);
  struct SaveAnswer {
    grpc::Status status;
    v1::RecordCallResponse response;
    QueueAnswer queue;
  };
  Run(
      [s, req, queue_req] {
        SaveAnswer a;
        grpc::ClientContext ctx;
        s->prepare(ctx);
        a.status = Stub(s)->RecordCallBack(&ctx, req, &a.response);
        if (a.status.ok()) a.queue = FetchQueue(s, queue_req);  // the queue as it now stands
        return a;
      },
      [this, then_next](SaveAnswer a) {
        SetBusy(false);
        if (!a.status.ok()) {
          SetError(DeskError(a.status));  // the form stays as typed; saving again is safe
          return;
        }
        SetError({});
        const QString job_id = visit_.jobId;
        const QString reference = visit_.reference;
        CloseVisit();
        if (a.queue.status.ok()) {
          ++generation_;
          ApplyQueue({a.queue.response.entries().begin(), a.queue.response.entries().end()},
                     a.queue.response.total(), a.queue.response.server_now_ms());
        }
        if (!a.response.repair_job_reference().empty()) {
          SetNotice(tr("Saved %1. Repair job %2 opened for the dispatcher.")
                        .arg(reference, QString::fromStdString(a.response.repair_job_reference())));
        } else {
          SetNotice(tr("Saved %1.").arg(reference));
        }
        emit saved(job_id);
        loadCard();
        if (then_next) openNext();
      });
}

void CallBackDeskController::loadCard() {
  if (!session_ || !session_->signedIn()) return;
  const OfficeSession* s = session_;
  v1::AgentScorecardRequest req;
  auto* p = req.mutable_period();
  p->set_kind(card_period_ == QLatin1String("week")    ? v1::PERIOD_KIND_ISO_WEEK
              : card_period_ == QLatin1String("month") ? v1::PERIOD_KIND_MONTH
                                                       : v1::PERIOD_KIND_DAY);
  const QTimeZone zone = session_->zone();
  p->set_anchor_date(
      QDateTime::currentDateTime().toTimeZone(zone).date().toString(Qt::ISODate).toStdString());
  struct CardAnswer {
    grpc::Status status;
    v1::AgentScorecard card;
  };
  Run(
      [s, req] {
        CardAnswer a;
        grpc::ClientContext ctx;
        s->prepare(ctx);
        a.status = Stub(s)->GetAgentScorecard(&ctx, req, &a.card);
        return a;
      },
      [this](CardAnswer a) {
        if (!a.status.ok()) {
          SetError(DeskError(a.status));
          return;
        }
        card_ = ToView(a.card);
        emit cardChanged();
      });
}

void CallBackDeskController::copyText(const QString& text) {
  if (auto* clipboard = QGuiApplication::clipboard()) clipboard->setText(text);
  SetNotice(tr("Copied %1").arg(text));
}

QString CallBackDeskController::formatTime(qint64 ms) const {
  if (ms <= 0) return {};
  const QTimeZone zone = session_ ? session_->zone() : QTimeZone::utc();
  return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("MM-dd HH:mm"));
}

QString CallBackDeskController::formatFen(qint64 fen) const {
  return QStringLiteral("¥%1.%2").arg(fen / 100).arg(qAbs(fen % 100), 2, 10, QLatin1Char('0'));
}

}  // namespace fieldledger::office
