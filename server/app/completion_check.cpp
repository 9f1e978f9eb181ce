#include "app/completion_check.h"

#include "fieldledger/signature/binding.h"
#include "fieldledger/visit/summary.h"

namespace fieldledger::server {
namespace {

// "" when the company holds `sha256` complete as a blob of `kind`.
std::string RequireBlob(StoreTx& tx, const std::string& company, const std::string& field,
                        const std::string& sha256, const std::string& kind) {
  auto blob = tx.FindBlob(company, sha256);
  if (!blob || !blob->complete) {
    return "completed." + field + " names blob " + sha256 +
           ", which the server does not hold complete; upload it before the event";
  }
  if (blob->kind != kind) {
    return "completed." + field + " names blob " + sha256 + " of kind " + blob->kind + ", not " +
           kind;
  }
  return {};
}

// The work record the summary names, if it is an applied one of this job and user.
std::optional<WorkDone> NamedWork(StoreTx& tx, const JobRecord& job, const std::string& user_id,
                                  const std::string& id) {
  auto event = tx.FindEvent(id);
  if (!event || event->status != EventStatus::kApplied || event->job_id != job.id ||
      event->user_id != user_id || event->kind != "work_recorded") {
    return std::nullopt;
  }
  const auto e = DecodeStoredEvent(event->payload);
  if (!e || !e->Is<WorkDone>()) return std::nullopt;
  return *e->As<WorkDone>();
}

// What the customer was shown and signed: the job's fields the phone had (as Pull sent
// them) and the named work record, the facts the phone summarised.
visit::VisitFacts ShownVisit(const JobRecord& job, const WorkDone& work,
                             const std::string& work_event_id) {
  visit::VisitFacts f;
  f.job_id = job.id;
  f.reference = job.reference;
  f.customer_name = job.customer_name;
  f.address = job.address;
  f.product = job.product;
  f.serial_number = job.serial_number;
  f.work_event_id = work_event_id;
  f.work = work.facts;
  return f;
}

}  // namespace

std::string CheckCompletion(StoreTx& tx, const JobRecord& job, const std::string& user_id,
                            const CompletionDone& done) {
  if (done.signature_sha256.empty()) return {};
  if (auto why =
          RequireBlob(tx, job.company_id, "signature_sha256", done.signature_sha256, "signature");
      !why.empty()) {
    return why;
  }
  for (const auto& [field, sha, kind] :
       {std::tuple{"signature_png_sha256", done.signature_png_sha256, "signature_png"},
        std::tuple{"report_sha256", done.report_sha256, "report"}}) {
    if (sha.empty()) continue;
    if (auto why = RequireBlob(tx, job.company_id, field, sha, kind); !why.empty()) return why;
  }
  if (done.work_event_id.empty()) {
    return "completed.work_event_id is empty: a signature must name the work record it signs";
  }
  auto work = NamedWork(tx, job, user_id, done.work_event_id);
  if (!work) {
    return "completed.work_event_id " + done.work_event_id +
           " is not an applied work record of this job by you";
  }
  const std::string summary = visit::CanonicalSummary(ShownVisit(job, *work, done.work_event_id));
  const signature::SignedVisit signed_visit{done.visit_summary_sha256,
                                            tx.ReadBlobBytes(job.company_id, done.signature_sha256),
                                            done.signer_name, 0};
  const auto verified = signature::VerifySignedVisit(signed_visit, summary);
  switch (verified.error) {
    case signature::BindingError::kOk:
      break;
    case signature::BindingError::kSummaryMismatch:
      return "the signature is bound to another summary: visit_summary_sha256 " +
             done.visit_summary_sha256 + " is not " + signature::VisitSummarySha256(summary) +
             ", this visit's";
    case signature::BindingError::kStrokesUndecodable:
      return "the signature strokes do not decode: " + verified.codec.message;
    default:
      return std::string("the signature is refused: ") +
             signature::RefusalName(verified.verdict.refusal);
  }
  if (auto other = tx.FindJobIdBySignature(job.company_id, done.signature_sha256);
      other && *other != job.id) {
    return "the signature " + done.signature_sha256 + " already signed job " + *other;
  }
  return {};
}

}  // namespace fieldledger::server
