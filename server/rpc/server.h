#pragma once
// Composes storage, logic and services into a running gRPC server. Used by
// fieldledger-server and by the end-to-end tests, which start it on a free port.
#include <grpcpp/grpcpp.h>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "auth/login_throttle.h"
#include "auth/sessions.h"
#include "fieldledger/pay/pay_policy.h"
#include "fieldledger/scoring/policy.h"
#include "fieldledger/service_policy/policy.h"
#include "rpc/gate.h"
#include "rpc/lifecycle.h"
#include "rpc/transport_security.h"
#include "storage/store.h"

namespace fieldledger::server {

class Metrics;  // rpc/metrics.h

struct ServerOptions {
  std::string listen_address = "127.0.0.1:50051";  // port 0 picks a free port
  // TLS certificate and key, or an explicit plaintext opt-in on loopback; Start() throws
  // when neither is given (rpc/transport_security.h).
  TransportSecurity security;
  Clock clock = SystemNowMs;
  scoring::ScoringPolicy scoring_policy;  // the built-in defaults unless a file is given
  pay::PayPolicy pay_policy = pay::DefaultPayPolicy();  // the manager's pay figures
  // Company fee and warranty policies besides the built-in default, to check the fees
  // devices report against (docs/service-policy.md).
  std::vector<std::pair<service_policy::Policy, std::string>> service_policies;  // with TOML
  // Sign-in throttling (auth/login_throttle.h) and the bound on password hashing in
  // flight (auth/hash_slots.h): 4 slots of 19 MiB each hold the hashing under 80 MiB.
  ThrottlePolicy login_throttle;
  // Access tokens live 15 minutes, refresh tokens 30 days (auth/sessions.h).
  SessionLifetimes session_lifetimes;
  int hash_slots = 4;
  std::chrono::milliseconds hash_slot_wait{2'000};
  // Operations (docs/reliability.md): a write to the database that tells whether it can
  // be written (SqliteStore::ProbeWritable); while it cannot, health is NOT_SERVING and
  // this probe runs every `storage_probe_interval` until it succeeds.
  std::function<bool()> storage_probe;
  std::chrono::milliseconds storage_probe_interval{1000};
  // At most this many threads serve calls (grpc::ResourceQuota); calls beyond them are
  // refused with RESOURCE_EXHAUSTED ("Server Threadpool Exhausted"), which the phone
  // retries later, instead of a thread each. A push holds its thread until its group
  // commit: 32 refused pushes from 100 devices at once, 128 still from 500; 512 serves
  // 500 devices pushing at once (scripts/bench, docs/operations.md).
  int max_threads = 512;
  // Shutdown: how long calls under way may take to finish before they are cancelled.
  std::chrono::milliseconds drain_deadline{5000};
  // When set, every call is counted and timed into it (Prometheus, --metrics-port).
  Metrics* metrics = nullptr;
  // When above zero, open dispatcher boards also hear of changes committed by other
  // server instances on the same database: the board change log is read this often
  // (app/board_follower.h). fieldledger-server sets it for PostgreSQL; 0: not followed.
  std::chrono::milliseconds board_follow_interval{0};
};

struct BlobParts;        // rpc/blob_service.h
struct ManagerParts;     // rpc/manager_service.h
struct AssessmentParts;  // rpc/assessment_service.h
struct AttendanceParts;  // rpc/attendance_service.h
struct StaffParts;       // rpc/staff_service.h
class BoardFollower;     // app/board_follower.h

class FieldLedgerServer {
 public:
  explicit FieldLedgerServer(Store& store, ServerOptions options = {});
  ~FieldLedgerServer();

  // Starts serving; returns the bound port. Throws if the address cannot be bound.
  int Start();
  void Wait();
  // Graceful: new calls get UNAVAILABLE, calls under way finish (up to drain_deadline),
  // then the server stops at once; idle connections do not hold it up.
  void Shutdown();
  ServerLifecycle& lifecycle() { return lifecycle_; }

 private:
  struct Parts;
  Store& store_;
  ServerOptions options_;
  std::unique_ptr<Parts> parts_;
  std::unique_ptr<BlobParts> blobs_;
  std::unique_ptr<ManagerParts> manager_;
  std::unique_ptr<AssessmentParts> assessment_;
  std::unique_ptr<AttendanceParts> attendance_;
  std::unique_ptr<StaffParts> staff_;
  std::unique_ptr<BoardFollower> board_follower_;
  std::unique_ptr<grpc::Server> server_;
  ServerLifecycle lifecycle_;
  // Re-probes an unwritable database until it can be written again.
  void ProbeLoop();
  std::thread prober_;
  std::mutex prober_mu_;
  std::condition_variable prober_wake_;
  bool prober_stop_ = false;
};

}  // namespace fieldledger::server
