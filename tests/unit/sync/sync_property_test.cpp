// Property: over any interleaving of technician actions, pushes, lost responses (the
// server committed, the device never heard), failed requests, retries and device
// restarts (the store reopened from its file), the server ends with exactly the set of
// actions the device recorded, each once, and the device with nothing left pending.
// Real SQLite on both sides; the transport is the generated mock stub calling SyncLogic.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <filesystem>
#include <set>

#include "../server/sync_wire.h"
#include "../server/test_store.h"
#include "app/sync_logic.h"
#include "fieldledger/v1/sync_mock.grpc.pb.h"
#include "rpc/gate.h"
#include "sync_engine.h"

namespace fieldledger::sync_testing {
namespace {

using ::testing::_;
using ::testing::Invoke;

enum class Op { kRecord, kPush, kPushLosingAResponse, kPushFailingARequest, kRestart };

// What the fake network does to the next pass: which call (1-based) fails and how.
struct Faults {
  int call = 0;
  int fail_at = 0;           // 0: none
  bool after_apply = false;  // true: the server applied it, the answer is lost
};

class World {
 public:
  explicit World(const std::string& dir) : dir_(dir), server_(ServerLocation(dir)) {
    using namespace server;
    server_.Write([&](StoreTx& tx) {
      tx.InsertCompany({"acme", "Acme", "UTC", testing::kDay0});
      tx.InsertUser(
          {"tech1", "acme", "tech1", "Tess", Role::kTechnician, "", "x", false, testing::kDay0});
      for (int i = 0; i < 3; ++i) {
        JobRecord j;
        j.id = "job-" + std::to_string(i);
        j.company_id = "acme";
        j.technician_id = "tech1";
        j.latitude = testing::kSiteLat;
        j.longitude = testing::kSiteLon;
        j.window = {testing::At(9), testing::At(17)};
        tx.InsertJob(j);
        tx.AppendJobChange(j.id, "tech1");
      }
    });
    ON_CALL(stub_, Push(_, _, _))
        .WillByDefault(Invoke(
            [this](grpc::ClientContext*, const v1::PushRequest& req, v1::PushResponse* resp) {
              return Call([&] { *resp = WirePush(logic_, caller_, req, ServerNow()); });
            }));
    ON_CALL(stub_, Pull(_, _, _))
        .WillByDefault(Invoke(
            [this](grpc::ClientContext*, const v1::PullRequest& req, v1::PullResponse* resp) {
              return Call([&] { *resp = WirePull(logic_, caller_, req, ServerNow()); });
            }));
    Reopen();
  }

  void Reopen() {
    store_.reset();  // the process dies; only the file remains
    store_ = std::make_unique<device::LocalStore>(dir_ + "/device.db");
  }
  void Record(int n) {
    for (int i = 0; i < n; ++i) {
      clock_.Advance(7 * kSecondMs);
      const auto e =
          store_->Record("job-" + std::to_string(recorded_.size() % 3), [&](v1::DeviceEvent& ev) {
            ev.mutable_clock()->set_wall_time_ms(clock_.WallMs());
            ev.mutable_clock()->set_monotonic_ms(clock_.MonotonicMs());
            ev.mutable_clock()->set_boot_id(clock_.BootId());
            ev.mutable_on_my_way();
          });
      recorded_.insert(e.event_id());
    }
  }
  device::SyncReport Pass(int batch_size, Faults faults) {
    faults_ = faults;
    device::SyncEngine engine(*store_, clock_, stub_);
    engine.batch_size = batch_size;
    engine.page_size = 2;
    return engine.SyncOnce("token");
  }

  const std::set<std::string>& recorded() const { return recorded_; }
  device::LocalStore& store() { return *store_; }
  server::testing::TestBackendStore& server() { return server_; }

 private:
  TimeMs ServerNow() { return clock_.WallMs() + 1'000; }
  grpc::Status Call(const std::function<void()>& apply) {
    const int n = ++faults_.call;
    const bool fail = n == faults_.fail_at;
    if (fail && !faults_.after_apply) return {grpc::StatusCode::UNAVAILABLE, "request lost"};
    try {
      apply();
    } catch (const server::AppError& e) {
      return server::ToStatus(e);
    }
    if (fail) return {grpc::StatusCode::UNAVAILABLE, "response lost"};
    return grpc::Status::OK;
  }

#ifdef FIELDLEDGER_TEST_STORE_PG
  // The sync_tests_pg binary: a fresh PostgreSQL database, dropped after server_ closes.
  std::unique_ptr<server::testing::PgTestDatabase> pg_database_ =
      std::make_unique<server::testing::PgTestDatabase>();
  std::string ServerLocation(const std::string&) const { return pg_database_->uri(); }
#else
  static std::string ServerLocation(const std::string& dir) { return dir + "/server.db"; }
#endif
  std::string dir_;
  server::testing::TestBackendStore server_;
  server::SyncLogic logic_{server_};
  server::Caller caller_{"tech1", "acme", "Tess", "", Role::kTechnician};
  device::ManualClock clock_{server::testing::At(9), 1'000'000, "boot-1"};
  ::testing::NiceMock<v1::MockSyncServiceStub> stub_;
  Faults faults_;
  std::unique_ptr<device::LocalStore> store_;
  std::set<std::string> recorded_;
};

std::string FreshDir() {
  // tmpfs where there is one: a hundred runs of fsync-ing SQLite files add up.
  const std::filesystem::path base = std::filesystem::exists("/dev/shm")
                                         ? std::filesystem::path("/dev/shm")
                                         : std::filesystem::temp_directory_path();
  std::string pattern = (base / "fieldledger-prop-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

RC_GTEST_PROP(SyncProperty, ServerEndsWithEveryDeviceActionExactlyOnce, ()) {
  const std::string dir = FreshDir();
  struct Cleanup {
    std::string dir;
    ~Cleanup() { std::filesystem::remove_all(dir); }
  } cleanup{dir};
  World w(dir);
  const auto ops = *rc::gen::container<std::vector<Op>>(
      rc::gen::element(Op::kRecord, Op::kRecord, Op::kPush, Op::kPushLosingAResponse,
                       Op::kPushFailingARequest, Op::kRestart));
  RC_PRE(ops.size() <= 40u);
  for (Op op : ops) {
    const int batch = *rc::gen::inRange(1, 6);
    switch (op) {
      case Op::kRecord:
        w.Record(*rc::gen::inRange(1, 6));
        break;
      case Op::kPush:
        w.Pass(batch, {});
        break;
      case Op::kPushLosingAResponse:
        w.Pass(batch, {0, *rc::gen::inRange(1, 5), true});
        break;
      case Op::kPushFailingARequest:
        w.Pass(batch, {0, *rc::gen::inRange(1, 5), false});
        break;
      case Op::kRestart:
        w.Reopen();
        break;
    }
  }
  // The network heals: retries settle everything, in a bounded number of passes.
  for (int i = 0; i < 50 && w.store().Counts().pending > 0; ++i) w.Pass(5, {});

  const auto counts = w.store().Counts();
  RC_ASSERT(counts.pending == 0);
  RC_ASSERT(counts.rejected == 0);
  RC_ASSERT(counts.sent == static_cast<int>(w.recorded().size()));
  const std::string device_id = w.store().DeviceId();
  std::int64_t stored = 0;
  bool all_there = true;
  std::int64_t last_sequence = 0;
  w.server().Read([&](server::StoreTx& tx) {
    stored = tx.CountEvents(device_id);
    for (const auto& id : w.recorded()) {
      auto e = tx.FindEvent(id);
      all_there =
          all_there && e && e->device_id == device_id && e->status == server::EventStatus::kApplied;
    }
    // The device's last applied sequence equals the number of actions: no gap, no skip.
    if (auto d = tx.FindDevice(device_id)) last_sequence = d->last_sequence;
  });
  RC_ASSERT(all_there);
  // The device's last applied sequence equals the number of actions: no gap, no skip.
  RC_ASSERT(last_sequence == static_cast<std::int64_t>(w.recorded().size()));
  RC_ASSERT(stored == static_cast<std::int64_t>(w.recorded().size()));
  RC_TAG(w.recorded().size() > 10 ? "many actions" : "few actions");
}

}  // namespace
}  // namespace fieldledger::sync_testing
