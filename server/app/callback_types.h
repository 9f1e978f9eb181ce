#pragma once
// The call-back desk's application types: what the queue, a visit, a recorded call and
// an agent's scorecard are, in records and domain types (server/rpc converts them).
#include <optional>
#include <string>
#include <vector>

#include "app/callback_schedule.h"
#include "fieldledger/scoring/explain.h"
#include "fieldledger/scoring/model.h"
#include "fieldledger/scoring/period.h"
#include "storage/callback_records.h"
#include "storage/records.h"

namespace fieldledger::server {

enum class QueueView { kDue, kClosedUnreached };

struct QueueFilter {
  std::string team_id;
  std::string technician_id;
  std::optional<JobType> job_type;
  bool overdue_only = false;
  QueueView view = QueueView::kDue;
  int limit = 200;
};

struct QueueEntry {
  JobRecord job;
  std::string technician_name;
  std::string team_id;
  CallBackState state;
  std::optional<CallBackClaimRecord> claim;  // a live claim, if any
};

struct QueuePage {
  std::vector<QueueEntry> entries;
  int total = 0;  // before the limit
};

// What the technician recorded, read from the visit's applied events.
struct VisitWork {
  bool has_work_record = false;
  std::vector<std::string> fault_types;
  std::vector<std::string> parts_used;
  std::string notes;
  bool resolved = false;
  std::string signer_name;
  struct Blob {
    std::string sha256;
    std::string kind;  // "signature" or "photo"
    bool available = false;
  };
  std::vector<Blob> blobs;
};

struct EarlierCallInfo {
  CallBackRecord call;
  std::string agent_name;
};

struct VisitDetail {
  QueueEntry entry;
  VisitWork work;
  std::string punctuality;  // an ArrivalClassName, or "" when the job had no window
  std::int64_t minutes_late = 0;
  std::vector<EarlierCallInfo> earlier_calls;
};

enum class CallOutcome { kReached, kUnreachable, kWrongNumber };

struct RecordInput {
  std::string job_id;
  std::string request_id;
  std::optional<CallOutcome> outcome;
  std::optional<int> score;  // 1..5
  std::optional<int> nps;    // 0..10
  bool problem_returned = false;
  bool open_repair_job = false;
  std::optional<scoring::ComplaintCategory> complaint;
  std::string complaint_comment;
  std::string comment;
};

struct RecordResult {
  EarlierCallInfo call;
  std::optional<JobRecord> repair_job;
  CallBackStatus status = CallBackStatus::kReached;
  bool duplicate = false;
};

struct AgentCallItem {
  CallBackRecord call;
  std::string reference;
  bool first_attempt = false;
  bool within_deadline = false;
  std::optional<std::int64_t> duration_seconds;
};

struct AgentCard {
  std::string agent_id;
  std::string agent_name;
  scoring::Period period;
  std::string policy_version;
  TimeMs computed_at = 0;
  std::int64_t calls = 0;
  scoring::RateResult reach;  // reached / calls
  std::int64_t unreachable = 0;
  std::int64_t wrong_number = 0;
  scoring::RateResult within_deadline;  // first attempts within due + call_within
  std::optional<double> mean_call_seconds;
  std::int64_t complaints_recorded = 0;
  std::int64_t repair_jobs_opened = 0;
  std::vector<AgentCallItem> items;
};

}  // namespace fieldledger::server
