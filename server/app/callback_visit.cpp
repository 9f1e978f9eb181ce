#include "app/callback_visit.h"

#include <unordered_map>

#include "app/device_event.h"
#include "app/scoring_inputs.h"
#include "fieldledger/scoring/outcomes.h"

namespace fieldledger::server {

VisitWork ReadVisitWork(StoreTx& tx, const JobRecord& job) {
  VisitWork w;
  std::vector<std::pair<std::string, std::string>> blobs;  // sha, kind
  for (const auto& e : tx.ListAppliedEventsOfJob(job.id)) {
    const auto ev = DecodeStoredEvent(e.payload);
    if (!ev) continue;  // stored by us; never expected
    if (const auto* work = ev->As<WorkDone>()) {
      // The last work record describes what was finally done.
      const visit::WorkFacts& r = work->facts;
      w.has_work_record = true;
      w.fault_types = r.fault_types;
      w.parts_used = r.parts_used;
      w.notes = r.notes;
      w.resolved = r.resolved;
      std::erase_if(blobs, [](const auto& b) { return b.second == "photo"; });
      for (const auto& sha : r.photo_sha256) blobs.emplace_back(sha, "photo");
    } else if (const auto* c = ev->As<CompletionDone>()) {
      w.signer_name = c->signer_name;
      std::erase_if(blobs, [](const auto& b) { return b.second == "signature"; });
      if (!c->signature_png_sha256.empty()) {
        blobs.emplace_back(c->signature_png_sha256, "signature");
      }
    }
  }
  for (auto& [sha, kind] : blobs) {
    auto b = tx.FindBlob(job.company_id, sha);
    w.blobs.push_back({sha, kind, b && b->complete});
  }
  return w;
}

VisitDetail BuildVisitDetail(StoreTx& tx, QueueEntry entry, std::span<const CallBackRecord> calls,
                             const scoring::ScoringPolicy& policy, TimeMs now) {
  VisitDetail d;
  d.work = ReadVisitWork(tx, entry.job);
  const scoring::Job scored = ToScoringJob(entry.job, CountedTechnician(entry.job), entry.team_id,
                                           tx.FindExcusal(entry.job.id));
  if (auto arrival = scoring::EvaluateArrival(scored, policy, now)) {
    d.punctuality = ArrivalClassName(arrival->verdict.cls);
    d.minutes_late = arrival->verdict.minutes_late;
  }
  std::unordered_map<std::string, std::string> names;
  for (const auto& c : calls) {
    auto it = names.find(c.agent_id);
    if (it == names.end()) {
      auto u = tx.FindUser(c.agent_id);
      it = names.emplace(c.agent_id, u ? u->display_name : c.agent_id).first;
    }
    d.earlier_calls.push_back({c, it->second});
  }
  d.entry = std::move(entry);
  return d;
}

}  // namespace fieldledger::server
