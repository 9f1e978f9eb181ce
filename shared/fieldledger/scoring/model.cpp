#include "fieldledger/scoring/model.h"

namespace fieldledger::scoring {

const char* ComplaintCategoryName(ComplaintCategory c) {
  switch (c) {
    case ComplaintCategory::kAttitude:
      return "attitude";
    case ComplaintCategory::kLateness:
      return "lateness";
    case ComplaintCategory::kPrice:
      return "price";
    case ComplaintCategory::kQuality:
      return "quality";
    case ComplaintCategory::kOther:
      return "other";
  }
  return "unknown";
}

std::optional<ComplaintCategory> ComplaintCategoryFromName(std::string_view name) {
  for (int i = 0; i < kComplaintCategoryCount; ++i) {
    const auto c = static_cast<ComplaintCategory>(i);
    if (name == ComplaintCategoryName(c)) return c;
  }
  return std::nullopt;
}

std::string AssetKey(const Job& job) {
  if (!job.serial_number.empty()) return "s:" + job.serial_number;
  if (job.customer_id.empty() && job.product.empty()) return {};
  // The prefixes keep a serial number from ever colliding with a customer/product pair.
  return "c:" + job.customer_id + '\x1f' + job.product;
}

}  // namespace fieldledger::scoring
