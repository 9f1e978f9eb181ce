// PostgreSQL's answer to a full disk, through a real server and a real TLS gRPC channel:
// the PostgreSQL variant of tests/unit/sync/operations_test.cpp's full SQLite database.
//
// The disk is not really filled: that needs a small filesystem for the cluster (a mount,
// a loop device or a sized tmpfs: root or CAP_SYS_ADMIN, or an unprivileged user namespace
// that Docker's default seccomp profile and Ubuntu's AppArmor refuse), and a file-size
// limit (RLIMIT_FSIZE) makes PostgreSQL fail with EFBIG, which it reports as XX000, not as
// disk_full. Instead every table gets a trigger that fails each write with SQLSTATE 53100
// disk_full, the code PostgreSQL gives when a table or index cannot grow for want of
// space ("could not extend file ...: No space left on device"). What is tested is
// everything above that SQLSTATE: the refusal is UNAVAILABLE with its cause, nothing of
// the batch is stored, health turns NOT_SERVING while reads are still served, and the
// server recovers by itself once writes succeed, storing the retried batch once. Not
// tested: a full disk under the write-ahead log, on which PostgreSQL stops (PANIC) and
// restarts; the server's answer to a restarting database is pg_outage_e2e_test.cpp's.
#include <grpcpp/generic/generic_stub.h>
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "../common/test_tls.h"
#include "../server/test_store.h"
#include "fieldledger/v1/auth.grpc.pb.h"
#include "fieldledger/v1/sync.grpc.pb.h"
#include "rpc/server.h"

namespace fieldledger::server {
namespace {

using namespace std::chrono_literals;
using testing::At;

// grpc.health.v1.Health/Check with an empty request: 1 SERVING, 2 NOT_SERVING, -1 error.
// (As in operations_test.cpp: Debian's gRPC installs no health proto; the response is
// field 1, a varint.)
int HealthOf(const std::shared_ptr<grpc::Channel>& channel) {
  grpc::GenericStub stub(channel);
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + 5s);
  grpc::CompletionQueue cq;
  grpc::Slice empty("", 0);
  grpc::ByteBuffer request(&empty, 1);
  grpc::ByteBuffer response;
  grpc::Status status;
  auto call = stub.PrepareUnaryCall(&ctx, "/grpc.health.v1.Health/Check", request, &cq);
  call->StartCall();
  call->Finish(&response, &status, reinterpret_cast<void*>(1));
  void* tag = nullptr;
  bool ok = false;
  cq.Next(&tag, &ok);
  if (!status.ok()) return -1;
  std::vector<grpc::Slice> slices;
  if (!response.Dump(&slices).ok()) return -1;
  std::string bytes;
  for (const auto& s : slices) bytes.append(reinterpret_cast<const char*>(s.begin()), s.size());
  if (bytes.size() == 2 && bytes[0] == 0x08) return bytes[1];
  return bytes.empty() ? 0 : -1;
}

// Every write to every table fails as on a full disk, until Free().
void FillDisk(const std::string& uri) {
  testing::ExecSql(uri,
                   "CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN "
                   "RAISE EXCEPTION 'could not extend file: No space left on device' USING "
                   "ERRCODE = 'disk_full'; END$$; "
                   "DO $$DECLARE t text; BEGIN FOR t IN SELECT table_name FROM "
                   "information_schema.tables WHERE table_schema = 'public' AND table_type = "
                   "'BASE TABLE' LOOP EXECUTE format('CREATE TRIGGER disk_full BEFORE INSERT OR "
                   "UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION disk_full()', t); "
                   "END LOOP; END$$");
}
void Free(const std::string& uri) { testing::ExecSql(uri, "DROP FUNCTION disk_full() CASCADE"); }

class PgFullDiskTest : public testing::StoreTest {
 protected:
  void SetUp() override {
    StoreTest::SetUp();
    ServerOptions options;
    options.listen_address = "127.0.0.1:0";
    options.clock = [] { return At(9, 30); };
    options.security = {test_tls::CertFile(), test_tls::KeyFile()};
    options.storage_probe = [this] { return store_->ProbeWritable(); };
    options.storage_probe_interval = 50ms;
    server_ = std::make_unique<FieldLedgerServer>(*store_, options);
    channel_ = grpc::CreateChannel("127.0.0.1:" + std::to_string(server_->Start()),
                                   test_tls::ClientCredentials());
    auto auth = v1::AuthService::NewStub(channel_);
    grpc::ClientContext ctx;
    v1::LoginRequest req;
    req.set_username("tech1");
    req.set_password(kPassword);
    v1::LoginResponse resp;
    ASSERT_TRUE(auth->Login(&ctx, req, &resp).ok());
    token_ = resp.token();
  }
  void TearDown() override {
    if (server_) server_->Shutdown();
  }
  grpc::Status Push(const v1::PushRequest& req, v1::PushResponse* resp) {
    auto stub = v1::SyncService::NewStub(channel_);
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + token_);
    return stub->Push(&ctx, req, resp);
  }
  grpc::Status Pull() {
    auto stub = v1::SyncService::NewStub(channel_);
    grpc::ClientContext ctx;
    ctx.AddMetadata("authorization", "Bearer " + token_);
    v1::PullRequest req;
    req.set_protocol_version(1);
    req.set_device_id("dev-1");
    v1::PullResponse resp;
    return stub->Pull(&ctx, req, &resp);
  }
  bool HealthBecomes(int want) {
    for (int i = 0; i < 100; ++i) {
      if (HealthOf(channel_) == want) return true;
      std::this_thread::sleep_for(50ms);
    }
    return false;
  }
  std::int64_t StoredEvents() {
    std::int64_t n = 0;
    store_->Read([&](StoreTx& tx) { n = tx.CountEvents("dev-1"); });
    return n;
  }

  std::unique_ptr<FieldLedgerServer> server_;
  std::shared_ptr<grpc::Channel> channel_;
  std::string token_;
};

TEST_F(PgFullDiskTest, AFullDiskIsNotServingKeepsReadsAndRecoversWithoutLosingWork) {
  AddJob("j1", "tech1", At(9), At(17));
  AddJob("j2", "tech1", At(9), At(17));
  constexpr std::int64_t kMono = 5'000'000;
  v1::PushResponse first;
  ASSERT_TRUE(Push(testing::Batch("dev-1", At(9, 25), kMono + 300'000,
                                  {testing::CheckInEvent("j1", 1, At(9, 20), kMono)}),
                   &first)
                  .ok());
  ASSERT_EQ(StoredEvents(), 1);
  EXPECT_EQ(HealthOf(channel_), 1);

  FillDisk(path_);
  const auto batch = testing::Batch("dev-1", At(9, 29), kMono + 540'000,
                                    {testing::CheckInEvent("j2", 2, At(9, 28), kMono + 480'000)});
  v1::PushResponse refused;
  const auto s = Push(batch, &refused);
  EXPECT_EQ(s.error_code(), grpc::StatusCode::UNAVAILABLE);
  EXPECT_EQ(s.error_message(),
            "[storage_unavailable] the database is out of resources (disk, memory or "
            "connections); try again later");
  EXPECT_EQ(StoredEvents(), 1);                        // nothing of the batch
  EXPECT_TRUE(HealthBecomes(2));                       // NOT_SERVING
  EXPECT_TRUE(Pull().ok()) << Pull().error_message();  // reads are still served

  Free(path_);  // space again: the probe finds it
  EXPECT_TRUE(HealthBecomes(1));
  v1::PushResponse retried;
  ASSERT_TRUE(Push(batch, &retried).ok());
  ASSERT_EQ(retried.acks_size(), 1);
  EXPECT_EQ(retried.acks(0).status(), v1::EventAck::STATUS_APPLIED);
  EXPECT_EQ(StoredEvents(), 2);
}

}  // namespace
}  // namespace fieldledger::server
