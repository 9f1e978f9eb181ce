#pragma once
// Thrown by a store when the database could not run a transaction for a reason that
// passes: it cannot be reached, it is restarting, it is out of resources, or the
// transaction collided with another and was rolled back. The same call may succeed when
// tried again later, so the Gate (rpc/gate.cpp) answers UNAVAILABLE, naming the cause.
// Failures that retrying cannot cure (a constraint our own code broke, bad SQL) are not
// this: they keep the store's own exception type and are answered INTERNAL.
//
// PgStore throws it (storage/pg_store.cpp, from the SQLSTATE). SqliteStore does not:
// SQLite's busy and unwritable cases are mapped from sql::SqliteError by the Gate.
#include <stdexcept>
#include <string>

namespace fieldledger::server {

class StoreUnavailable : public std::runtime_error {
 public:
  enum class Cause {
    kConnectionLost,  // the database cannot be reached, or the connection dropped
    kRestarting,      // the database is shutting down, restarting or still starting
    kOutOfResources,  // disk full, out of memory, too many connections
    kConflict,        // rolled back because it collided with another transaction
  };
  // `detail` is for the server's log (it may name SQL); never sent to a caller.
  StoreUnavailable(Cause cause, const std::string& detail)
      : std::runtime_error(detail), cause_(cause) {}
  Cause cause() const { return cause_; }

 private:
  Cause cause_;
};

}  // namespace fieldledger::server
