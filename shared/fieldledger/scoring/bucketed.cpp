#include "fieldledger/scoring/bucketed.h"

namespace fieldledger::scoring {

BucketedCounts ComputeBucketedCounts(const ScoringData& data, const ScoringPolicy& policy,
                                     PeriodKind kind, const std::string& tz, TimeMs now) {
  PeriodBucketer bucketer(kind, tz);
  BucketedCounts out;
  auto counts = [&](std::uint32_t tech, TimeMs t) -> KpiCounts& {
    return out[BucketKey{data.technicians()[tech], bucketer.BucketStart(t)}];
  };
  const auto& jobs = data.jobs();
  for (std::uint32_t j = 0; j < jobs.size(); ++j) {
    const Job& job = jobs[j];
    if (auto a = EvaluateArrival(job, policy, now)) {
      counts(data.JobTechnician(j), job.window->start).AddArrival(*a, +1);
    }
    if (auto c =
            EvaluateCompletion(job, data.FirstLaterRepair(j), data.CallBacksOf(j), policy, now)) {
      counts(data.JobTechnician(j), *job.completed).AddCompletion(*c, +1);
    }
  }
  for (std::uint32_t s = 0; s < data.shifts().size(); ++s) {
    const Shift& shift = data.shifts()[s];
    counts(data.ShiftTechnician(s), shift.start)
        .AddAttendance(EvaluateAttendance(shift, policy, now), +1);
  }
  for (auto& [key, c] : out) c.Normalize();
  return out;
}

}  // namespace fieldledger::scoring
