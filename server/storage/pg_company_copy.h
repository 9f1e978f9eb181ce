#pragma once
// One company from a SQLite file into a PostgreSQL database that may already hold other
// companies (fieldledger-admin copy-to-postgresql --company ID), then verified over that
// company's rows only: per table the row count and the checksum of storage/pg_copy.h.
//
// A company's rows: in a table with a company_id column, the rows with its id (companies:
// its own row); in the tables without one, the rows that hang off its rows: sessions,
// devices, events and event_rejections by user; job_changes, excusals and excusal_log by
// job; published_figures and published_pay by publication; retired_refresh_tokens by
// session family. No other (global) row is needed. Not copied: login_failures (sign-in
// throttle counts, keyed by address and account, not by company) and health_probe (the
// server's write probe); a table the rules do not name is refused, so a new table cannot
// be skipped unnoticed.
//
// Numbered columns (the seq of logs and feeds) are renumbered in the target: the rows keep
// their order, after every seq the target or the SQLite file has handed out, so a phone's
// pull cursor from the old server never passes one of the company's rows (it may pull some
// again, which is harmless). The checksum therefore counts a numbered column as the row's
// position in that order, on both sides.
#include <string>
#include <vector>

#include "storage/pg_copy.h"

namespace fieldledger::server {

// Migrates both databases, refuses (std::runtime_error, nothing copied) when the SQLite
// file lacks the company, when the target already has it, when one of its usernames is
// taken in the target, or when the target lacks a migration the file has; copies the
// company's rows in one transaction holding PgStore's write lock (running instances wait
// for it), and returns VerifyCompanyCopy's result. A row whose key the target already has
// fails the whole copy with the table named.
std::vector<TableCheck> CopyCompanyToPg(const std::string& sqlite_path, const std::string& pg_uri,
                                        const std::string& company_id);

// Compares the company's rows of every table on both sides, changing nothing.
std::vector<TableCheck> VerifyCompanyCopy(const std::string& sqlite_path, const std::string& pg_uri,
                                          const std::string& company_id);

}  // namespace fieldledger::server
