#include "storage/open_store.h"

#include <stdexcept>

#include "storage/sqlite_store.h"
#ifdef FIELDLEDGER_HAVE_PG
#include "storage/pg_store.h"
#endif

namespace fieldledger::server {
namespace {

bool StartsWith(const std::string& s, std::string_view prefix) {
  return s.compare(0, prefix.size(), prefix) == 0;
}

}  // namespace

std::string RedactedUri(const std::string& uri) {
  std::string out = uri;
  const auto scheme = out.find("://");
  if (scheme != std::string::npos) {
    const auto start = scheme + 3;
    const auto at = out.find('@', start);
    const auto slash = out.find('/', start);
    if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
      const auto colon = out.find(':', start);
      if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "***");
    }
  }
  const auto pw = out.find("password=");
  if (pw != std::string::npos) {
    const auto value = pw + 9;
    const auto end = out.find_first_of("& ", value);
    out.replace(value, (end == std::string::npos ? out.size() : end) - value, "***");
  }
  return out;
}

OpenedStore OpenStore(const std::string& db) {
  OpenedStore out;
  if (StartsWith(db, "postgresql://") || StartsWith(db, "postgres://")) {
#ifdef FIELDLEDGER_HAVE_PG
    auto store = std::make_unique<PgStore>(db);
    out.schema_version = store->schema_version();
    out.probe_writable = [s = store.get()] { return s->ProbeWritable(); };
    out.store = std::move(store);
    out.description = "PostgreSQL " + RedactedUri(db);
    out.shared = true;
    return out;
#else
    throw std::invalid_argument(
        "this build has no PostgreSQL support (install libpq-dev and reconfigure)");
#endif
  }
  const std::string path = StartsWith(db, "sqlite:") ? db.substr(7) : db;
  auto store = std::make_unique<SqliteStore>(path);
  out.schema_version = store->schema_version();
  out.probe_writable = [s = store.get()] { return s->ProbeWritable(); };
  out.store = std::move(store);
  out.description = "SQLite file " + path;
  return out;
}

}  // namespace fieldledger::server
