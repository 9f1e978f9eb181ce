#pragma once
// Opens the store a --db argument names, for fieldledger-server and fieldledger-admin:
//   postgresql://... or postgres://...  PostgreSQL (PgStore; a libpq connection URI)
//   sqlite:FILE                          SQLite file FILE (SqliteStore)
//   anything else                        a SQLite file path, as before --db took URIs
// Either store is migrated to the latest schema on open.
#include <functional>
#include <memory>
#include <string>

#include "storage/store.h"

namespace fieldledger::server {

struct OpenedStore {
  std::unique_ptr<Store> store;
  int schema_version = 0;
  // Whether the database takes a write now (SqliteStore/PgStore::ProbeWritable), for the
  // server's health.
  std::function<bool()> probe_writable;
  // For logs: "SQLite file X" or "PostgreSQL <uri without its password>".
  std::string description;
  // Whether other server instances may share this database (PostgreSQL): the server then
  // follows their board changes (ServerOptions::board_follow_interval).
  bool shared = false;
};

// Throws std::invalid_argument for a PostgreSQL URI when this build has no libpq, and
// whatever the store throws when it cannot open or migrate the database.
OpenedStore OpenStore(const std::string& db);

// The URI with the password (user:PASSWORD@ or password=...) replaced by "***".
std::string RedactedUri(const std::string& uri);

}  // namespace fieldledger::server
