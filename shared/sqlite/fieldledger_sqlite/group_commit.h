#pragma once
// Group commit: writes arriving from many threads at once share one transaction and
// one durable COMMIT (one fsync) instead of paying one each. Each write runs in its
// own SAVEPOINT, so a write that throws is rolled back alone; the caller returns only
// after the transaction holding its write has committed. With one thread writing, a
// group is that one write: nothing waits for company.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>

#include "fieldledger_sqlite/db.h"

namespace fieldledger::sql {

class GroupCommit {
 public:
  using Work = std::function<void(Locked&)>;

  // `after_commit` runs on the connection, still locked, after each successful commit.
  explicit GroupCommit(Db& db, std::size_t max_group = 128, Work after_commit = {});
  GroupCommit(const GroupCommit&) = delete;
  GroupCommit& operator=(const GroupCommit&) = delete;

  // Runs `work` in a write transaction and returns once it is committed. If `work`
  // throws, its writes are rolled back (its savepoint) and the exception is rethrown
  // here. If the transaction cannot commit, or SQLite abandons it after an error (a
  // full disk, an I/O error), every write in it fails with that error.
  void Run(const Work& work);

  // Writes queued behind the group being written (for tests that need a full group).
  std::size_t waiting();

 private:
  struct Member {
    const Work* work = nullptr;
    std::exception_ptr error;
    bool done = false;
  };
  void Lead(const std::vector<Member*>& group);

  Db& db_;
  const std::size_t max_group_;
  Work after_commit_;
  std::mutex mu_;
  std::condition_variable finished_;
  std::deque<Member*> queue_;
  bool leading_ = false;  // a thread is writing a group
};

}  // namespace fieldledger::sql
