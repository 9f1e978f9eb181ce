#include "callback_views.h"

#include "call_queue_model.h"

namespace fieldledger::office {
namespace {

QString S(const std::string& v) { return QString::fromStdString(v); }

QStringList List(const google::protobuf::RepeatedPtrField<std::string>& items) {
  QStringList out;
  for (const auto& i : items) out << S(i);
  return out;
}

}  // namespace

QString CallOutcomeName(v1::CallOutcome o) {
  switch (o) {
    case v1::CALL_OUTCOME_REACHED:
      return QStringLiteral("reached");
    case v1::CALL_OUTCOME_UNREACHABLE:
      return QStringLiteral("unreachable");
    case v1::CALL_OUTCOME_WRONG_NUMBER:
      return QStringLiteral("wrong_number");
    default:
      return {};
  }
}

QString ComplaintName(v1::ComplaintCategory c) {
  switch (c) {
    case v1::COMPLAINT_CATEGORY_ATTITUDE:
      return QStringLiteral("attitude");
    case v1::COMPLAINT_CATEGORY_LATENESS:
      return QStringLiteral("lateness");
    case v1::COMPLAINT_CATEGORY_PRICE:
      return QStringLiteral("price");
    case v1::COMPLAINT_CATEGORY_QUALITY:
      return QStringLiteral("quality");
    case v1::COMPLAINT_CATEGORY_OTHER:
      return QStringLiteral("other");
    default:
      return {};
  }
}

VisitView ToView(const v1::CallBackVisit& v, const QHash<QString, QUrl>& images) {
  VisitView out;
  const v1::QueueEntry& e = v.entry();
  out.jobId = S(e.job_id());
  out.reference = S(e.reference());
  out.jobType = JobTypeName(e.job_type());
  out.customerName = S(e.customer_name());
  out.customerPhone = S(e.customer_phone());
  out.address = S(v.address());
  out.product = S(e.product());
  out.serialNumber = S(v.serial_number());
  out.description = S(v.description());
  out.technicianName = S(e.technician_name());
  out.completedMs = e.completed_ms();
  out.attempts = e.attempts();
  out.status = CallBackStatusName(e.status());
  out.hasWorkRecord = v.has_work_record();
  out.faultTypes = List(v.fault_types());
  out.partsUsed = List(v.parts_used());
  out.workNotes = S(v.work_notes());
  out.resolved = v.resolved();
  out.hasFee = v.has_fee();
  out.feeFen = v.fee_fen();
  out.feeDeviceFen = v.fee_device_fen();
  out.feeCheck = S(v.fee_check());
  out.arrivedMs = v.arrived_ms();
  out.arrivalVerified = v.arrival_verified();
  out.windowStartMs = v.window_start_ms();
  out.windowEndMs = v.window_end_ms();
  out.punctuality = S(v.punctuality());
  out.minutesLate = v.minutes_late();
  out.signerName = S(v.signer_name());
  for (const auto& b : v.blobs()) {
    const auto it = images.constFind(S(b.sha256()));
    if (it == images.constEnd()) {
      ++out.blobsPending;
      continue;
    }
    if (b.kind() == "signature") {
      out.signatureUrl = *it;
    } else {
      out.photoUrls << *it;
    }
  }
  for (const auto& c : v.earlier_calls()) {
    EarlierCallView x;
    x.atMs = c.at_ms();
    x.agentName = S(c.agent_name());
    x.outcome = CallOutcomeName(c.outcome());
    x.score = c.score();
    x.nps = c.nps();
    x.problemReturned = c.problem_returned();
    x.complaint = ComplaintName(c.complaint());
    x.comment = S(c.comment());
    out.earlierCalls << QVariant::fromValue(x);
  }
  out.claimExpiresMs = v.claim_expires_ms();
  return out;
}

AgentCardView ToView(const v1::AgentScorecard& card) {
  AgentCardView out;
  out.loaded = true;
  out.periodLabel = S(card.period().label());
  out.calls = static_cast<int>(card.calls());
  out.reached = static_cast<int>(card.reach().numerator());
  out.unreachable = static_cast<int>(card.unreachable());
  out.wrongNumber = static_cast<int>(card.wrong_number());
  out.hasReachRate = card.reach().has_value();
  out.reachRate = card.reach().value();
  out.withinNumerator = static_cast<int>(card.within_deadline().numerator());
  out.withinDenominator = static_cast<int>(card.within_deadline().denominator());
  out.hasWithinRate = card.within_deadline().has_value();
  out.withinRate = card.within_deadline().value();
  out.hasMeanSeconds = card.has_mean_call_seconds();
  out.meanSeconds = card.mean_call_seconds();
  out.complaints = static_cast<int>(card.complaints_recorded());
  out.repairJobs = static_cast<int>(card.repair_jobs_opened());
  return out;
}

}  // namespace fieldledger::office
