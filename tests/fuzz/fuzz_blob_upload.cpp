// libFuzzer target: the resumable blob upload path (offset queries and chunks, the hash
// check on the last chunk, then the content check of the blob's kind) against a real
// in-memory SQLite store. The input is a sequence of requests, each a one-byte tag and a
// two-byte length before its serialized message; tag bit 0 picks the request type and
// bit 1 replaces the chunk's sha256 by the true hash of its data, so the fuzzer reaches the
// content checks that a wrong hash would stop. Only AppError may be thrown.
#include <cstddef>
#include <cstdint>

#include "app/app_error.h"
#include "app/blob_logic.h"
#include "fieldledger/core/sha256.h"
#include "fuzz_store.h"
#include "rpc/blob_convert.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace fieldledger;
  static fuzz::FuzzStore stores;
  server::BlobLogic blobs(stores.Next());
  const auto caller = fuzz::FuzzStore::Technician();
  std::size_t at = 0;
  while (at + 3 <= size) {
    const std::uint8_t tag = data[at];
    const std::size_t len = std::size_t{data[at + 1]} << 8 | data[at + 2];
    at += 3;
    const std::size_t take = len < size - at ? len : size - at;
    const auto* body = data + at;
    at += take;
    try {
      if ((tag & 1) == 0) {
        v1::GetUploadOffsetRequest req;
        if (!req.ParseFromArray(body, static_cast<int>(take))) continue;
        blobs.GetUploadOffset(caller, server::FromProto(req), fuzz::kNow);
      } else {
        v1::UploadChunkRequest req;
        if (!req.ParseFromArray(body, static_cast<int>(take))) continue;
        if (tag & 2) req.set_sha256(Sha256Hex(req.data()));
        blobs.UploadChunk(caller, server::FromProto(req), fuzz::kNow);
      }
    } catch (const server::AppError&) {
      // refused precisely; the next request goes on against the same store
    }
  }
  return 0;
}
