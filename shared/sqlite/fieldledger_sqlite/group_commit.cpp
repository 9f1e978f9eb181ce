#include "fieldledger_sqlite/group_commit.h"

#include <vector>

namespace fieldledger::sql {

GroupCommit::GroupCommit(Db& db, std::size_t max_group, Work after_commit)
    : db_(db), max_group_(max_group == 0 ? 1 : max_group), after_commit_(std::move(after_commit)) {}

std::size_t GroupCommit::waiting() {
  std::lock_guard lock(mu_);
  return queue_.size();
}

void GroupCommit::Run(const Work& work) {
  Member me;
  me.work = &work;
  std::unique_lock lock(mu_);
  queue_.push_back(&me);
  while (!me.done) {
    if (leading_) {
      finished_.wait(lock);
      continue;
    }
    // Nobody is writing: this thread writes everything queued so far (its own write
    // among it, unless more than a group's worth was waiting ahead of it).
    leading_ = true;
    std::vector<Member*> group;
    while (!queue_.empty() && group.size() < max_group_) {
      group.push_back(queue_.front());
      queue_.pop_front();
    }
    lock.unlock();
    try {
      Lead(group);
    } catch (...) {
      // Lead reports every failure through its members; only the allocation before its
      // transaction begins can throw out of it.
      for (Member* m : group) {
        if (!m->error) m->error = std::current_exception();
      }
    }
    lock.lock();
    for (Member* m : group) m->done = true;
    leading_ = false;
    finished_.notify_all();
  }
  lock.unlock();
  if (me.error) std::rethrow_exception(me.error);
}

void GroupCommit::Lead(const std::vector<Member*>& group) {
  Locked conn(db_);
  std::vector<Member*> written;   // members whose writes the open transaction holds
  written.reserve(group.size());  // so nothing below throws outside a try
  // The open transaction is lost: its members' writes with it.
  auto abandon = [&](const std::exception_ptr& why) {
    for (Member* m : written) m->error = why;
    written.clear();
    if (!sqlite3_get_autocommit(conn.db().handle())) {
      try {
        conn.Cached("ROLLBACK").Run();
      } catch (...) {
        // Nothing more can be undone than what SQLite already undid.
      }
    }
  };
  bool open = false;
  for (std::size_t i = 0; i < group.size(); ++i) {
    Member* m = group[i];
    if (!open) {
      try {
        conn.Cached("BEGIN IMMEDIATE").Run();
        open = true;
      } catch (...) {
        // No transaction to write in (e.g. another process holds the write lock past
        // the busy timeout): this and every later member of the group fail alike.
        for (std::size_t j = i; j < group.size(); ++j) group[j]->error = std::current_exception();
        return;
      }
    }
    try {
      conn.Cached("SAVEPOINT group_member").Run();
      (*m->work)(conn);
      conn.Cached("RELEASE group_member").Run();
      written.push_back(m);
    } catch (...) {
      m->error = std::current_exception();
      if (sqlite3_get_autocommit(conn.db().handle())) {
        // SQLite rolled the whole transaction back (e.g. SQLITE_FULL, an I/O error).
        abandon(m->error);
        open = false;
        continue;
      }
      try {
        conn.Cached("ROLLBACK TO group_member").Run();
        conn.Cached("RELEASE group_member").Run();
      } catch (...) {
        abandon(std::current_exception());
        open = false;
      }
    }
  }
  if (!open) return;
  try {
    conn.Cached("COMMIT").Run();
  } catch (...) {
    abandon(std::current_exception());
    return;
  }
  if (after_commit_) {
    try {
      after_commit_(conn);
    } catch (...) {
      // Committed already: a failed bookkeeping step must not report the writes lost.
    }
  }
}

}  // namespace fieldledger::sql
