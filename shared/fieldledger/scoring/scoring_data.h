#pragma once
// A dataset prepared for repeated scoring: ids interned to integers and flat sorted
// indices, so scoring a period touches only the jobs in it. Building it is the analogue of
// a database's indexes; it is done once per data snapshot.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "fieldledger/scoring/model.h"

namespace fieldledger::scoring {

class ScoringData {
 public:
  explicit ScoringData(Dataset data);

  const Dataset& dataset() const { return data_; }
  const std::vector<Job>& jobs() const { return data_.jobs; }
  const std::vector<Shift>& shifts() const { return data_.shifts; }

  // Indices of jobs whose window start / completion lies in [start, end).
  std::span<const std::uint32_t> JobsWithWindowStartIn(TimeMs start, TimeMs end) const;
  std::span<const std::uint32_t> JobsCompletedIn(TimeMs start, TimeMs end) const;
  std::span<const std::uint32_t> ShiftsStartingIn(TimeMs start, TimeMs end) const;

  // The job's call-backs in (at, id) order.
  std::span<const CallBack* const> CallBacksOf(std::uint32_t job) const;
  // The earliest other repair job on the same asset created after the job's completion
  // second (see EvaluateRetention), or null.
  const Job* FirstLaterRepair(std::uint32_t job) const;

  // Interned technician / team of each job and shift.
  const std::vector<std::string>& technicians() const { return technicians_; }
  const std::vector<std::string>& teams() const { return teams_; }
  std::uint32_t JobTechnician(std::uint32_t job) const { return job_tech_[job]; }
  std::uint32_t JobTeam(std::uint32_t job) const { return job_team_[job]; }
  std::uint32_t ShiftTechnician(std::uint32_t shift) const { return shift_tech_[shift]; }
  std::uint32_t ShiftTeam(std::uint32_t shift) const { return shift_team_[shift]; }

 private:
  struct TimeIndex {
    std::vector<TimeMs> keys;  // sorted
    std::vector<std::uint32_t> ids;
    std::span<const std::uint32_t> Range(TimeMs start, TimeMs end) const;
  };
  struct Repair {
    std::int64_t created_s;
    std::uint32_t job;
  };

  Dataset data_;
  TimeIndex by_window_start_, by_completed_, shifts_by_start_;
  std::vector<std::uint32_t> callback_offsets_;  // CSR over job index
  std::vector<const CallBack*> callbacks_sorted_;
  std::vector<std::int32_t> job_asset_;       // -1: no asset identity
  std::vector<std::uint32_t> asset_offsets_;  // CSR over asset index
  std::vector<Repair> repairs_;               // per asset, by (created second, id)
  std::vector<std::string> technicians_, teams_;
  std::vector<std::uint32_t> job_tech_, job_team_, shift_tech_, shift_team_;
};

}  // namespace fieldledger::scoring
