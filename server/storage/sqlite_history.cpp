#include "storage/sqlite_history.h"

#include <algorithm>
#include <tuple>

namespace fieldledger::server::sqlite_history {
namespace {

// The scoring facts of a job, in jobs and job_versions alike.
constexpr const char* kFacts =
    "company_id, technician_id, job_type, status, window_start_ms, window_end_ms, arrived_ms, "
    "arrival_verified, arrival_technician_id, completed_ms, first_visit_resolved, created_ms, "
    "serial_number, customer_name, customer_phone, product";

JobVersion ReadVersion(const sql::Stmt& s) {
  JobVersion v;
  v.seq = s.Int(0);
  v.recorded_ms = s.Int(1);
  JobRecord& j = v.job;
  j.id = s.Text(2);
  j.company_id = s.Text(3);
  j.technician_id = s.Text(4);
  j.type = ParseJobType(s.Text(5)).value_or(JobType::kRepair);
  j.status = ParseJobStatus(s.Text(6)).value_or(JobStatus::kScheduled);
  j.window = {s.Int(7), s.Int(8)};
  j.arrived_ms = s.OptInt(9);
  j.arrival_verified = s.Int(10) != 0;
  j.arrival_technician_id = s.Text(11);
  j.completed_ms = s.OptInt(12);
  if (auto r = s.OptInt(13)) j.first_visit_resolved = *r != 0;
  j.created_ms = s.Int(14);
  j.serial_number = s.Text(15);
  j.customer_name = s.Text(16);
  j.customer_phone = s.Text(17);
  j.product = s.Text(18);
  j.updated_ms = v.recorded_ms;
  return v;
}

const std::string& SelectVersions() {
  static const std::string kSql =
      std::string("SELECT seq, recorded_ms, job_id, ") + kFacts + " FROM job_versions ";
  return kSql;
}

}  // namespace

const char* JobVersionColumns() { return kFacts; }

void AppendJobVersion(sql::Locked& conn, const std::string& job_id) {
  static const std::string kSql = std::string("INSERT INTO job_versions (recorded_ms, job_id, ") +
                                  kFacts + ") SELECT updated_ms, id, " + kFacts +
                                  " FROM jobs WHERE id = ?";
  conn.Cached(kSql).Bind(job_id).Run();
}

std::vector<JobVersion> ListJobVersions(sql::Locked& conn, const std::string& company_id,
                                        TimeMs up_to) {
  static const std::string kSql =
      SelectVersions() + "WHERE company_id = ? AND recorded_ms <= ? ORDER BY recorded_ms, seq";
  auto s = conn.Cached(kSql);
  s.Bind(company_id, up_to);
  std::vector<JobVersion> out;
  while (s.Step()) out.push_back(ReadVersion(s));
  return out;
}

std::vector<JobVersion> ListJobVersionsOf(sql::Locked& conn, const std::vector<std::string>& ids) {
  std::vector<JobVersion> out;
  if (ids.empty()) return out;
  // One prepared statement bound once per job (an IN list cannot be bound).
  static const std::string kSql = SelectVersions() + "WHERE job_id = ? ORDER BY recorded_ms, seq";
  auto s = conn.Cached(kSql);
  for (const auto& id : ids) {
    s.Bind(id);
    while (s.Step()) out.push_back(ReadVersion(s));
  }
  std::stable_sort(out.begin(), out.end(), [](const JobVersion& a, const JobVersion& b) {
    return std::tie(a.job.id, a.recorded_ms, a.seq) < std::tie(b.job.id, b.recorded_ms, b.seq);
  });
  return out;
}

void AppendTeamMembership(sql::Locked& conn, const std::string& company_id,
                          const TeamMembership& m) {
  conn.Cached(
          "INSERT INTO team_memberships (company_id, user_id, team_id, from_ms) VALUES (?, ?, "
          "?, ?)")
      .Bind(company_id, m.user_id, m.team_id, m.from_ms)
      .Run();
}

std::vector<TeamMembership> ListTeamMemberships(sql::Locked& conn, const std::string& company_id) {
  auto s = conn.Cached(
      "SELECT user_id, team_id, from_ms FROM team_memberships WHERE company_id = ? ORDER BY "
      "user_id, from_ms, seq");
  s.Bind(company_id);
  std::vector<TeamMembership> out;
  while (s.Step()) out.push_back({s.Text(0), s.Text(1), s.Int(2)});
  return out;
}

std::vector<ExcusalLogEntry> ListCompanyExcusalLog(sql::Locked& conn,
                                                   const std::string& company_id) {
  auto s = conn.Cached(
      "SELECT l.job_id, l.action, l.reason, l.by_user, l.at_ms FROM excusal_log l JOIN jobs j "
      "ON j.id = l.job_id WHERE j.company_id = ? ORDER BY l.seq");
  s.Bind(company_id);
  std::vector<ExcusalLogEntry> out;
  while (s.Step()) out.push_back({s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Int(4)});
  return out;
}

void InsertTeamMove(sql::Locked& conn, const TeamMove& m) {
  conn.Cached(
          "INSERT INTO team_moves (company_id, user_id, from_team_id, to_team_id, at_ms, "
          "actor_id, actor_name, reason, address, device) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .Bind(m.company_id, m.user_id, m.from_team_id, m.to_team_id, m.at_ms, m.actor_id,
            m.actor_name, m.reason, m.address, m.device)
      .Run();
}

std::vector<TeamMove> ListTeamMoves(sql::Locked& conn, const std::string& company_id) {
  auto s = conn.Cached(
      "SELECT seq, company_id, user_id, from_team_id, to_team_id, at_ms, actor_id, actor_name, "
      "reason, address, device FROM team_moves WHERE company_id = ? ORDER BY seq");
  s.Bind(company_id);
  std::vector<TeamMove> out;
  while (s.Step()) {
    out.push_back({s.Int(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Int(5), s.Text(6),
                   s.Text(7), s.Text(8), s.Text(9), s.Text(10)});
  }
  return out;
}

}  // namespace fieldledger::server::sqlite_history
