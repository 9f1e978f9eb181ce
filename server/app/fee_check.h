#pragma once
// Recomputes the fee a technician showed the customer, with the same service policy and
// the same rules (shared/fieldledger/service_policy), and records whether the server
// agrees. A difference is flagged for the office, never silently "corrected": the
// customer was told the device's figure.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/device_event.h"
#include "fieldledger/service_policy/service_policy.h"
#include "storage/records.h"

namespace fieldledger::server {

// The service policies this server knows, by id and version (the built-in default, plus
// a company file given at start-up).
class ServicePolicies {
 public:
  ServicePolicies();
  // Adds a policy; the last one added is the active one devices receive.
  void Add(const service_policy::Policy& p, std::string toml);
  // The policy the device named, or nullptr when this server does not know it.
  const service_policy::Policy* Find(const std::string& id, const std::string& version) const;
  const service_policy::Policy& Default() const { return *policies_.front(); }
  const service_policy::Policy& Active() const { return *policies_.back(); }
  const std::string& ActiveText() const { return texts_.back(); }

 private:
  std::vector<const service_policy::Policy*> policies_;
  std::vector<std::unique_ptr<service_policy::Policy>> owned_;
  std::vector<std::string> texts_;  // the TOML of each policy, in the same order
};

struct FeeCheck {
  std::int64_t server_fen = 0;
  std::string policy;   // "<id>@<version>" actually used
  std::string verdict;  // "match" or a sentence saying what differs
  bool matches = false;
};

// The stable code of a stored verdict, for clients to word in their own language:
// "match", "unknown_policy" (the device used a policy the server does not hold),
// "cannot_quote" (the server's policy cannot price the job), "fee_differs" (different
// totals), "quote_differs" (same total, different quote) or "other" for a verdict this
// server did not write.
const char* FeeCheckCode(std::string_view verdict);

// `visit_date` is the civil date (company zone) of the work record's trusted time.
FeeCheck CheckFee(const ServicePolicies& policies, const JobRecord& job, const WorkDone& work,
                  const service_policy::Date& visit_date);

}  // namespace fieldledger::server
