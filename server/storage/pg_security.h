#pragma once
// The SQL behind PgStore's session-family, security-trail and company-audit methods
// (migration 14).
#include <optional>
#include <string>
#include <vector>

#include "fieldledger_pg/conn.h"
#include "storage/audit_records.h"
#include "storage/records.h"
#include "storage/security_records.h"

namespace fieldledger::server::pg_security {

void InsertEvent(pg::Conn& conn, const SecurityEventRecord& e);
// A company's events, newest first, at most `limit`; company "" lists the events of
// unknown usernames.
std::vector<SecurityEventRecord> ListEvents(pg::Conn& conn, const std::string& company_id,
                                            int limit);

void InsertFamily(pg::Conn& conn, const SessionFamilyRecord& f);
std::optional<SessionFamilyRecord> FindFamily(pg::Conn& conn, const std::string& id);
std::optional<SessionFamilyRecord> FindFamilyByRefresh(pg::Conn& conn,
                                                       const std::string& refresh_sha256);
std::optional<std::string> FindFamilyOfRetired(pg::Conn& conn, const std::string& refresh_sha256);
void RotateRefresh(pg::Conn& conn, const std::string& family_id, const std::string& new_sha256,
                   TimeMs new_expires_ms, TimeMs now);
void EndFamily(pg::Conn& conn, const std::string& family_id, TimeMs now, const std::string& reason);
std::vector<SessionFamilyRecord> ListLiveFamilies(pg::Conn& conn, const std::string& company_id,
                                                  const std::string& user_id);
void DeleteSessionsOfUser(pg::Conn& conn, const std::string& user_id);
void SetUserDisabled(pg::Conn& conn, const std::string& user_id, bool disabled);

std::vector<AuditRecord> ListCompanyAudit(pg::Conn& conn, const std::string& company_id,
                                          const std::string& job_id, int limit);

}  // namespace fieldledger::server::pg_security
