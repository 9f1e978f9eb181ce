#include "fieldledger/visit/summary.h"

#include "fieldledger/signature/binding.h"

namespace fieldledger::visit {
namespace {

std::string Escaped(const std::string& value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

void Line(std::string& out, const char* key, const std::string& value) {
  out += key;
  out += '=';
  out += Escaped(value);
  out += '\n';
}

}  // namespace

std::string CanonicalSummary(const VisitFacts& f) {
  std::string out = std::string(kSummaryHeader) + "\n";
  Line(out, "job_id", f.job_id);
  Line(out, "reference", f.reference);
  Line(out, "customer", f.customer_name);
  Line(out, "address", f.address);
  Line(out, "product", f.product);
  Line(out, "serial_number", f.serial_number);
  Line(out, "work_event_id", f.work_event_id);
  for (const auto& fault : f.work.fault_types) Line(out, "fault_type", fault);
  for (const auto& part : f.work.parts_used) Line(out, "part_used", part);
  Line(out, "notes", f.work.notes);
  Line(out, "resolved", f.work.resolved ? "yes" : "no");
  Line(out, "quality_fault_certified", f.work.quality_fault_certified ? "yes" : "no");
  for (const auto& photo : f.work.photo_sha256) Line(out, "photo_sha256", photo);
  Line(out, "fee_total_fen", std::to_string(f.work.fee_total_fen));
  Line(out, "service_policy", f.work.service_policy);
  Line(out, "quote_sha256", f.work.quote_sha256);
  // Last and only when there are any, so a summary without checks keeps the bytes it
  // had before job types named checks (signatures already made still verify).
  for (const auto& check : f.work.checks_done) Line(out, "check_done", check);
  return out;
}

std::string CanonicalSummarySha256(const VisitFacts& facts) {
  // No CR survives escaping, so the binding's line-ending normalisation is a no-op here.
  return signature::VisitSummarySha256(CanonicalSummary(facts));
}

}  // namespace fieldledger::visit
