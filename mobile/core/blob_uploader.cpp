#include "blob_uploader.h"

namespace fieldledger::device {
namespace {

// Errors that say this blob itself will never be accepted; anything else is the
// network or the server having a bad moment, and a later pass retries.
bool RefusedForGood(grpc::StatusCode code) {
  return code == grpc::StatusCode::INVALID_ARGUMENT || code == grpc::StatusCode::PERMISSION_DENIED;
}

}  // namespace

grpc::Status BlobUploader::UploadOne(const std::string& token, const PendingBlob& blob,
                                     BlobUploadReport& report) {
  auto bytes = store_.BlobBytes(blob.sha256);
  if (!bytes) return {grpc::StatusCode::NOT_FOUND, "blob " + blob.sha256 + " vanished locally"};
  const auto size = static_cast<std::int64_t>(bytes->size());

  v1::GetUploadOffsetRequest ask;
  ask.set_protocol_version(kProtocolVersion);
  ask.set_sha256(blob.sha256);
  ask.set_size(size);
  ask.set_kind(blob.kind);
  v1::UploadOffset at;
  {
    grpc::ClientContext ctx;
    PrepareContext(ctx, token, options_);
    grpc::Status s = stub_.GetUploadOffset(&ctx, ask, &at);
    if (!s.ok()) return s;
  }
  // Each chunk is bounded, and so is the loop: one pass sends each byte at most once.
  const std::int64_t max_calls = size / std::max<std::int64_t>(chunk_bytes, 1) + 2;
  for (std::int64_t call = 0; !at.complete() && call < max_calls; ++call) {
    store_.SetBlobProgress(blob.sha256, at.offset(), false);
    const std::int64_t offset = at.offset();
    if (offset < 0 || offset >= size) {
      return {grpc::StatusCode::INTERNAL, "server offset out of range for " + blob.sha256};
    }
    const std::int64_t len = std::min(chunk_bytes, size - offset);
    v1::UploadChunkRequest req;
    req.set_protocol_version(kProtocolVersion);
    req.set_sha256(blob.sha256);
    req.set_size(size);
    req.set_kind(blob.kind);
    req.set_offset(offset);
    req.set_data(bytes->substr(static_cast<std::size_t>(offset), static_cast<std::size_t>(len)));
    req.set_last(offset + len == size);
    grpc::ClientContext ctx;
    PrepareContext(ctx, token, options_);
    v1::UploadOffset next;
    grpc::Status s = stub_.UploadChunk(&ctx, req, &next);
    if (s.error_code() == grpc::StatusCode::DATA_LOSS) {
      // The server discarded the partial upload; start again from 0 next pass.
      ++report.hash_mismatches;
      store_.SetBlobProgress(blob.sha256, 0, false);
      return s;
    }
    if (!s.ok()) return s;
    report.bytes += len;
    at = next;
  }
  if (!at.complete()) return {grpc::StatusCode::ABORTED, "upload of " + blob.sha256 + " stalled"};
  store_.SetBlobProgress(blob.sha256, size, true);
  ++report.uploaded;
  return grpc::Status::OK;
}

BlobUploadReport BlobUploader::UploadAll(const std::string& token) {
  BlobUploadReport report;
  for (const auto& blob : store_.PendingBlobs()) {
    grpc::Status s = UploadOne(token, blob, report);
    if (s.ok()) continue;
    if (RefusedForGood(s.error_code())) {
      ++report.refused;
      continue;
    }
    report.ok = false;
    report.status = s;
    return report;
  }
  return report;
}

}  // namespace fieldledger::device
