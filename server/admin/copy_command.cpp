#include "admin/copy_command.h"

#include <iomanip>
#include <ostream>

#ifdef FIELDLEDGER_HAVE_PG
#include "storage/open_store.h"
#include "storage/pg_company_copy.h"
#include "storage/pg_copy.h"
#endif

namespace fieldledger::server::admin {

int CopyToPostgresql(const std::string& sqlite_db, const Args& args, std::ostream& out,
                     std::ostream& err) {
#ifdef FIELDLEDGER_HAVE_PG
  const std::string file = sqlite_db.rfind("sqlite:", 0) == 0 ? sqlite_db.substr(7) : sqlite_db;
  const std::string& uri = args.Get("to");
  const bool verify_only = args.Has("verify-only");
  std::vector<TableCheck> checks;
  std::string what = "copy";
  if (args.Has("company")) {
    const std::string& company = args.Get("company");
    checks =
        verify_only ? VerifyCompanyCopy(file, uri, company) : CopyCompanyToPg(file, uri, company);
    what = "copy of company " + company;
  } else {
    checks = verify_only ? VerifyCopy(file, uri) : CopySqliteToPg(file, uri);
  }
  bool all_ok = true;
  out << std::left << std::setw(26) << "table" << std::right << std::setw(10) << "sqlite"
      << std::setw(12) << "postgresql"
      << "  checksum          result\n";
  for (const auto& c : checks) {
    all_ok = all_ok && c.ok();
    out << std::left << std::setw(26) << c.table << std::right << std::setw(10) << c.source_rows
        << std::setw(12) << c.target_rows << "  " << c.source_sum << "  "
        << (c.ok() ? "ok" : "DIFFERS (postgresql " + c.target_sum + ")") << "\n";
  }
  out << what << (all_ok ? " verified: " : " differs: ") << checks.size() << " tables, " << file
      << " -> " << RedactedUri(uri) << "\n";
  return all_ok ? 0 : 1;
#else
  (void)sqlite_db;
  (void)args;
  (void)out;
  err << "copy-to-postgresql: this build has no PostgreSQL support (install libpq-dev)\n";
  return 2;
#endif
}

}  // namespace fieldledger::server::admin
