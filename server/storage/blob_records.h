#pragma once
// Stored state of one blob upload (signature image, photo, report): keyed by company
// and SHA-256, so identical bytes are stored once per company and a company cannot
// learn which blobs another one holds.
#include <cstdint>
#include <string>

#include "fieldledger/core/time.h"

namespace fieldledger::server {

struct BlobRecord {
  std::string company_id;
  std::string sha256;
  std::string kind;
  std::string uploader_id;
  std::int64_t size = 0;
  std::int64_t received = 0;  // contiguous bytes held, from offset 0
  bool complete = false;      // received == size and the hash verified
  TimeMs created_ms = 0;
  TimeMs updated_ms = 0;
};

// Incomplete uploads held, counted by their declared sizes (the bytes they will hold).
struct PendingUploadTotals {
  std::int64_t company_count = 0;
  std::int64_t company_bytes = 0;
  std::int64_t uploader_count = 0;
  std::int64_t uploader_bytes = 0;
};

}  // namespace fieldledger::server
