// libFuzzer target: a sync Push, the request a hostile phone controls most, through the
// server's application logic against a real (in-memory) SQLite store. Any bytes that parse
// as a PushRequest must be answered (acks) or refused with an AppError; anything else
// thrown or any crash is a defect.
#include <cstddef>
#include <cstdint>

#include "app/app_error.h"
#include "app/sync_logic.h"
#include "fuzz_store.h"
#include "rpc/sync_convert.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace fieldledger;
  static fuzz::FuzzStore stores;
  fieldledger::v1::PushRequest req;
  if (!req.ParseFromArray(data, static_cast<int>(size))) return 0;
  server::SyncLogic sync(stores.Next());
  try {
    // Converted as SyncService converts it, so the conversion is fuzzed too.
    sync.Push(fuzz::FuzzStore::Technician(), server::FromWire(req), fuzz::kNow);
  } catch (const server::AppError&) {
    // A precise refusal: what the RPC layer turns into a status.
  }
  return 0;
}
