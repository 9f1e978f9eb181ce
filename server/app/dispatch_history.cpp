#include "app/dispatch_history.h"

#include <algorithm>
#include <set>

#include "app/device_event.h"
#include "app/dispatch_errors.h"

namespace fieldledger::server {
namespace {

HistoryItem::Kind KindOfEvent(const std::string& kind) {
  if (kind == "on_my_way") return HistoryItem::Kind::kOnMyWay;
  if (kind == "check_in") return HistoryItem::Kind::kArrived;
  if (kind == "work_recorded") return HistoryItem::Kind::kWorkRecorded;
  return HistoryItem::Kind::kCompleted;
}

}  // namespace

JobHistoryData DispatchHistory::History(const Caller& caller, const std::string& job_id) {
  if (job_id.empty()) DispatchFail(ErrorKind::kInvalidArgument, "field_required", "job_id");
  auto rows = board_.Jobs(caller.company_id, {job_id});
  if (rows.empty()) {
    DispatchFail(ErrorKind::kNotFound, "job_not_found", "job '" + job_id + "' does not exist");
  }
  JobHistoryData out;
  out.job = std::move(rows.front());
  const JobRecord& job = out.job.job;
  store_.Read([&](StoreTx& tx) {
    out.events = tx.ListEventsOfJobs({job_id});
    const auto audit = tx.ListAudit({job_id});
    bool created_audited = false;
    std::set<std::pair<TimeMs, std::string>> audited;  // (at, action) already listed
    for (const auto& a : audit) {
      HistoryItem item;
      item.kind = a.action == "created" ? HistoryItem::Kind::kCreated : HistoryItem::Kind::kAudit;
      created_audited |= a.action == "created";
      item.at_ms = a.at_ms;
      item.by = a.actor_name;
      item.action = a.action;
      item.reason = a.reason;
      item.detail = a.detail;
      audited.insert({a.at_ms, a.action});
      out.items.push_back(std::move(item));
    }
    if (!created_audited) {
      // Made by the admin tool, a CSV import or JobsService: no audit row, but a birth.
      out.items.push_back({HistoryItem::Kind::kCreated, job.created_ms, "", "created"});
    }
    std::unordered_map<std::string, std::string> names;
    for (const auto& e : out.events) {
      if (e.kind == "discarded") continue;  // the refused event it gave up on is listed
      HistoryItem item;
      item.kind = e.status == EventStatus::kRejected ? HistoryItem::Kind::kEventRejected
                                                     : KindOfEvent(e.kind);
      item.at_ms = e.trusted_ms;
      item.action = e.kind;
      item.detail = e.reject_reason;
      item.event = &e;
      auto it = names.find(e.user_id);
      if (it == names.end()) {
        auto u = tx.FindUser(e.user_id);
        it = names.emplace(e.user_id, u ? u->display_name : e.user_id).first;
      }
      item.by = it->second;
      if (item.kind == HistoryItem::Kind::kArrived && !e.verified) {
        item.unverified = ExplainUnverified(job, e, board_.policy());
      }
      if (item.kind == HistoryItem::Kind::kCompleted) {
        const auto stored = DecodeStoredEvent(e.payload);
        if (const auto* done = stored ? stored->As<CompletionDone>() : nullptr) {
          const std::string& sha = done->signature_png_sha256;
          if (auto blob = sha.empty() ? std::nullopt : tx.FindBlob(job.company_id, sha);
              blob && blob->complete) {
            item.signature_png = tx.ReadBlobBytes(job.company_id, sha);
          }
        }
      }
      out.items.push_back(std::move(item));
    }
    for (const auto& c : tx.ListCallBacksOfJobs({job_id})) {
      HistoryItem item;
      item.kind = HistoryItem::Kind::kCallBack;
      item.at_ms = c.at_ms;
      auto agent = tx.FindUser(c.agent_id);
      item.by = agent ? agent->display_name : c.agent_id;
      item.call_back = c;
      out.items.push_back(std::move(item));
    }
    // Excusals made through ScoringService have no audit row: list them from their log.
    for (const auto& x : tx.ListExcusalLog(job_id)) {
      const std::string action = x.action == "revoked" ? "excusal_revoked" : "excused";
      if (audited.contains({x.at_ms, action})) continue;
      HistoryItem item;
      item.kind = HistoryItem::Kind::kExcusal;
      item.at_ms = x.at_ms;
      item.by = x.by;
      item.action = action;
      item.reason = x.reason;
      out.items.push_back(std::move(item));
    }
  });
  std::stable_sort(out.items.begin(), out.items.end(),
                   [](const HistoryItem& a, const HistoryItem& b) { return a.at_ms < b.at_ms; });
  return out;
}

}  // namespace fieldledger::server
