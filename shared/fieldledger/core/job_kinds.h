#pragma once
// The kinds of job and of person every part of FieldLedger agrees on: the server stores
// them, the scoring engine counts them, the wire carries them (server/rpc converts). One
// definition each, with the stable lower-case names used in storage, CSV and the CLI.
#include <optional>
#include <string_view>

namespace fieldledger {

enum class JobType { kRepair, kInstallation, kMaintenance };
const char* JobTypeName(JobType t);  // "repair", "installation", "maintenance"
std::optional<JobType> ParseJobType(std::string_view name);

// Scheduled and in progress are open: neither counts as completed, cancelled or
// rescheduled in any KPI.
enum class JobStatus { kScheduled, kInProgress, kCompleted, kCancelled, kRescheduled };
const char* JobStatusName(JobStatus s);  // "scheduled", "in_progress", "completed", ...
std::optional<JobStatus> ParseJobStatus(std::string_view name);

enum class Role { kTechnician, kDispatcher, kCallbackAgent, kManager, kAdmin };
const char* RoleName(Role r);  // "technician", "dispatcher", "callback_agent", ...
std::optional<Role> ParseRole(std::string_view name);

}  // namespace fieldledger
