#include "local_migrations.h"

namespace fieldledger::device {

const std::vector<sql::Migration>& LocalMigrations() {
  static const std::vector<sql::Migration> kMigrations = {
      // The schema every app before numbered migrations created on each start. Kept with
      // IF NOT EXISTS: such a database already has these tables and no
      // schema_migrations, and adopts version 1 without a change.
      {1, "settings, jobs, outbox, blobs (the schema before numbered migrations)", R"sql(
CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY,
  window_start_ms INTEGER NOT NULL,
  payload BLOB NOT NULL,
  local_arrived_ms INTEGER NOT NULL DEFAULT 0,
  removed_upstream INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS outbox (
  sequence INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE,
  job_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  payload BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS outbox_by_state ON outbox(state, sequence);
CREATE TABLE IF NOT EXISTS blobs (
  sha256 TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  bytes BLOB NOT NULL,
  uploaded_bytes INTEGER NOT NULL DEFAULT 0,
  state TEXT NOT NULL DEFAULT 'pending'
);
)sql"},
      // Today's list and the job lookups by day read jobs in window order.
      {2, "jobs by window start", R"sql(
CREATE INDEX jobs_by_window ON jobs(window_start_ms);
)sql"},
  };
  return kMigrations;
}

}  // namespace fieldledger::device
