#include "storage/pg_shift_marks.h"

namespace fieldledger::server::pg_shift_marks {
namespace {

constexpr const char* kColumns =
    "event_id, company_id, technician_id, kind, at_ms, verified, trust_check, shift_id, outcome";

std::vector<ShiftMarkRecord> ReadAll(pg::Stmt& s) {
  std::vector<ShiftMarkRecord> out;
  while (s.Step()) {
    out.push_back({s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Int(4), s.Int(5) != 0, s.Text(6),
                   s.Text(7), s.Text(8)});
  }
  return out;
}

}  // namespace

void Insert(pg::Conn& conn, const ShiftMarkRecord& m) {
  conn.Cached(std::string("INSERT INTO shift_marks (") + kColumns +
              ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
      .Bind(m.event_id, m.company_id, m.technician_id, m.kind, m.at_ms, m.verified, m.trust_check,
            m.shift_id, m.outcome)
      .Run();
}

std::vector<ShiftMarkRecord> List(pg::Conn& conn, const std::string& company_id, TimeMs from,
                                  TimeMs to) {
  auto s = conn.Cached(std::string("SELECT ") + kColumns +
                       " FROM shift_marks WHERE company_id = $1 AND at_ms >= $2 AND at_ms < $3 "
                       "ORDER BY at_ms, event_id");
  s.Bind(company_id, from, to);
  return ReadAll(s);
}

std::vector<ShiftMarkRecord> ListOfShift(pg::Conn& conn, const std::string& shift_id) {
  auto s = conn.Cached(std::string("SELECT ") + kColumns +
                       " FROM shift_marks WHERE shift_id = $1 ORDER BY at_ms, event_id");
  s.Bind(shift_id);
  return ReadAll(s);
}

}  // namespace fieldledger::server::pg_shift_marks
