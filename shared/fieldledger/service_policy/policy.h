#pragma once
// A company's service policy as data: categories, warranty, fault fees and the windows for
// returns, exchanges and free repairs. Parsed from TOML (parse.h); see
// docs/service-policy.md for the file format.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fieldledger/service_policy/text.h"

namespace fieldledger::service_policy {

// Money is always an integer number of hundredths of the currency unit (fen for CNY),
// never floating point, so the device and the server agree to the fen.
using Fen = std::int64_t;

// The only file format version this library reads.
inline constexpr int kPolicyFormat = 1;

enum class WarrantyStart { kActivation, kPurchase };
enum class SeveralFaultsRule {
  kHighestOnce,  // a device with several faults pays once, the highest fee
  kSum,          // every fault is charged
};

const char* WarrantyStartName(WarrantyStart s);          // "activation" / "purchase"
const char* SeveralFaultsRuleName(SeveralFaultsRule r);  // "highest_once" / "sum"

struct Category {
  std::string id;
  Text name;
  int warranty_days = 0;
  // When no activation date is known, warranty runs from purchase (see Evaluate).
  WarrantyStart warranty_starts = WarrantyStart::kPurchase;
  // Windows for a quality fault certified by an authorised service centre, counted from
  // the purchase date.
  int return_days = 0;
  int exchange_days = 0;
  int free_repair_days = 0;
};

struct FaultType {
  std::string id;
  Text name;
  Fen fee_fen = 0;           // out-of-warranty fee
  bool always_free = false;  // free in or out of warranty (e.g. firmware re-flashing)
  // Categories this fault can be found in; empty means every category.
  std::vector<std::string> categories;
};

// A category-specific fee for a fault, e.g. a TV mainboard costs more than a phone's.
struct CategoryFee {
  std::string category;
  std::string fault;
  Fen fee_fen = 0;
};

// Something the technician confirms on a job of one type (e.g. "vacuum held for 15
// minutes" on an air-conditioner installation); it has no fee.
struct Check {
  std::string id;
  Text name;
};

// The job kinds a dispatcher creates (v1::JobType without the prefix).
inline constexpr const char* kJobKinds[] = {"repair", "installation", "maintenance"};

// One job type: a job kind for one product category, with the work items the work form
// offers (fault type ids, priced by the fee rules) and the checks it asks for.
struct JobTypeSpec {
  std::string kind;      // "repair", "installation" or "maintenance"
  std::string category;  // a category id
  Text name;
  std::vector<std::string> work_items;  // fault type ids, in the order the form shows them
  std::vector<Check> checks;
};

struct Policy {
  int format = kPolicyFormat;
  std::string id;
  std::string version;
  Text name;
  std::string currency;  // ISO 4217 code, e.g. "CNY"
  SeveralFaultsRule several_faults = SeveralFaultsRule::kHighestOnce;
  std::vector<Category> categories;
  std::vector<FaultType> faults;
  std::vector<CategoryFee> category_fees;
  std::vector<JobTypeSpec> job_types;  // optional; at most one per (kind, category)
  // SHA-256 of the policy text it was parsed from, so a quote names the exact rules used.
  std::string source_sha256;

  const Category* FindCategory(std::string_view id) const;
  const FaultType* FindFault(std::string_view id) const;
  bool AppliesTo(const FaultType& fault, const Category& category) const;
  // Out-of-warranty fee: the category-specific fee if there is one, else the fault's.
  Fen FeeFor(const FaultType& fault, const Category& category) const;
  const JobTypeSpec* FindJobType(std::string_view kind, std::string_view category) const;
  // The work items a job of this kind and category offers: the job type's list when the
  // policy has one; else every fault type that applies to the category (every fault type
  // when the category is unknown, so an unclassified job can still be recorded, and its
  // quote then says the category is unknown).
  std::vector<const FaultType*> WorkItemsFor(std::string_view kind,
                                             std::string_view category) const;
};

}  // namespace fieldledger::service_policy
