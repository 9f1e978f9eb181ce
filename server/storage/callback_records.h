#pragma once
// Rows of the call-back desk (migration 7): claims that keep two agents from phoning the
// same customer at once, and the audit trail of every recorded call-back.
#include <string>

#include "fieldledger/core/time.h"

namespace fieldledger::server {

// One live or expired claim per job; an expired row is as good as none.
struct CallBackClaimRecord {
  std::string job_id;
  std::string company_id;
  std::string agent_id;
  std::string agent_name;
  TimeMs claimed_ms = 0;  // when the agent opened the visit (first claim, kept on renewal)
  TimeMs expires_ms = 0;
};

struct CallBackAuditEntry {
  std::string company_id;
  std::string job_id;
  std::string callback_id;
  std::string actor_id;
  std::string actor_name;
  TimeMs at_ms = 0;
  std::string action;  // "recorded", "repair_job_opened"
  std::string detail;  // what was recorded, readable by a person
};

}  // namespace fieldledger::server
