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
  // SHA-256 of the policy text it was parsed from, so a quote names the exact rules used.
  std::string source_sha256;

  const Category* FindCategory(std::string_view id) const;
  const FaultType* FindFault(std::string_view id) const;
  bool AppliesTo(const FaultType& fault, const Category& category) const;
  // Out-of-warranty fee: the category-specific fee if there is one, else the fault's.
  Fen FeeFor(const FaultType& fault, const Category& category) const;
};

}  // namespace fieldledger::service_policy
