#include "storage/sqlite_migrations.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <string>

namespace fieldledger::server {

const std::vector<Migration>& SqliteMigrations() {
  static const std::vector<Migration> kMigrations = {
      {1, "companies, users, sessions, jobs, devices, events, excusals, change feed", R"sql(
CREATE TABLE companies (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  created_ms BIGINT NOT NULL
);
CREATE TABLE teams (
  id TEXT PRIMARY KEY,
  company_id TEXT NOT NULL REFERENCES companies(id),
  name TEXT NOT NULL
);
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  company_id TEXT NOT NULL REFERENCES companies(id),
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  team_id TEXT,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_ms BIGINT NOT NULL
);
CREATE TABLE sessions (
  token_sha256 TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  created_ms BIGINT NOT NULL,
  expires_ms BIGINT NOT NULL,
  device_name TEXT NOT NULL
);
CREATE TABLE jobs (
  id TEXT PRIMARY KEY,
  company_id TEXT NOT NULL REFERENCES companies(id),
  reference TEXT NOT NULL,
  job_type TEXT NOT NULL,
  status TEXT NOT NULL,
  customer_name TEXT NOT NULL,
  customer_phone TEXT NOT NULL,
  address TEXT NOT NULL,
  latitude DOUBLE PRECISION NOT NULL,
  longitude DOUBLE PRECISION NOT NULL,
  window_start_ms BIGINT NOT NULL,
  window_end_ms BIGINT NOT NULL,
  technician_id TEXT NOT NULL REFERENCES users(id),
  product TEXT NOT NULL,
  serial_number TEXT NOT NULL,
  description TEXT NOT NULL,
  created_ms BIGINT NOT NULL,
  updated_ms BIGINT NOT NULL,
  arrived_ms BIGINT,
  arrival_verified INTEGER NOT NULL DEFAULT 0,
  arrival_technician_id TEXT NOT NULL DEFAULT '',
  arrival_event_id TEXT NOT NULL DEFAULT '',
  completed_ms BIGINT,
  flagged INTEGER NOT NULL DEFAULT 0,
  flag_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX jobs_by_company_window ON jobs(company_id, window_start_ms, id);
CREATE INDEX jobs_by_technician_window ON jobs(technician_id, window_start_ms, id);
CREATE TABLE job_requests (
  company_id TEXT NOT NULL,
  request_id TEXT NOT NULL,
  job_id TEXT NOT NULL REFERENCES jobs(id),
  PRIMARY KEY (company_id, request_id)
);
CREATE TABLE job_changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  job_id TEXT NOT NULL REFERENCES jobs(id),
  technician_id TEXT NOT NULL
);
CREATE INDEX job_changes_by_technician ON job_changes(technician_id, seq);
CREATE TABLE devices (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  last_sequence BIGINT NOT NULL,
  last_seen_ms BIGINT NOT NULL
);
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL REFERENCES devices(id),
  sequence BIGINT NOT NULL,
  user_id TEXT NOT NULL,
  job_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  device_wall_ms BIGINT NOT NULL,
  device_monotonic_ms BIGINT NOT NULL,
  boot_id TEXT NOT NULL,
  trusted_ms BIGINT NOT NULL,
  verified INTEGER NOT NULL,
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  accuracy_m DOUBLE PRECISION NOT NULL,
  mock_location INTEGER NOT NULL,
  received_ms BIGINT NOT NULL,
  status TEXT NOT NULL,
  reject_reason TEXT NOT NULL,
  payload BLOB NOT NULL,
  UNIQUE (device_id, sequence)
);
CREATE INDEX events_by_job ON events(job_id);
CREATE TABLE excusals (
  job_id TEXT PRIMARY KEY REFERENCES jobs(id),
  reason TEXT NOT NULL,
  excused_by TEXT NOT NULL,
  excused_ms BIGINT NOT NULL,
  revoked_by TEXT NOT NULL DEFAULT '',
  revoked_ms BIGINT
);
)sql"},
      {2, "scoring inputs: fee facts, first-visit outcome, call-backs, shifts, excusal log",
       R"sql(
ALTER TABLE jobs ADD COLUMN product_category TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN purchase_date TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN activation_date TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN first_visit_resolved INTEGER;
CREATE TABLE callbacks (
  id TEXT PRIMARY KEY,
  company_id TEXT NOT NULL REFERENCES companies(id),
  job_id TEXT NOT NULL REFERENCES jobs(id),
  agent_id TEXT NOT NULL,
  at_ms BIGINT NOT NULL,
  reached INTEGER NOT NULL,
  score INTEGER,
  problem_returned INTEGER,
  nps INTEGER,
  comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX callbacks_by_job ON callbacks(job_id, at_ms);
CREATE TABLE shifts (
  id TEXT PRIMARY KEY,
  company_id TEXT NOT NULL REFERENCES companies(id),
  technician_id TEXT NOT NULL REFERENCES users(id),
  start_ms BIGINT NOT NULL,
  check_in_ms BIGINT,
  approved_leave INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX shifts_by_company_start ON shifts(company_id, start_ms);
CREATE TABLE excusal_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  job_id TEXT NOT NULL REFERENCES jobs(id),
  action TEXT NOT NULL,
  reason TEXT NOT NULL,
  by_user TEXT NOT NULL,
  at_ms BIGINT NOT NULL
);
CREATE INDEX excusal_log_by_job ON excusal_log(job_id, seq);
)sql"},
      {3, "blob uploads: resumable chunks keyed by company and SHA-256", R"sql(
CREATE TABLE blob_uploads (
  company_id TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  kind TEXT NOT NULL,
  uploader_id TEXT NOT NULL,
  size BIGINT NOT NULL,
  received BIGINT NOT NULL,
  complete INTEGER NOT NULL,
  created_ms BIGINT NOT NULL,
  updated_ms BIGINT NOT NULL,
  PRIMARY KEY (company_id, sha256)
);
CREATE TABLE blob_chunks (
  company_id TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  chunk_offset BIGINT NOT NULL,
  bytes BLOB NOT NULL,
  PRIMARY KEY (company_id, sha256, chunk_offset)
);
)sql"},
      {4, "fees: the server's recomputed fee next to the device's", R"sql(
ALTER TABLE jobs ADD COLUMN fee_fen BIGINT;
ALTER TABLE jobs ADD COLUMN fee_device_fen BIGINT;
ALTER TABLE jobs ADD COLUMN fee_policy TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN fee_check TEXT NOT NULL DEFAULT '';
)sql"},
      {5, "trust: when the job was assigned, and the arrival's place and verification", R"sql(
ALTER TABLE jobs ADD COLUMN assigned_ms BIGINT;
ALTER TABLE jobs ADD COLUMN arrival_place TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN arrival_distance_m REAL;
ALTER TABLE jobs ADD COLUMN arrival_check TEXT NOT NULL DEFAULT '';
ALTER TABLE jobs ADD COLUMN signature_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE devices ADD COLUMN last_event_sha256 TEXT NOT NULL DEFAULT '';
CREATE INDEX jobs_by_signature ON jobs (company_id, signature_sha256) WHERE signature_sha256 != '';
)sql"},
      {6, "audit trail of the office's actions on jobs (who, when, what, reason)", R"sql(
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  company_id TEXT NOT NULL REFERENCES companies(id),
  job_id TEXT NOT NULL REFERENCES jobs(id),
  actor_id TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  at_ms BIGINT NOT NULL,
  action TEXT NOT NULL,
  reason TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX audit_log_by_job ON audit_log(job_id, at_ms, seq);
)sql"},
      {7, "call-back desk: outcomes, complaints, claims, audit", R"sql(
ALTER TABLE callbacks ADD COLUMN wrong_number INTEGER NOT NULL DEFAULT 0;
ALTER TABLE callbacks ADD COLUMN complaint_category TEXT NOT NULL DEFAULT '';
ALTER TABLE callbacks ADD COLUMN complaint_comment TEXT NOT NULL DEFAULT '';
ALTER TABLE callbacks ADD COLUMN opened_ms BIGINT;
ALTER TABLE callbacks ADD COLUMN request_id TEXT;
ALTER TABLE callbacks ADD COLUMN repair_job_id TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX callbacks_by_request ON callbacks(company_id, request_id);
CREATE INDEX callbacks_by_agent ON callbacks(agent_id, at_ms);
CREATE INDEX jobs_by_company_completed ON jobs(company_id, completed_ms);
CREATE TABLE callback_claims (
  job_id TEXT PRIMARY KEY REFERENCES jobs(id),
  company_id TEXT NOT NULL,
  agent_id TEXT NOT NULL,
  agent_name TEXT NOT NULL,
  claimed_ms BIGINT NOT NULL,
  expires_ms BIGINT NOT NULL
);
CREATE TABLE callback_audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  company_id TEXT NOT NULL,
  job_id TEXT NOT NULL,
  callback_id TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  at_ms BIGINT NOT NULL,
  action TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX callback_audit_by_job ON callback_audit(job_id, seq);
)sql"},
      {10,
       "assessment cycle and attendance: publications, comments, self-assessments, shift schedule",
       R"sql(
CREATE TABLE publications (
  id TEXT PRIMARY KEY,
  company_id TEXT NOT NULL REFERENCES companies(id),
  period_label TEXT NOT NULL,
  start_ms BIGINT NOT NULL,
  end_ms BIGINT NOT NULL,
  as_of_ms BIGINT NOT NULL,
  scoring_policy_version TEXT NOT NULL,
  pay_policy_version TEXT NOT NULL,
  published_by TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  UNIQUE (company_id, period_label)
);
CREATE TABLE published_figures (
  publication_id TEXT NOT NULL REFERENCES publications(id),
  technician_id TEXT NOT NULL,
  metric TEXT NOT NULL,
  numerator BIGINT NOT NULL,
  denominator BIGINT NOT NULL,
  PRIMARY KEY (publication_id, technician_id, metric)
);
CREATE TABLE published_pay (
  publication_id TEXT NOT NULL REFERENCES publications(id),
  technician_id TEXT NOT NULL,
  revenue_fen BIGINT NOT NULL,
  total_fen BIGINT NOT NULL,
  bonus_earned INTEGER NOT NULL,
  explanation TEXT NOT NULL,
  PRIMARY KEY (publication_id, technician_id)
);
CREATE TABLE assessor_comments (
  company_id TEXT NOT NULL REFERENCES companies(id),
  period_label TEXT NOT NULL,
  technician_id TEXT NOT NULL,
  comment TEXT NOT NULL,
  by_user TEXT NOT NULL,
  at_ms BIGINT NOT NULL,
  PRIMARY KEY (company_id, period_label, technician_id)
);
ALTER TABLE shifts ADD COLUMN end_ms BIGINT;
ALTER TABLE shifts ADD COLUMN leave_reason TEXT NOT NULL DEFAULT '';
CREATE TABLE shift_audit (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  company_id TEXT NOT NULL REFERENCES companies(id),
  shift_id TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  at_ms BIGINT NOT NULL,
  action TEXT NOT NULL,
  reason TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX shift_audit_by_shift ON shift_audit(shift_id, seq);
CREATE TABLE self_assessments (
  company_id TEXT NOT NULL REFERENCES companies(id),
  period_label TEXT NOT NULL,
  technician_id TEXT NOT NULL,
  text TEXT NOT NULL,
  written_ms BIGINT NOT NULL,
  received_ms BIGINT NOT NULL,
  PRIMARY KEY (company_id, period_label, technician_id)
);
)sql"},
      {13, "history for reproducible scores: job versions, team memberships", R"sql(
-- Every insert and update of a job leaves a copy of its scoring facts here, stamped with
-- the server instant of the write (the job's updated_ms): scores as of an instant, and the
-- technician assigned when a window closed, are read from it.
CREATE TABLE job_versions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  recorded_ms BIGINT NOT NULL,
  job_id TEXT NOT NULL,
  company_id TEXT NOT NULL,
  technician_id TEXT NOT NULL,
  job_type TEXT NOT NULL,
  status TEXT NOT NULL,
  window_start_ms BIGINT NOT NULL,
  window_end_ms BIGINT NOT NULL,
  arrived_ms BIGINT,
  arrival_verified INTEGER NOT NULL,
  arrival_technician_id TEXT NOT NULL,
  completed_ms BIGINT,
  first_visit_resolved INTEGER,
  created_ms BIGINT NOT NULL,
  serial_number TEXT NOT NULL,
  customer_name TEXT NOT NULL,
  customer_phone TEXT NOT NULL,
  product TEXT NOT NULL
);
CREATE INDEX job_versions_by_company ON job_versions(company_id, recorded_ms, seq);
CREATE INDEX job_versions_by_job ON job_versions(job_id, recorded_ms, seq);
-- Jobs stored before this migration start their history with their row as it is now.
INSERT INTO job_versions (recorded_ms, job_id, company_id, technician_id, job_type, status,
  window_start_ms, window_end_ms, arrived_ms, arrival_verified, arrival_technician_id,
  completed_ms, first_visit_resolved, created_ms, serial_number, customer_name, customer_phone,
  product)
SELECT updated_ms, id, company_id, technician_id, job_type, status, window_start_ms,
  window_end_ms, arrived_ms, arrival_verified, arrival_technician_id, completed_ms,
  first_visit_resolved, created_ms, serial_number, customer_name, customer_phone, product
FROM jobs;
-- The team a user belonged to from an instant on ('' = none): team cards count a job for
-- the team of its technician when the job's outcome was decided.
CREATE TABLE team_memberships (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  company_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  team_id TEXT NOT NULL,
  from_ms BIGINT NOT NULL
);
CREATE INDEX team_memberships_by_company ON team_memberships(company_id, user_id, from_ms);
INSERT INTO team_memberships (company_id, user_id, team_id, from_ms)
SELECT company_id, id, COALESCE(team_id, ''), created_ms FROM users;
)sql"},
      {14, "security trail: sign-ins, lockouts and sign-outs with address and device",
       R"sql(
CREATE TABLE security_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at_ms BIGINT NOT NULL,
  company_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  action TEXT NOT NULL,
  address TEXT NOT NULL,
  device TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX security_events_by_company ON security_events(company_id, seq);
ALTER TABLE audit_log ADD COLUMN address TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN device TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_log_by_company ON audit_log(company_id, seq);
ALTER TABLE sessions ADD COLUMN family_id TEXT NOT NULL DEFAULT '';
CREATE INDEX sessions_by_family ON sessions(family_id);
CREATE INDEX sessions_by_user ON sessions(user_id);
CREATE TABLE session_families (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  company_id TEXT NOT NULL,
  device_name TEXT NOT NULL,
  address TEXT NOT NULL,
  created_ms BIGINT NOT NULL,
  last_used_ms BIGINT NOT NULL,
  refresh_sha256 TEXT NOT NULL UNIQUE,
  refresh_expires_ms BIGINT NOT NULL,
  ended_ms BIGINT,
  end_reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX session_families_by_company ON session_families(company_id, created_ms);
CREATE TABLE retired_refresh_tokens (
  token_sha256 TEXT PRIMARY KEY,
  family_id TEXT NOT NULL
);
)sql"},
      {17, "idempotency keys remember their request body; incomplete uploads indexed", R"sql(
ALTER TABLE job_requests ADD COLUMN body_sha256 TEXT NOT NULL DEFAULT '';
ALTER TABLE callbacks ADD COLUMN request_sha256 TEXT NOT NULL DEFAULT '';
CREATE INDEX blob_uploads_pending ON blob_uploads(company_id, complete, updated_ms);
)sql"},
      {18, "shift check-ins and check-outs from the technicians' phones",
       R"sql(
CREATE TABLE shift_marks (
  event_id TEXT PRIMARY KEY,
  company_id TEXT NOT NULL REFERENCES companies(id),
  technician_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  at_ms BIGINT NOT NULL,
  verified INTEGER NOT NULL,
  trust_check TEXT NOT NULL,
  shift_id TEXT NOT NULL,
  outcome TEXT NOT NULL
);
CREATE INDEX shift_marks_by_company_time ON shift_marks(company_id, at_ms);
CREATE INDEX shift_marks_by_shift ON shift_marks(shift_id);
)sql"},
      {19,
       "order-independent sync: events identified by id alone (a restored phone may reuse a "
       "sequence), their hashes for the device history, rejections that cannot be events",
       R"sql(
CREATE TABLE events_v19 (
  id TEXT PRIMARY KEY,
  device_id TEXT NOT NULL REFERENCES devices(id),
  sequence BIGINT NOT NULL,
  user_id TEXT NOT NULL,
  job_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  device_wall_ms BIGINT NOT NULL,
  device_monotonic_ms BIGINT NOT NULL,
  boot_id TEXT NOT NULL,
  trusted_ms BIGINT NOT NULL,
  verified INTEGER NOT NULL,
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  accuracy_m DOUBLE PRECISION NOT NULL,
  mock_location INTEGER NOT NULL,
  received_ms BIGINT NOT NULL,
  status TEXT NOT NULL,
  reject_reason TEXT NOT NULL,
  payload BLOB NOT NULL,
  sha256 TEXT NOT NULL DEFAULT '',
  previous_sha256 TEXT NOT NULL DEFAULT ''
);
INSERT INTO events_v19 (id, device_id, sequence, user_id, job_id, kind, device_wall_ms,
  device_monotonic_ms, boot_id, trusted_ms, verified, latitude, longitude, accuracy_m,
  mock_location, received_ms, status, reject_reason, payload)
SELECT id, device_id, sequence, user_id, job_id, kind, device_wall_ms, device_monotonic_ms,
  boot_id, trusted_ms, verified, latitude, longitude, accuracy_m, mock_location, received_ms,
  status, reject_reason, payload FROM events;
DROP TABLE events;
ALTER TABLE events_v19 RENAME TO events;
CREATE INDEX events_by_job ON events(job_id);
CREATE INDEX events_by_device_sequence ON events(device_id, sequence);
CREATE INDEX events_by_device_hash ON events(device_id, sha256);
CREATE TABLE event_rejections (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  event_id TEXT NOT NULL,
  device_id TEXT NOT NULL,
  sequence BIGINT NOT NULL,
  user_id TEXT NOT NULL,
  received_ms BIGINT NOT NULL,
  reason TEXT NOT NULL,
  payload_sha256 TEXT NOT NULL,
  payload BLOB NOT NULL,
  UNIQUE (event_id, device_id, sequence, payload_sha256)
);
CREATE INDEX event_rejections_by_device ON event_rejections(device_id, seq);
CREATE TABLE health_probe (
  id INTEGER PRIMARY KEY,
  filler BLOB NOT NULL
);
)sql"},
      {20, "the dispatcher board's change log, which every server instance follows by cursor",
       R"sql(
CREATE TABLE board_changes (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  company_id TEXT NOT NULL,
  job_id TEXT NOT NULL
);
)sql"},
      {21, "team moves with who, when, where and why; shift versions for attendance as of",
       R"sql(
-- Every move of a user to another team through StaffService.MoveUserToTeam or the admin
-- CLI: the audit of a change that moves team scorecards (team_memberships holds the fact).
CREATE TABLE team_moves (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  company_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  from_team_id TEXT NOT NULL,
  to_team_id TEXT NOT NULL,
  at_ms BIGINT NOT NULL,
  actor_id TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  reason TEXT NOT NULL,
  address TEXT NOT NULL,
  device TEXT NOT NULL
);
CREATE INDEX team_moves_by_company ON team_moves(company_id, seq);
-- Every insert, update and delete of a shift leaves a copy of its scoring facts here,
-- stamped with the server instant of the write: attendance as of an instant reads it.
CREATE TABLE shift_versions (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  recorded_ms BIGINT NOT NULL,
  shift_id TEXT NOT NULL,
  company_id TEXT NOT NULL,
  technician_id TEXT NOT NULL,
  start_ms BIGINT NOT NULL,
  check_in_ms BIGINT,
  approved_leave INTEGER NOT NULL,
  deleted INTEGER NOT NULL
);
CREATE INDEX shift_versions_by_company ON shift_versions(company_id, recorded_ms, seq);
-- Shifts stored before this migration start their history with their row as it is now,
-- held since ever (recorded_ms 0): no instant of their earlier writes was kept.
INSERT INTO shift_versions (recorded_ms, shift_id, company_id, technician_id, start_ms,
  check_in_ms, approved_leave, deleted)
SELECT 0, id, company_id, technician_id, start_ms, check_in_ms, approved_leave, 0 FROM shifts;
)sql"},
      {22, "failed sign-ins per account and per address, shared by every server instance",
       R"sql(
-- The sign-in throttle's counts (auth/login_throttle.h), in the database so that every
-- server instance on it counts the same failures. scope 'account': subject "user:<id>"
-- for a username that names a user, "name:<6 hex digits of its SHA-256>" for one that
-- names nobody (the typed text is not kept: people type passwords into that field);
-- scope 'address': the caller's IP address.
CREATE TABLE login_failures (
  scope TEXT NOT NULL,
  subject TEXT NOT NULL,
  failures INTEGER NOT NULL,
  last_failure_ms BIGINT NOT NULL,
  PRIMARY KEY (scope, subject)
);
CREATE INDEX login_failures_by_time ON login_failures(last_failure_ms);
)sql"},
  };
  return kMigrations;
}

int MigrateSqlite(sql::Db& db) { return sql::ApplyMigrations(db, SqliteMigrations()); }

}  // namespace fieldledger::server
