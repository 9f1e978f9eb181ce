#include "fieldledger/core/job_kinds.h"

#include <array>
#include <utility>

namespace fieldledger {
namespace {

template <typename E, std::size_t N>
std::optional<E> Lookup(const std::array<std::pair<E, const char*>, N>& table,
                        std::string_view name) {
  for (const auto& [value, text] : table) {
    if (name == text) return value;
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
const char* NameOf(const std::array<std::pair<E, const char*>, N>& table, E value) {
  for (const auto& [v, text] : table) {
    if (v == value) return text;
  }
  return "unknown";
}

constexpr std::array<std::pair<Role, const char*>, 5> kRoles{{
    {Role::kTechnician, "technician"},
    {Role::kDispatcher, "dispatcher"},
    {Role::kCallbackAgent, "callback_agent"},
    {Role::kManager, "manager"},
    {Role::kAdmin, "admin"},
}};

constexpr std::array<std::pair<JobStatus, const char*>, 5> kStatuses{{
    {JobStatus::kScheduled, "scheduled"},
    {JobStatus::kInProgress, "in_progress"},
    {JobStatus::kCompleted, "completed"},
    {JobStatus::kCancelled, "cancelled"},
    {JobStatus::kRescheduled, "rescheduled"},
}};

constexpr std::array<std::pair<JobType, const char*>, 3> kTypes{{
    {JobType::kRepair, "repair"},
    {JobType::kInstallation, "installation"},
    {JobType::kMaintenance, "maintenance"},
}};

}  // namespace

const char* RoleName(Role r) { return NameOf(kRoles, r); }
std::optional<Role> ParseRole(std::string_view name) { return Lookup(kRoles, name); }
const char* JobStatusName(JobStatus s) { return NameOf(kStatuses, s); }
std::optional<JobStatus> ParseJobStatus(std::string_view name) { return Lookup(kStatuses, name); }
const char* JobTypeName(JobType t) { return NameOf(kTypes, t); }
std::optional<JobType> ParseJobType(std::string_view name) { return Lookup(kTypes, name); }

}  // namespace fieldledger
