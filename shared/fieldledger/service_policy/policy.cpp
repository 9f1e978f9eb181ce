#include "fieldledger/service_policy/policy.h"

#include <algorithm>

namespace fieldledger::service_policy {

const char* WarrantyStartName(WarrantyStart s) {
  return s == WarrantyStart::kActivation ? "activation" : "purchase";
}

const char* SeveralFaultsRuleName(SeveralFaultsRule r) {
  return r == SeveralFaultsRule::kHighestOnce ? "highest_once" : "sum";
}

// Policies hold a handful of entries, so a linear scan beats building an index.
const Category* Policy::FindCategory(std::string_view id) const {
  for (const auto& c : categories) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

const FaultType* Policy::FindFault(std::string_view id) const {
  for (const auto& f : faults) {
    if (f.id == id) return &f;
  }
  return nullptr;
}

bool Policy::AppliesTo(const FaultType& fault, const Category& category) const {
  return fault.categories.empty() || std::find(fault.categories.begin(), fault.categories.end(),
                                               category.id) != fault.categories.end();
}

Fen Policy::FeeFor(const FaultType& fault, const Category& category) const {
  for (const auto& cf : category_fees) {
    if (cf.category == category.id && cf.fault == fault.id) return cf.fee_fen;
  }
  return fault.fee_fen;
}

const JobTypeSpec* Policy::FindJobType(std::string_view kind, std::string_view category) const {
  for (const auto& t : job_types) {
    if (t.kind == kind && t.category == category) return &t;
  }
  return nullptr;
}

std::vector<const FaultType*> Policy::WorkItemsFor(std::string_view kind,
                                                   std::string_view category) const {
  std::vector<const FaultType*> out;
  if (const JobTypeSpec* type = FindJobType(kind, category)) {
    for (const auto& id : type->work_items) {
      if (const FaultType* f = FindFault(id)) out.push_back(f);
    }
    return out;
  }
  const Category* cat = FindCategory(category);
  for (const auto& f : faults) {
    if (cat == nullptr || AppliesTo(f, *cat)) out.push_back(&f);
  }
  return out;
}

}  // namespace fieldledger::service_policy
