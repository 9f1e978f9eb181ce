// The call-back agent's own scorecard (seed section 8): calls made, reach rate, the share
// of first attempts made within the policy's deadline, mean time per call.
#include <unordered_map>

#include "app/app_error.h"
#include "app/callback_logic.h"

namespace fieldledger::server {

std::string CallBackLogic::CompanyTimeZone(const Caller& caller) {
  std::string zone = "UTC";
  store_.Read([&](StoreTx& tx) {
    if (auto c = tx.FindCompany(caller.company_id)) zone = c->time_zone;
  });
  return zone;
}

AgentCard CallBackLogic::AgentScorecard(const Caller& caller, const std::string& agent_id,
                                        const scoring::Period& period, TimeMs now) {
  const std::string id = agent_id.empty() ? caller.user_id : agent_id;
  if (caller.role == Role::kCallbackAgent && id != caller.user_id) {
    Fail(ErrorKind::kPermissionDenied, "call-back agents may read only their own scorecard");
  }
  AgentCard card;
  card.agent_id = id;
  card.period = period;
  card.policy_version = policy_.version;
  card.computed_at = now;
  store_.Read([&](StoreTx& tx) {
    auto agent = tx.FindUser(id);
    if (!agent || agent->company_id != caller.company_id ||
        (agent->role != Role::kCallbackAgent && agent->role != Role::kAdmin)) {
      Fail(ErrorKind::kNotFound, "agent_id '" + id + "' is not a call-back agent");
    }
    card.agent_name = agent->display_name;
    std::unordered_map<std::string, std::optional<JobRecord>> jobs;
    std::unordered_map<std::string, std::vector<CallBackRecord>> job_calls;
    std::int64_t seconds_sum = 0, timed = 0;
    // Only calls made by `now`: a card read as of a past instant must not see later ones.
    for (auto& c : tx.ListCallBacksByAgent(id, period.start, std::min(period.end, now + 1))) {
      auto [jt, fresh] = jobs.try_emplace(c.job_id);
      if (fresh) {
        jt->second = tx.FindJob(c.job_id);
        job_calls[c.job_id] = tx.ListCallBacksOfJobs({c.job_id});
      }
      AgentCallItem item;
      item.reference = jt->second ? jt->second->reference : c.job_id;
      const auto& all = job_calls[c.job_id];
      item.first_attempt = !all.empty() && all.front().id == c.id;
      ++card.calls;
      const bool reached = c.reached;
      if (reached) ++card.reach.numerator;
      if (c.wrong_number) ++card.wrong_number;
      if (!reached && !c.wrong_number) ++card.unreachable;
      if (!c.complaint_category.empty()) ++card.complaints_recorded;
      if (!c.repair_job_id.empty()) ++card.repair_jobs_opened;
      card.reach.items.push_back(
          {c.job_id,
           reached ? scoring::Side::kNumeratorAndDenominator : scoring::Side::kDenominator,
           reached          ? "reached"
           : c.wrong_number ? "wrong number"
                            : "unreachable"});
      if (item.first_attempt && jt->second && jt->second->completed_ms) {
        const TimeMs due =
            *jt->second->completed_ms + CallBackDelay(jt->second->type, policy_.callback);
        const TimeMs deadline = due + policy_.callback.call_within;
        item.within_deadline = c.at_ms <= deadline;
        ++card.within_deadline.denominator;
        if (item.within_deadline) ++card.within_deadline.numerator;
        const std::int64_t hours = (c.at_ms - due) / kHourMs;
        card.within_deadline.items.push_back(
            {c.job_id,
             item.within_deadline ? scoring::Side::kNumeratorAndDenominator
                                  : scoring::Side::kDenominator,
             item.within_deadline
                 ? "first call " + std::to_string(hours) + " h after due"
                 : "first call " + std::to_string(hours) + " h after due, over " +
                       std::to_string(policy_.callback.call_within / kHourMs) + " h"});
      }
      if (c.opened_ms && *c.opened_ms <= c.at_ms) {
        item.duration_seconds = (c.at_ms - *c.opened_ms) / kSecondMs;
        seconds_sum += *item.duration_seconds;
        ++timed;
      }
      item.call = std::move(c);
      card.items.push_back(std::move(item));
    }
    card.reach.denominator = card.calls;
    if (timed > 0) card.mean_call_seconds = static_cast<double>(seconds_sum) / timed;
  });
  return card;
}

}  // namespace fieldledger::server
