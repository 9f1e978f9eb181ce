#pragma once
// The SQL behind the assessment-cycle methods of PgStore's transaction (migration
// 10): publications, their frozen figures and pay, assessor comments, self-assessments.
// Kept apart from pg_store.cpp so this feature has one small home.
#include <optional>
#include <string>
#include <vector>

#include "fieldledger_pg/conn.h"
#include "storage/records.h"

namespace fieldledger::server::pg_assessments {

void InsertPublication(pg::Conn& conn, const PublicationRecord& p);
std::optional<PublicationRecord> FindPublication(pg::Conn& conn, const std::string& company_id,
                                                 const std::string& period_label);
void InsertFigure(pg::Conn& conn, const PublishedFigureRecord& f);
std::vector<PublishedFigureRecord> ListFigures(pg::Conn& conn, const std::string& publication_id);
void InsertPay(pg::Conn& conn, const PublishedPayRecord& p);
std::vector<PublishedPayRecord> ListPay(pg::Conn& conn, const std::string& publication_id);
void UpsertComment(pg::Conn& conn, const AssessorCommentRecord& c);
std::vector<AssessorCommentRecord> ListComments(pg::Conn& conn, const std::string& company_id,
                                                const std::string& period_label);
void UpsertSelfAssessment(pg::Conn& conn, const SelfAssessmentRecord& a);
std::vector<SelfAssessmentRecord> ListSelfAssessments(pg::Conn& conn, const std::string& company_id,
                                                      const std::string& period_label);

}  // namespace fieldledger::server::pg_assessments
