#pragma once
// Uploads the device's pending blobs (signatures, photos) before the events that
// reference them are pushed: asks the server where each upload stands, sends the rest
// in chunks and records progress locally, so an interrupted upload resumes where the
// server says it stopped. See docs/sync.md, "Blobs".
#include <string>

#include "fieldledger/v1/blobs.grpc.pb.h"
#include "local_store.h"
#include "transport.h"

namespace fieldledger::device {

struct BlobUploadReport {
  bool ok = true;
  grpc::Status status;     // the failure that ended the pass, when !ok
  int uploaded = 0;        // blobs confirmed complete in this pass
  std::int64_t bytes = 0;  // bytes sent in this pass
  int refused = 0;         // blobs the server refused for good (e.g. too large)
  int hash_mismatches = 0;
};

class BlobUploader {
 public:
  static constexpr int kProtocolVersion = 1;
  static constexpr std::int64_t kChunkBytes = 256 * 1024;

  BlobUploader(LocalStore& store, v1::BlobService::StubInterface& stub,
               TransportOptions options = {})
      : store_(store), stub_(stub), options_(options) {}

  // Stops at the first transport failure (the next pass resumes); a blob the server
  // refuses for good is skipped so that it cannot hold the outbox back forever.
  BlobUploadReport UploadAll(const std::string& token);

  std::int64_t chunk_bytes = kChunkBytes;

 private:
  // Returns OK when the blob is complete on the server.
  grpc::Status UploadOne(const std::string& token, const PendingBlob& blob,
                         BlobUploadReport& report);

  LocalStore& store_;
  v1::BlobService::StubInterface& stub_;
  TransportOptions options_;
};

}  // namespace fieldledger::device
