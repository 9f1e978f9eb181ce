#pragma once
// The embedded SQLite implementation of Store: one connection in WAL mode, used under
// its lock (SQLite allows one writer at a time anyway). Statements are prepared once per
// connection and cached (sql::Locked::Cached).
#include <memory>
#include <string>

#include "fieldledger_sqlite/db.h"
#include "storage/store.h"

namespace fieldledger::server {

class SqliteStore final : public Store {
 public:
  // Opens (creating if needed) and migrates the database at path; ":memory:" works.
  explicit SqliteStore(const std::string& path);
  ~SqliteStore() override;

  void Write(const std::function<void(StoreTx&)>& fn) override;
  void Read(const std::function<void(StoreTx&)>& fn) override;
  std::int64_t ExternalWrites() override;

  int schema_version() const { return schema_version_; }

 private:
  class Tx;
  sql::Db db_;
  int schema_version_ = 0;
};

}  // namespace fieldledger::server
