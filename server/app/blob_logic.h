#pragma once
// Resumable, content-addressed blob uploads (signature images, photos, reports). The
// server holds the contiguous bytes received so far; a device resumes from that offset
// after any interruption, and the SHA-256 of the whole blob is verified on the last
// chunk. See docs/sync.md, "Blobs".
#include <string_view>

#include "auth/caller.h"
#include "storage/store.h"

namespace fieldledger::server {

struct BlobPolicy {
  int min_protocol_version = 1;
  std::int64_t max_blob_bytes = 8 * 1024 * 1024;
  std::int64_t max_chunk_bytes = 256 * 1024;
  // Incomplete uploads, counted when a new one would start (by declared size): one
  // uploader and one company may hold at most this many, of at most these bytes. A phone
  // holds a few signatures and photos per visit; these leave room for a week offline.
  std::int64_t max_pending_uploads_per_user = 50;
  std::int64_t max_pending_bytes_per_user = 128LL * 1024 * 1024;
  std::int64_t max_pending_uploads_per_company = 2000;
  std::int64_t max_pending_bytes_per_company = 2048LL * 1024 * 1024;
  // An incomplete upload not touched for this long is discarded (chunks too) by the next
  // upload call of its company; the phone then starts it again from offset 0.
  DurationMs pending_upload_ttl_ms = 72 * kHourMs;
};

// The blob an upload call is about, as the device declares it.
struct BlobHeader {
  int protocol_version = 0;
  std::string sha256;  // 64 lower-case hex characters: the whole blob's
  std::int64_t size = 0;
  std::string kind;  // signature, signature_png, photo, report
};

struct BlobChunk {
  BlobHeader blob;
  std::int64_t offset = 0;
  std::string_view data;  // the caller's bytes, read during the call only
  bool last = false;      // set on, and only on, the final chunk
};

// Where an upload stands: the contiguous bytes the server holds.
struct UploadOffset {
  std::int64_t offset = 0;
  bool complete = false;
};

// What an UploadChunk did. A hash mismatch is not thrown: its discard of the partial
// upload must be committed, and the gRPC layer reports it as DATA_LOSS.
struct ChunkOutcome {
  UploadOffset offset;
  bool hash_mismatch = false;
  // The bytes hash right but are not what their kind says (blob_content.h): discarded
  // like a mismatch, reported as INVALID_ARGUMENT so the device does not send them again.
  bool content_refused = false;
  std::string message;
};

class BlobLogic {
 public:
  explicit BlobLogic(Store& store, BlobPolicy policy = {}) : store_(store), policy_(policy) {}

  // Throws AppError for a malformed request.
  UploadOffset GetUploadOffset(const Caller& caller, const BlobHeader& blob, TimeMs now);
  // Throws AppError for a malformed request or a chunk at the wrong offset
  // (FAILED_PRECONDITION: ask GetUploadOffset again).
  ChunkOutcome UploadChunk(const Caller& caller, const BlobChunk& chunk, TimeMs now);

  const BlobPolicy& policy() const { return policy_; }

 private:
  // Discards the company's incomplete uploads older than the policy's ttl, in its own
  // transaction, so a later refusal does not undo it.
  void DiscardStale(const Caller& caller, TimeMs now);
  void CheckHeader(const BlobHeader& blob) const;
  Store& store_;
  BlobPolicy policy_;
};

}  // namespace fieldledger::server
