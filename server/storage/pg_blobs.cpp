#include "storage/pg_blobs.h"

namespace fieldledger::server::pg_blobs {

std::optional<BlobRecord> Find(pg::Conn& conn, const std::string& company_id,
                               const std::string& sha256) {
  auto s = conn.Cached(
      "SELECT company_id, sha256, kind, uploader_id, size, received, complete, "
      "created_ms, updated_ms FROM blob_uploads WHERE company_id = $1 AND sha256 = $2");
  s.Bind(company_id, sha256);
  if (!s.Step()) return std::nullopt;
  BlobRecord b;
  b.company_id = s.Text(0);
  b.sha256 = s.Text(1);
  b.kind = s.Text(2);
  b.uploader_id = s.Text(3);
  b.size = s.Int(4);
  b.received = s.Int(5);
  b.complete = s.Int(6) != 0;
  b.created_ms = s.Int(7);
  b.updated_ms = s.Int(8);
  return b;
}

void Upsert(pg::Conn& conn, const BlobRecord& b) {
  conn.Cached(
          "INSERT INTO blob_uploads (company_id, sha256, kind, uploader_id, size, received, "
          "complete, created_ms, updated_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
          "ON CONFLICT (company_id, sha256) DO UPDATE SET kind = excluded.kind, "
          "uploader_id = excluded.uploader_id, size = excluded.size, "
          "received = excluded.received, complete = excluded.complete, "
          "updated_ms = excluded.updated_ms")
      .Bind(b.company_id, b.sha256, b.kind, b.uploader_id, b.size, b.received, b.complete,
            b.created_ms, b.updated_ms)
      .Run();
}

void InsertChunk(pg::Conn& conn, const std::string& company_id, const std::string& sha256,
                 std::int64_t offset, std::string_view bytes) {
  conn.Cached(
          "INSERT INTO blob_chunks (company_id, sha256, chunk_offset, bytes) VALUES ($1, $2, $3, "
          "$4)")
      .Bind(company_id, sha256, offset, pg::Bytes{bytes})
      .Run();
}

std::string ReadBytes(pg::Conn& conn, const std::string& company_id, const std::string& sha256) {
  auto s = conn.Cached(
      "SELECT bytes FROM blob_chunks WHERE company_id = $1 AND sha256 = $2 "
      "ORDER BY chunk_offset");
  s.Bind(company_id, sha256);
  std::string out;
  while (s.Step()) out += s.BlobBytes(0);
  return out;
}

void DeleteChunks(pg::Conn& conn, const std::string& company_id, const std::string& sha256) {
  conn.Cached("DELETE FROM blob_chunks WHERE company_id = $1 AND sha256 = $2")
      .Bind(company_id, sha256)
      .Run();
}

PendingUploadTotals SumPending(pg::Conn& conn, const std::string& company_id,
                               const std::string& uploader_id) {
  // SUM over a bigint is numeric in PostgreSQL; its text reads as an integer all the same.
  auto s = conn.Cached(
      "SELECT COUNT(*), COALESCE(SUM(size), 0), COUNT(*) FILTER (WHERE uploader_id = $1), "
      "COALESCE(SUM(size) FILTER (WHERE uploader_id = $1), 0) "
      "FROM blob_uploads WHERE company_id = $2 AND complete = 0");
  s.Bind(uploader_id, company_id);
  PendingUploadTotals t;
  if (s.Step()) t = {s.Int(0), s.Int(1), s.Int(2), s.Int(3)};
  return t;
}

int DiscardPendingBefore(pg::Conn& conn, const std::string& company_id, TimeMs cutoff) {
  conn.Cached(
          "DELETE FROM blob_chunks WHERE company_id = $1 AND sha256 IN (SELECT sha256 FROM "
          "blob_uploads WHERE company_id = $1 AND complete = 0 AND updated_ms < $2)")
      .Bind(company_id, cutoff)
      .Run();
  return static_cast<int>(
      conn.Cached(
              "DELETE FROM blob_uploads WHERE company_id = $1 AND complete = 0 AND updated_ms < $2")
          .Bind(company_id, cutoff)
          .Run());
}

}  // namespace fieldledger::server::pg_blobs
