#pragma once
// The SQL behind the assessment-cycle methods of SqliteStore's transaction (migration
// 10): publications, their frozen figures and pay, assessor comments, self-assessments.
// Kept apart from sqlite_store.cpp so this feature has one small home.
#include <optional>
#include <string>
#include <vector>

#include "fieldledger_sqlite/db.h"
#include "storage/records.h"

namespace fieldledger::server::sqlite_assessments {

void InsertPublication(sql::Locked& conn, const PublicationRecord& p);
std::optional<PublicationRecord> FindPublication(sql::Locked& conn, const std::string& company_id,
                                                 const std::string& period_label);
void InsertFigure(sql::Locked& conn, const PublishedFigureRecord& f);
std::vector<PublishedFigureRecord> ListFigures(sql::Locked& conn,
                                               const std::string& publication_id);
void InsertPay(sql::Locked& conn, const PublishedPayRecord& p);
std::vector<PublishedPayRecord> ListPay(sql::Locked& conn, const std::string& publication_id);
void UpsertComment(sql::Locked& conn, const AssessorCommentRecord& c);
std::vector<AssessorCommentRecord> ListComments(sql::Locked& conn, const std::string& company_id,
                                                const std::string& period_label);
void UpsertSelfAssessment(sql::Locked& conn, const SelfAssessmentRecord& a);
std::vector<SelfAssessmentRecord> ListSelfAssessments(sql::Locked& conn,
                                                      const std::string& company_id,
                                                      const std::string& period_label);

}  // namespace fieldledger::server::sqlite_assessments
