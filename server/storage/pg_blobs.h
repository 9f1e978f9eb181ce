#pragma once
// The SQL behind the blob methods of PgStore's transaction (migration 3): upload
// progress in blob_uploads, the bytes as chunks in blob_chunks. Kept apart from
// pg_store.cpp so the blob code has one small home.
#include <optional>
#include <string>
#include <string_view>

#include "fieldledger_pg/conn.h"
#include "storage/blob_records.h"

namespace fieldledger::server::pg_blobs {

std::optional<BlobRecord> Find(pg::Conn& conn, const std::string& company_id,
                               const std::string& sha256);
void Upsert(pg::Conn& conn, const BlobRecord& b);
void InsertChunk(pg::Conn& conn, const std::string& company_id, const std::string& sha256,
                 std::int64_t offset, std::string_view bytes);
std::string ReadBytes(pg::Conn& conn, const std::string& company_id, const std::string& sha256);
void DeleteChunks(pg::Conn& conn, const std::string& company_id, const std::string& sha256);
PendingUploadTotals SumPending(pg::Conn& conn, const std::string& company_id,
                               const std::string& uploader_id);
int DiscardPendingBefore(pg::Conn& conn, const std::string& company_id, TimeMs cutoff);

}  // namespace fieldledger::server::pg_blobs
