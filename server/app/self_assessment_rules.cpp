#include "app/self_assessment_rules.h"

#include "app/text_input.h"

namespace fieldledger::server {

std::string RefuseSelfAssessmentText(const std::string& text) {
  if (text.empty()) return "[text_required] text is required";
  if (auto why = RefuseText("text", text, kMaxSelfAssessmentText); !why.empty()) {
    return "[text_invalid] " + why;
  }
  return {};
}

std::string RefuseSelfAssessmentMonth(StoreTx& tx, const std::string& company_id,
                                      const scoring::Period& month) {
  if (tx.FindPublication(company_id, month.label)) {
    return "[period_published] period: " + month.label +
           " is published; its assessment can no longer change";
  }
  return {};
}

}  // namespace fieldledger::server
