#include "app/fee_check.h"

namespace fieldledger::server {
namespace sp = service_policy;
namespace {

// How each verdict sentence of CheckFee begins; FeeCheckCode reads the code back from it.
constexpr std::string_view kUnknownPolicy = "the device used policy ";
constexpr std::string_view kCannotQuote = "the server cannot quote this job: ";
constexpr std::string_view kFeeDiffers = "device charged ";
constexpr std::string_view kQuoteDiffers = "same fee, but the quote differs";

}  // namespace

const char* FeeCheckCode(std::string_view verdict) {
  if (verdict.empty() || verdict == "match") return "match";
  if (verdict.starts_with(kUnknownPolicy)) return "unknown_policy";
  if (verdict.starts_with(kCannotQuote)) return "cannot_quote";
  if (verdict.starts_with(kFeeDiffers)) return "fee_differs";
  if (verdict.starts_with(kQuoteDiffers)) return "quote_differs";
  return "other";
}

ServicePolicies::ServicePolicies() {
  policies_.push_back(&sp::DefaultPolicy());
  texts_.emplace_back(sp::DefaultPolicyText());
}

void ServicePolicies::Add(const sp::Policy& p, std::string toml) {
  owned_.push_back(std::make_unique<sp::Policy>(p));
  policies_.push_back(owned_.back().get());
  texts_.push_back(std::move(toml));
}

const sp::Policy* ServicePolicies::Find(const std::string& id, const std::string& version) const {
  for (const auto* p : policies_) {
    if (p->id == id && p->version == version) return p;
  }
  return nullptr;
}

FeeCheck CheckFee(const ServicePolicies& policies, const JobRecord& job, const WorkDone& work,
                  const sp::Date& visit_date) {
  FeeCheck check;
  const sp::Policy* policy = policies.Find(work.policy_id, work.policy_version);
  const bool known = policy != nullptr;
  if (!known) policy = &policies.Default();
  check.policy = policy->id + "@" + policy->version;

  sp::JobFacts facts;
  facts.product_name = job.product;
  facts.category = job.product_category;
  facts.serial = job.serial_number;
  facts.purchase_date = sp::Date::Parse(job.purchase_date).value_or(sp::Date{0, 0, 0});
  if (!job.activation_date.empty()) {
    facts.activation_date = sp::Date::Parse(job.activation_date).value_or(sp::Date{0, 0, 0});
  }
  facts.faults = work.facts.fault_types;
  facts.quality_fault_certified = work.facts.quality_fault_certified;
  facts.visit_date = visit_date;
  const sp::Quote quote = sp::Evaluate(*policy, facts);
  check.server_fen = quote.fee_total_fen;

  if (!known) {
    check.verdict = std::string(kUnknownPolicy) + work.policy_id + "@" + work.policy_version +
                    ", unknown to the server; recomputed with " + check.policy;
  } else if (!quote.ok()) {
    check.verdict = std::string(kCannotQuote) + quote.errors.front().en;
  } else if (quote.fee_total_fen != work.facts.fee_total_fen) {
    check.verdict = std::string(kFeeDiffers) + std::to_string(work.facts.fee_total_fen) +
                    " fen, the policy gives " + std::to_string(quote.fee_total_fen) + " fen";
  } else if (!work.facts.quote_sha256.empty() &&
             sp::CanonicalDigest(quote) != work.facts.quote_sha256) {
    // Same total, different quote: e.g. another visit date or other entitlements.
    check.verdict = std::string(kQuoteDiffers) + " (visit date or entitlements)";
    check.matches = true;
  } else {
    check.verdict = "match";
    check.matches = true;
  }
  return check;
}

}  // namespace fieldledger::server
