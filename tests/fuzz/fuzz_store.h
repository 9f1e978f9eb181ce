#pragma once
// The server's store as the fuzz targets meet it: SQLite in memory, migrated, with one
// company, one technician and one job, rebuilt every kInputsPerStore inputs so a long run
// does not grow without bound. No gtest here: a fuzz target is its own program.
#include <memory>
#include <string>

#include "auth/caller.h"
#include "fieldledger/core/time.h"
#include "storage/sqlite_store.h"

namespace fieldledger::fuzz {

// 2026-03-02T10:00:00Z: the instant every request is handled at.
inline constexpr TimeMs kNow = 1'772'409'600'000 + 10 * kHourMs;

class FuzzStore {
 public:
  static constexpr int kInputsPerStore = 5'000;

  // The store to handle the next input with.
  server::Store& Next() {
    if (!store_ || ++inputs_ >= kInputsPerStore) {
      store_.reset();
      store_ = Fresh();
      inputs_ = 0;
    }
    return *store_;
  }
  static server::Caller Technician() {
    return server::Caller{"tech1", "acme", "Tess Tech", "north", Role::kTechnician};
  }

 private:
  static std::unique_ptr<server::SqliteStore> Fresh() {
    auto store = std::make_unique<server::SqliteStore>(":memory:", 0);
    store->Write([](server::StoreTx& tx) {
      tx.InsertCompany({"acme", "Acme Service", "UTC", kNow - kDayMs});
      tx.InsertTeam({"north", "acme", "North"});
      // No one signs in during fuzzing: the hash is never checked.
      tx.InsertUser({"tech1", "acme", "tech1", "Tess Tech", Role::kTechnician, "north", "unused",
                     false, kNow - kDayMs});
      server::JobRecord j;
      j.id = "j1";
      j.company_id = "acme";
      j.reference = "REF-1";
      j.customer_name = "Customer";
      j.address = "1 Renmin Ave";
      j.latitude = 31.2304;
      j.longitude = 121.4737;
      j.window = {kNow - kHourMs, kNow + kHourMs};
      j.technician_id = "tech1";
      j.created_ms = j.updated_ms = kNow - kDayMs;
      tx.InsertJob(j);
      tx.AppendJobChange("j1", "tech1");
    });
    return store;
  }
  std::unique_ptr<server::SqliteStore> store_;
  int inputs_ = 0;
};

}  // namespace fieldledger::fuzz
