#include "fieldledger/core/arrival_trust.h"

#include "fieldledger/core/checked.h"

namespace fieldledger {

std::string ArrivalTrust::ReasonText() const {
  std::string out;
  for (const auto& r : reasons) out += (out.empty() ? "" : "; ") + r;
  return out;
}

ArrivalTrust CheckArrivalTrust(const TrustedTime& t, const PlaceCheck& place,
                               const ArrivalContext& job, TimeMs now, const TrustPolicy& policy,
                               const TimeWitnesses& witnesses) {
  ArrivalTrust out;
  out.place = place;
  auto& why = out.reasons;
  if (!t.within_tolerance) {
    why.push_back("clock corrected by " + DurationText(t.correction) + " (tolerance " +
                  DurationText(policy.clock_tolerance) + ")");
  }
  // A phone cannot arrive for a job before the server created or assigned it: the
  // clocks were set back. The tolerance absorbs honest measurement error only.
  // Inputs are bounded (ClockLimits, server instants), so these differences cannot
  // overflow; CheckedSub keeps that true if a caller forgets.
  const auto before_created = CheckedSub(job.job_created, t.time).value_or(0);
  const auto before_assigned = CheckedSub(job.assigned, t.time).value_or(0);
  if (before_created > policy.clock_tolerance) {
    why.push_back("arrival " + DurationText(before_created) + " before the job was created");
  } else if (before_assigned > policy.clock_tolerance) {
    why.push_back("arrival " + DurationText(before_assigned) +
                  " before the job was assigned to this technician");
  }
  if (t.time > now) {
    why.push_back("arrival " + DurationText(t.time - now) + " in the future");
  } else if (t.age > policy.max_event_age) {
    why.push_back("recorded " + DurationText(t.age) + " before it reached the server (limit " +
                  DurationText(policy.max_event_age) + ")");
  }
  if (t.sending_boot_began) {
    const auto after_boot = CheckedSub(t.time, *t.sending_boot_began).value_or(0);
    if (after_boot > policy.clock_tolerance) {
      why.push_back("recorded in an earlier boot but dated " + DurationText(after_boot) +
                    " after the phone's current boot began");
    }
  }
  if (const auto& dev = witnesses.boot_clock_deviation;
      dev && !t.from_monotonic && SaturatingAbs(*dev) > policy.clock_tolerance) {
    why.push_back("the clock was changed within its boot: " + DurationText(*dev) +
                  " from the boot's other events");
  }
  if (witnesses.fix_time) {
    const auto fix_later = CheckedSub(*witnesses.fix_time, t.time).value_or(0);
    if (fix_later > policy.clock_tolerance) {
      why.push_back("the position was fixed " + DurationText(fix_later) +
                    " after the arrival's time: the phone's clock was behind");
    }
  }
  if (!place.inside()) why.push_back(place.reason);
  out.verified = why.empty();
  return out;
}

}  // namespace fieldledger
