#include "storage/pg_assessments.h"

namespace fieldledger::server::pg_assessments {

void InsertPublication(pg::Conn& conn, const PublicationRecord& p) {
  conn.Cached(
          "INSERT INTO publications (id, company_id, period_label, start_ms, end_ms, as_of_ms, "
          "scoring_policy_version, pay_policy_version, published_by, note) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)")
      .Bind(p.id, p.company_id, p.period_label, p.start_ms, p.end_ms, p.as_of_ms,
            p.scoring_policy_version, p.pay_policy_version, p.published_by, p.note)
      .Run();
}

std::optional<PublicationRecord> FindPublication(pg::Conn& conn, const std::string& company_id,
                                                 const std::string& period_label) {
  auto s = conn.Cached(
      "SELECT id, company_id, period_label, start_ms, end_ms, as_of_ms, "
      "scoring_policy_version, pay_policy_version, published_by, note FROM publications "
      "WHERE company_id = $1 AND period_label = $2");
  s.Bind(company_id, period_label);
  if (!s.Step()) return std::nullopt;
  return PublicationRecord{s.Text(0), s.Text(1), s.Text(2), s.Int(3),  s.Int(4),
                           s.Int(5),  s.Text(6), s.Text(7), s.Text(8), s.Text(9)};
}

void InsertFigure(pg::Conn& conn, const PublishedFigureRecord& f) {
  conn.Cached(
          "INSERT INTO published_figures (publication_id, technician_id, metric, numerator, "
          "denominator) VALUES ($1, $2, $3, $4, $5)")
      .Bind(f.publication_id, f.technician_id, f.metric, f.numerator, f.denominator)
      .Run();
}

std::vector<PublishedFigureRecord> ListFigures(pg::Conn& conn, const std::string& publication_id) {
  auto s = conn.Cached(
      "SELECT publication_id, technician_id, metric, numerator, denominator FROM "
      "published_figures WHERE publication_id = $1 ORDER BY technician_id, metric");
  s.Bind(publication_id);
  std::vector<PublishedFigureRecord> out;
  while (s.Step()) out.push_back({s.Text(0), s.Text(1), s.Text(2), s.Int(3), s.Int(4)});
  return out;
}

void InsertPay(pg::Conn& conn, const PublishedPayRecord& p) {
  conn.Cached(
          "INSERT INTO published_pay (publication_id, technician_id, revenue_fen, total_fen, "
          "bonus_earned, explanation) VALUES ($1, $2, $3, $4, $5, $6)")
      .Bind(p.publication_id, p.technician_id, p.revenue_fen, p.total_fen, p.bonus_earned,
            p.explanation)
      .Run();
}

std::vector<PublishedPayRecord> ListPay(pg::Conn& conn, const std::string& publication_id) {
  auto s = conn.Cached(
      "SELECT publication_id, technician_id, revenue_fen, total_fen, bonus_earned, "
      "explanation FROM published_pay WHERE publication_id = $1 ORDER BY technician_id");
  s.Bind(publication_id);
  std::vector<PublishedPayRecord> out;
  while (s.Step()) {
    out.push_back({s.Text(0), s.Text(1), s.Int(2), s.Int(3), s.Int(4) != 0, s.Text(5)});
  }
  return out;
}

void UpsertComment(pg::Conn& conn, const AssessorCommentRecord& c) {
  conn.Cached(
          "INSERT INTO assessor_comments (company_id, period_label, technician_id, comment, "
          "by_user, at_ms) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (company_id, period_label, "
          "technician_id) DO UPDATE SET comment = excluded.comment, by_user = excluded.by_user, "
          "at_ms = excluded.at_ms")
      .Bind(c.company_id, c.period_label, c.technician_id, c.comment, c.by, c.at_ms)
      .Run();
}

std::vector<AssessorCommentRecord> ListComments(pg::Conn& conn, const std::string& company_id,
                                                const std::string& period_label) {
  auto s = conn.Cached(
      "SELECT company_id, period_label, technician_id, comment, by_user, at_ms FROM "
      "assessor_comments WHERE company_id = $1 AND period_label = $2 ORDER BY technician_id");
  s.Bind(company_id, period_label);
  std::vector<AssessorCommentRecord> out;
  while (s.Step()) out.push_back({s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Int(5)});
  return out;
}

void UpsertSelfAssessment(pg::Conn& conn, const SelfAssessmentRecord& a) {
  conn.Cached(
          "INSERT INTO self_assessments (company_id, period_label, technician_id, text, "
          "written_ms, received_ms) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (company_id, "
          "period_label, technician_id) DO UPDATE SET text = excluded.text, "
          "written_ms = excluded.written_ms, received_ms = excluded.received_ms")
      .Bind(a.company_id, a.period_label, a.technician_id, a.text, a.written_ms, a.received_ms)
      .Run();
}

std::vector<SelfAssessmentRecord> ListSelfAssessments(pg::Conn& conn, const std::string& company_id,
                                                      const std::string& period_label) {
  auto s = conn.Cached(
      "SELECT company_id, period_label, technician_id, text, written_ms, received_ms "
      "FROM self_assessments WHERE company_id = $1 AND period_label = $2 "
      "ORDER BY technician_id");
  s.Bind(company_id, period_label);
  std::vector<SelfAssessmentRecord> out;
  while (s.Step()) out.push_back({s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Int(4), s.Int(5)});
  return out;
}

}  // namespace fieldledger::server::pg_assessments
