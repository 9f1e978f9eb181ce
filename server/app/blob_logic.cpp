#include "app/blob_logic.h"

#include "app/app_error.h"
#include "app/blob_content.h"
#include "fieldledger/core/sha256.h"

namespace fieldledger::server {
namespace {

bool IsSha256Hex(const std::string& s) {
  if (s.size() != 64) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

UploadOffset OffsetOf(const BlobRecord& b) { return {b.received, b.complete}; }

std::string MiB(std::int64_t bytes) { return std::to_string(bytes / (1024 * 1024)) + " MiB"; }

// A new upload must fit the pending-upload quotas of its uploader and company.
void RequireRoomFor(StoreTx& tx, const Caller& caller, std::int64_t size,
                    const BlobPolicy& policy) {
  const PendingUploadTotals t = tx.SumPendingUploads(caller.company_id, caller.user_id);
  auto refuse = [](const std::string& limit, const std::string& detail) {
    Fail(ErrorKind::kResourceExhausted, "[pending_uploads_exhausted] " + limit + ": " + detail +
                                            "; finish or let expire the uploads already started");
  };
  if (t.uploader_count + 1 > policy.max_pending_uploads_per_user) {
    refuse("max_pending_uploads_per_user",
           "this user already has " + std::to_string(t.uploader_count) + " of " +
               std::to_string(policy.max_pending_uploads_per_user) + " incomplete uploads");
  }
  if (t.uploader_bytes + size > policy.max_pending_bytes_per_user) {
    refuse("max_pending_bytes_per_user", "this user's incomplete uploads would hold more than " +
                                             MiB(policy.max_pending_bytes_per_user));
  }
  if (t.company_count + 1 > policy.max_pending_uploads_per_company) {
    refuse("max_pending_uploads_per_company",
           "the company already has " + std::to_string(t.company_count) + " of " +
               std::to_string(policy.max_pending_uploads_per_company) + " incomplete uploads");
  }
  if (t.company_bytes + size > policy.max_pending_bytes_per_company) {
    refuse("max_pending_bytes_per_company",
           "the company's incomplete uploads would hold more than " +
               MiB(policy.max_pending_bytes_per_company));
  }
}

// The stored record for this upload, created empty when absent (if the quotas leave
// room). A known hash declared with another size can only be a broken client: the bytes
// of one hash have one size.
BlobRecord FindOrStart(StoreTx& tx, const Caller& caller, const std::string& sha256,
                       std::int64_t size, const std::string& kind, const BlobPolicy& policy,
                       TimeMs now) {
  if (auto b = tx.FindBlob(caller.company_id, sha256)) {
    if (b->size != size) {
      Fail(ErrorKind::kInvalidArgument, "blob " + sha256 + " was started with size " +
                                            std::to_string(b->size) + ", not " +
                                            std::to_string(size));
    }
    return *b;
  }
  RequireRoomFor(tx, caller, size, policy);
  BlobRecord b{caller.company_id, sha256, kind, caller.user_id, size, 0, false, now, now};
  tx.UpsertBlob(b);
  return b;
}

}  // namespace

void BlobLogic::DiscardStale(const Caller& caller, TimeMs now) {
  store_.Write([&](StoreTx& tx) {
    tx.DiscardPendingUploadsBefore(caller.company_id, now - policy_.pending_upload_ttl_ms);
  });
}

void BlobLogic::CheckHeader(const BlobHeader& blob) const {
  if (blob.protocol_version < policy_.min_protocol_version) {
    Fail(ErrorKind::kFailedPrecondition,
         "this app speaks sync protocol " + std::to_string(blob.protocol_version) +
             " but the server needs at least " + std::to_string(policy_.min_protocol_version) +
             ": please update the app");
  }
  if (!IsSha256Hex(blob.sha256)) {
    Fail(ErrorKind::kInvalidArgument, "sha256 must be 64 lower-case hex characters");
  }
  if (blob.size <= 0 || blob.size > policy_.max_blob_bytes) {
    Fail(ErrorKind::kInvalidArgument, "blob size must be between 1 and " +
                                          std::to_string(policy_.max_blob_bytes) + " bytes; got " +
                                          std::to_string(blob.size));
  }
  if (!IsKnownBlobKind(blob.kind)) {
    Fail(ErrorKind::kInvalidArgument,
         "kind '" + blob.kind.substr(0, 32) +
             "' is not one of signature, signature_png, photo, report");
  }
  if (auto max = MaxBytesOfKind(blob.kind); max && blob.size > *max) {
    Fail(ErrorKind::kInvalidArgument, "a " + blob.kind + " blob holds at most " +
                                          std::to_string(*max) + " bytes; got " +
                                          std::to_string(blob.size));
  }
}

UploadOffset BlobLogic::GetUploadOffset(const Caller& caller, const BlobHeader& blob, TimeMs now) {
  CheckHeader(blob);
  DiscardStale(caller, now);
  UploadOffset out;
  store_.Write([&](StoreTx& tx) {
    out = OffsetOf(FindOrStart(tx, caller, blob.sha256, blob.size, blob.kind, policy_, now));
  });
  return out;
}

ChunkOutcome BlobLogic::UploadChunk(const Caller& caller, const BlobChunk& chunk, TimeMs now) {
  const BlobHeader& blob = chunk.blob;
  CheckHeader(blob);
  const auto len = static_cast<std::int64_t>(chunk.data.size());
  if (len == 0 || len > policy_.max_chunk_bytes) {
    Fail(ErrorKind::kInvalidArgument, "a chunk holds 1 to " +
                                          std::to_string(policy_.max_chunk_bytes) + " bytes; got " +
                                          std::to_string(len));
  }
  // offset is device input: offset + len could overflow, size - len cannot (size and len
  // are bounded above).
  if (chunk.offset < 0 || chunk.offset > blob.size - len) {
    // Worded without offset + len, which is what could overflow.
    Fail(ErrorKind::kInvalidArgument,
         "a chunk of " + std::to_string(len) + " bytes at offset " + std::to_string(chunk.offset) +
             " lies outside the blob of " + std::to_string(blob.size) + " bytes");
  }
  if (chunk.last != (chunk.offset + len == blob.size)) {
    Fail(ErrorKind::kInvalidArgument, "'last' must be set on, and only on, the final chunk");
  }
  DiscardStale(caller, now);
  ChunkOutcome out;
  store_.Write([&](StoreTx& tx) {
    BlobRecord b = FindOrStart(tx, caller, blob.sha256, blob.size, blob.kind, policy_, now);
    // A retried chunk the server already holds (its ack was lost) is acknowledged
    // again, never stored twice.
    if (b.complete || chunk.offset + len <= b.received) {
      out.offset = OffsetOf(b);
      return;
    }
    if (chunk.offset != b.received) {
      Fail(ErrorKind::kFailedPrecondition,
           "chunk at offset " + std::to_string(chunk.offset) + " but the server holds " +
               std::to_string(b.received) + " bytes of " + blob.sha256 + "; resume from there");
    }
    tx.InsertBlobChunk(b.company_id, b.sha256, chunk.offset, chunk.data);
    b.received += len;
    b.updated_ms = now;
    if (b.received == b.size) {
      const std::string bytes = tx.ReadBlobBytes(b.company_id, b.sha256);
      const std::string refused =
          Sha256Hex(bytes) == b.sha256 ? CheckBlobContent(b.kind, bytes) : "";
      if (Sha256Hex(bytes) == b.sha256 && refused.empty()) {
        b.complete = true;
      } else if (!refused.empty()) {
        // Whole and intact, but not what its kind says: never held as complete.
        tx.DeleteBlobChunks(b.company_id, b.sha256);
        b.received = 0;
        out.content_refused = true;
        out.message = "blob " + b.sha256 + " was refused: " + refused;
      } else {
        // Which chunk was wrong cannot be known: discard them all, start over from 0.
        tx.DeleteBlobChunks(b.company_id, b.sha256);
        b.received = 0;
        out.hash_mismatch = true;
        out.message = "the uploaded bytes do not hash to " + b.sha256 +
                      "; the partial upload was discarded, upload again from offset 0";
      }
    }
    tx.UpsertBlob(b);
    out.offset = OffsetOf(b);
  });
  return out;
}

}  // namespace fieldledger::server
