#pragma once
// The SQL behind SqliteStore's session-family, security-trail and company-audit methods
// (migration 14).
#include <optional>
#include <string>
#include <vector>

#include "fieldledger_sqlite/db.h"
#include "storage/audit_records.h"
#include "storage/records.h"
#include "storage/security_records.h"

namespace fieldledger::server::sqlite_security {

void InsertEvent(sql::Locked& conn, const SecurityEventRecord& e);
// A company's events, newest first, at most `limit`; company "" lists the events of
// unknown usernames.
std::vector<SecurityEventRecord> ListEvents(sql::Locked& conn, const std::string& company_id,
                                            int limit);

void InsertFamily(sql::Locked& conn, const SessionFamilyRecord& f);
std::optional<SessionFamilyRecord> FindFamily(sql::Locked& conn, const std::string& id);
std::optional<SessionFamilyRecord> FindFamilyByRefresh(sql::Locked& conn,
                                                       const std::string& refresh_sha256);
std::optional<std::string> FindFamilyOfRetired(sql::Locked& conn,
                                               const std::string& refresh_sha256);
void RotateRefresh(sql::Locked& conn, const std::string& family_id, const std::string& new_sha256,
                   TimeMs new_expires_ms, TimeMs now);
void EndFamily(sql::Locked& conn, const std::string& family_id, TimeMs now,
               const std::string& reason);
std::vector<SessionFamilyRecord> ListLiveFamilies(sql::Locked& conn, const std::string& company_id,
                                                  const std::string& user_id);
void DeleteSessionsOfUser(sql::Locked& conn, const std::string& user_id);
void SetUserDisabled(sql::Locked& conn, const std::string& user_id, bool disabled);

std::vector<AuditRecord> ListCompanyAudit(sql::Locked& conn, const std::string& company_id,
                                          const std::string& job_id, int limit);

}  // namespace fieldledger::server::sqlite_security
