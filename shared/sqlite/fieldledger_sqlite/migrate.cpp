#include "fieldledger_sqlite/migrate.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <set>

namespace fieldledger::sql {

int ApplyMigrations(Db& db, const std::vector<Migration>& migrations) {
  db.Exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
      "description TEXT NOT NULL, applied_ms BIGINT NOT NULL)");
  std::set<int> applied;
  {
    Stmt q(db, "SELECT version FROM schema_migrations");
    while (q.Step()) applied.insert(static_cast<int>(q.Int(0)));
  }
  int current = applied.empty() ? 0 : *applied.rbegin();
  const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count();
  for (const auto& m : migrations) {
    if (applied.contains(m.version)) continue;
    Transaction tx(db);
    db.Exec(m.sql);
    Stmt(db, "INSERT INTO schema_migrations VALUES (?, ?, ?)")
        .Bind(m.version, m.description, static_cast<std::int64_t>(now))
        .Run();
    tx.Commit();
    current = std::max(current, m.version);
  }
  return current;
}

}  // namespace fieldledger::sql
