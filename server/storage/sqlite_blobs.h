#pragma once
// The SQL behind the blob methods of SqliteStore's transaction (migration 3): upload
// progress in blob_uploads, the bytes as chunks in blob_chunks. Kept apart from
// sqlite_store.cpp so the blob code has one small home.
#include <optional>
#include <string>
#include <string_view>

#include "fieldledger_sqlite/db.h"
#include "storage/blob_records.h"

namespace fieldledger::server::sqlite_blobs {

std::optional<BlobRecord> Find(sql::Locked& conn, const std::string& company_id,
                               const std::string& sha256);
void Upsert(sql::Locked& conn, const BlobRecord& b);
void InsertChunk(sql::Locked& conn, const std::string& company_id, const std::string& sha256,
                 std::int64_t offset, std::string_view bytes);
std::string ReadBytes(sql::Locked& conn, const std::string& company_id, const std::string& sha256);
void DeleteChunks(sql::Locked& conn, const std::string& company_id, const std::string& sha256);
PendingUploadTotals SumPending(sql::Locked& conn, const std::string& company_id,
                               const std::string& uploader_id);
int DiscardPendingBefore(sql::Locked& conn, const std::string& company_id, TimeMs cutoff);

}  // namespace fieldledger::server::sqlite_blobs
