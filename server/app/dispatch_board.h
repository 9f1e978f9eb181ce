#pragma once
// The dispatcher's board: every technician of a company with their phone's last contact,
// and the day's jobs with what the desk shows about each (on my way, why an arrival is
// unverified, excusal, cancel reason). Built from storage records in one read.
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/dispatch_feed.h"
#include "app/dispatch_types.h"
#include "auth/caller.h"
#include "storage/store.h"

namespace fieldledger::server {

class DispatchBoard {
 public:
  DispatchBoard(Store& store, BoardFeed& feed, DispatchPolicy policy)
      : store_(store), feed_(feed), policy_(policy) {}

  // `day` is YYYY-MM-DD in the company's zone, empty for today.
  BoardSnapshot Snapshot(const Caller& caller, const std::string& day, TimeMs now);
  // The rows of these jobs as they are now (jobs of other companies are left out).
  std::vector<BoardJobRow> Jobs(const std::string& company_id,
                                const std::vector<std::string>& job_ids);
  std::vector<BoardTechnicianRow> Technicians(const std::string& company_id,
                                              const std::vector<std::string>& ids);

  // A technician's phone reached the server (push or pull): the board shows when, and
  // open boards hear of it. Pulls change nothing stored, so the time is kept here.
  void PhoneSeen(const std::string& company_id, const std::string& user_id, TimeMs now);
  // Jobs changed by any write path (sync, jobs service, excusals): tell open boards.
  void JobsChanged(const std::string& company_id, const std::vector<std::string>& job_ids);

  const DispatchPolicy& policy() const { return policy_; }
  BoardFeed& feed() { return feed_; }

 private:
  std::vector<BoardJobRow> Rows(StoreTx& tx, std::vector<JobRecord> jobs);
  std::vector<BoardTechnicianRow> TechnicianRows(StoreTx& tx, const std::string& company_id,
                                                 const std::vector<std::string>& only);
  TimeMs LastContact(const std::string& user_id, TimeMs stored) const;

  Store& store_;
  BoardFeed& feed_;
  DispatchPolicy policy_;
  mutable std::mutex contacts_mu_;
  std::unordered_map<std::string, TimeMs> contacts_;  // user id -> last contact
};

// Why an arrival event is unverified, by the same rules the sync logic applied.
UnverifiedWhy ExplainUnverified(const JobRecord& job, const EventRecord& arrival,
                                const DispatchPolicy& policy);

}  // namespace fieldledger::server
