#include "visit_controller.h"

#include "visit_photos.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include "app_session.h"
#include "fee_quote.h"
#include "fieldledger/signature/binding.h"
#include "fieldledger/visit/rules.h"
#include "fieldledger/visit/summary.h"
#include "language.h"
#include "service_report.h"
#include "signature_pad.h"
#include "signature_render.h"
#include "visit_facts.h"
#include "visit_photos.h"
#include "visit_summary.h"

namespace fieldledger::app {
namespace {

std::string DraftKey(const QString& job_id) { return "draft:" + job_id.toStdString(); }

QDate DateIn(std::int64_t ms, const QTimeZone& zone) {
  return QDateTime::fromMSecsSinceEpoch(ms, zone).date();
}

}  // namespace

v1::WorkRecorded WorkFromMap(const QVariantMap& map) {
  v1::WorkRecorded w;
  for (const auto& f : map.value(QStringLiteral("faults")).toStringList()) {
    w.add_fault_types(f.toStdString());
  }
  for (const auto& line : map.value(QStringLiteral("parts")).toString().split(QLatin1Char('\n'))) {
    if (!line.trimmed().isEmpty()) w.add_parts_used(line.trimmed().toStdString());
  }
  w.set_notes(map.value(QStringLiteral("notes")).toString().trimmed().toStdString());
  w.set_resolved(map.value(QStringLiteral("resolved"), true).toBool());
  w.set_quality_fault_certified(map.value(QStringLiteral("certified")).toBool());
  for (const auto& sha : map.value(QStringLiteral("photos")).toStringList()) {
    w.add_photo_sha256(sha.toStdString());
  }
  for (const auto& check : map.value(QStringLiteral("checks")).toStringList()) {
    w.add_checks_done(check.toStdString());
  }
  return w;
}

QVariantMap MapFromWork(const v1::WorkRecorded& w) {
  QStringList faults, parts, photos, checks;
  for (const auto& f : w.fault_types()) faults << QString::fromStdString(f);
  for (const auto& c : w.checks_done()) checks << QString::fromStdString(c);
  for (const auto& p : w.parts_used()) parts << QString::fromStdString(p);
  for (const auto& p : w.photo_sha256()) photos << QString::fromStdString(p);
  return {{QStringLiteral("faults"), faults},
          {QStringLiteral("parts"), parts.join(QLatin1Char('\n'))},
          {QStringLiteral("notes"), QString::fromStdString(w.notes())},
          {QStringLiteral("resolved"), w.resolved()},
          {QStringLiteral("certified"), w.quality_fault_certified()},
          {QStringLiteral("photos"), photos},
          {QStringLiteral("checks"), checks}};
}

VisitController::VisitController(QObject* parent) : VisitController(nullptr, parent) {}

VisitController::VisitController(AppSession* session, QObject* parent)
    : QObject(parent), session_(session) {
  // Arrival is recorded by the session (Session.checkIn); follow it, and the language.
  connect(&Session(), &AppSession::jobsChanged, this, &VisitController::reload);
  OnLanguageChange(this, [this] { reload(); });
}

AppSession& VisitController::Session() const {
  return session_ ? *session_ : *AppSession::create(nullptr, nullptr);
}

void VisitController::setJobId(const QString& id) {
  if (id == job_id_) return;
  job_id_ = id;
  emit jobIdChanged();
  reload();
}

void VisitController::reload() {
  auto& store = Session().device().store();
  job_ = job_id_.isEmpty() ? std::nullopt : store.Job(job_id_.toStdString());
  if (!job_) {
    state_ = {};
    work_ = MapFromWork({});
    quote_.clear();
    summary_.clear();
    emit changed();
    return;
  }
  state_ = ReadVisitState(job_->job, job_->local_arrived_ms, store.EventsOf(job_->job.id()));
  const QTimeZone zone = Session().zone();
  if (auto draft = store.GetSetting(DraftKey(job_id_))) {
    work_ = QJsonDocument::fromJson(QByteArray::fromStdString(*draft)).object().toVariantMap();
  } else {
    work_ = MapFromWork(state_.work.value_or(v1::WorkRecorded{}));
    if (!state_.work) work_[QStringLiteral("resolved")] = true;
  }
  quote_.clear();
  recorded_quote_ = {};
  if (state_.work) {
    // The quote as shown when the work was recorded: same facts, same visit date.
    recorded_quote_ = QuoteFor(job_->job, *state_.work, DateIn(state_.work_recorded_ms, zone));
    quote_ = QuoteView(recorded_quote_);
  }
  summary_ = VisitSummaryText(job_->job, state_, recorded_quote_, zone);
  emit changed();
}

QString VisitController::onMyWayText() const {
  return state_.on_my_way_ms ? Session().formatTime(state_.on_my_way_ms) : QString();
}

QString VisitController::completedText() const {
  return state_.completed_ms > 1 ? Session().formatTime(state_.completed_ms) : QString();
}

QVariantList VisitController::faultTypes() const {
  return job_ ? FaultTypesFor(job_->job) : QVariantList();
}

QVariantList VisitController::checks() const {
  return job_ ? ChecksFor(job_->job) : QVariantList();
}

QString VisitController::jobTypeName() const {
  return job_ ? JobTypeNameFor(job_->job) : QString();
}

QString VisitController::signer() const {
  return state_.completed ? QString::fromStdString(state_.completed->signer_name()) : QString();
}

void VisitController::setFix(bool has_fix, double latitude, double longitude, double accuracy_m) {
  fix_ = {has_fix, latitude, longitude, accuracy_m, false};
}

bool VisitController::onMyWay() {
  if (!job_ || state_.step != VisitStep::kNotStarted) return false;
  Session().device().OnMyWay(job_->job.id(), fix_);
  Session().recorded();  // reloads through jobsChanged
  return true;
}

void VisitController::saveDraft(const QVariantMap& work) {
  if (!job_ || state_.step == VisitStep::kCompleted) return;
  const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(work)).toJson();
  Session().device().store().SetSetting(DraftKey(job_id_), json.toStdString());
  work_ = work;
}

QVariantMap VisitController::previewQuote(const QVariantMap& work) const {
  if (!job_) return {};
  const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(Session().zone()).date();
  return QuoteView(QuoteFor(job_->job, WorkFromMap(work), today));
}

QString VisitController::recordWork(const QVariantMap& map) {
  if (!job_) return tr("This job is no longer on the phone.");
  if (state_.step == VisitStep::kCompleted) return tr("The visit is already completed.");
  if (state_.step < VisitStep::kArrived) return tr("Tap Arrived first.");
  v1::WorkRecorded work = WorkFromMap(map);
  if (work.fault_types_size() == 0) return tr("Choose at least one work item.");
  if (work.photo_sha256_size() > kMaxPhotosPerVisit) {
    return tr("At most %1 photos per visit.").arg(kMaxPhotosPerVisit);
  }
  auto& device = Session().device();
  const QDate today = DateIn(device.clock().WallMs(), Session().zone());
  StampQuote(QuoteFor(job_->job, work, today), work);
  // The server's own limits (shared/fieldledger/visit/rules.h): what passes here is
  // never refused there, so the customer never signs a record the server rejects.
  if (const std::string why = visit::CheckWork(v1::WorkFactsOf(work)); !why.empty()) {
    return tr("This work record cannot be saved: %1").arg(QString::fromStdString(why));
  }
  device.RecordWork(job_->job.id(), work, fix_);
  device.store().ClearSetting(DraftKey(job_id_));
  Session().recorded();
  return {};
}

QVariantMap VisitController::addPhoto(const QUrl& file, int already_attached) {
  if (already_attached >= kMaxPhotosPerVisit) {
    return {{QStringLiteral("error"), tr("At most %1 photos per visit.").arg(kMaxPhotosPerVisit)}};
  }
  const PhotoResult r = StorePhoto(Session().device().store(), file, PhotoCacheDir());
  return {{QStringLiteral("sha256"), r.sha256}, {QStringLiteral("error"), r.error}};
}

QUrl VisitController::photoUrl(const QString& sha256) const {
  return PhotoUrl(Session().device().store(), sha256, PhotoCacheDir());
}

QString VisitController::PhotoCacheDir() const {
  return QDir(Session().dataDir()).filePath(QStringLiteral("photos"));
}

QString VisitController::complete(SignaturePad* pad, const QString& signer) {
  if (!job_ || !pad) return tr("This job is no longer on the phone.");
  if (state_.step != VisitStep::kWorkRecorded) return tr("Record the work first.");
  if (QString why = pad->refusal(signer); !why.isEmpty()) return why;
  auto& device = Session().device();
  const std::int64_t now = device.clock().WallMs();
  const signature::Ink ink = pad->ink();
  // The customer reads summary_ in the app's language; the signature binds to the
  // canonical, language-independent summary of the same facts, which the server
  // rebuilds from the job and the work record to verify it (docs/signature.md).
  const std::string canonical =
      visit::CanonicalSummary(v1::VisitFactsOf(job_->job, *state_.work, state_.work_event_id));
  const auto bound = signature::BindSignature(canonical, {ink, signer.toStdString()}, now);
  if (!bound.ok()) return SignatureRefusalText(static_cast<int>(bound.verdict.refusal));

  // Blobs first: an event never points at bytes the device does not have.
  auto& store = device.store();
  v1::Completed done;
  done.set_signer_name(bound.signed_visit.signer_name);
  done.set_visit_summary_sha256(bound.signed_visit.visit_summary_sha256);
  done.set_work_event_id(state_.work_event_id);
  done.set_signature_sha256(store.PutBlob("signature", bound.signed_visit.encoded_strokes));
  const QByteArray png = RenderInkPng(ink);
  done.set_signature_png_sha256(store.PutBlob("signature_png", png.toStdString()));
  ReportContent report;
  report.company = QString::fromStdString(device.CompanyName());
  report.technician = QString::fromStdString(device.DisplayName());
  report.summary = summary_;
  report.signer = QString::fromStdString(bound.signed_visit.signer_name);
  report.signed_at = QDateTime::fromMSecsSinceEpoch(now, Session().zone())
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
  report.summary_sha256 = QString::fromStdString(bound.signed_visit.visit_summary_sha256);
  report.signature = RenderInk(ink, 2.0);
  done.set_report_sha256(store.PutBlob("report", MakeServiceReportPdf(report).toStdString()));
  last_report_ = report;
  device.Complete(job_->job.id(), done, fix_);
  Session().recorded();
  WriteReportFile();
  return {};
}

QString VisitController::ReportFile() const {
  if (!job_) return {};
  const QString name = QString::fromStdString(
      job_->job.reference().empty() ? job_->job.id() : job_->job.reference());
  return QDir(Session().dataDir()).filePath(QStringLiteral("reports/%1.pdf").arg(name));
}

QString VisitController::reportPath() const {
  return state_.completed && !state_.completed->report_sha256().empty() ? ReportFile() : QString();
}

bool VisitController::WriteReportFile() const {
  if (reportPath().isEmpty()) return false;
  const QString path = ReportFile();
  if (QFile::exists(path)) return true;
  auto bytes = Session().device().store().BlobBytes(state_.completed->report_sha256());
  if (!bytes) return false;
  QDir().mkpath(QFileInfo(path).absolutePath());
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly)) return false;
  return file.write(bytes->data(), static_cast<qint64>(bytes->size())) ==
         static_cast<qint64>(bytes->size());
}

QImage VisitController::ReportPreview() const {
  return last_report_.summary.isEmpty() ? QImage() : RenderServiceReportPage(last_report_);
}

bool VisitController::openReport() {
  return WriteReportFile() && QDesktopServices::openUrl(QUrl::fromLocalFile(ReportFile()));
}

}  // namespace fieldledger::app
