#pragma once
// The rules a technician's self-assessment must pass before it is stored, shared by the
// online RPC (AssessmentService.SubmitSelfAssessment) and the offline path (a
// SelfAssessmentWritten event through sync, app/event_rules.cpp), so both refuse the same
// things with the same codes (docs/assessment.md).
#include <string>

#include "fieldledger/scoring/period.h"
#include "storage/store.h"

namespace fieldledger::server {

inline constexpr std::size_t kMaxSelfAssessmentText = 4000;  // bytes

// "[text_required] text is required", "[text_invalid] text ...", or "" when fine.
std::string RefuseSelfAssessmentText(const std::string& text);
// "[period_published] period: 2026-11 is published; ...", or "" while the month is open.
std::string RefuseSelfAssessmentMonth(StoreTx& tx, const std::string& company_id,
                                      const scoring::Period& month);

}  // namespace fieldledger::server
