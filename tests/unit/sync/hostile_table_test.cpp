// Hostile bytes, table-driven, over real gRPC against a real server: for every RPC, bytes
// that are not its message, no token and a technician's token where the role table
// (auth/rpc_policy.cpp) refuses technicians; then malformed and extreme requests for the
// sync and blob RPCs a phone can reach (invalid UTF-8, deep nesting, a message over the
// 8 MiB limit, integers at their limits, ids that are not ids). Each case states its
// status; after each, every table holds the rows it held before.
#include <grpcpp/generic/generic_stub.h>
#include <gtest/gtest.h>

#include <cctype>
#include <condition_variable>
#include <iostream>
#include <limits>
#include <mutex>

#include "auth/rpc_policy.h"
#include "fieldledger/core/uuid.h"
#include "fieldledger/v1/auth.grpc.pb.h"
#include "fieldledger/v1/blobs.pb.h"
#include "live_server.h"

namespace fieldledger::sync_testing {
namespace {

constexpr auto kMax64 = std::numeric_limits<std::int64_t>::max();
constexpr auto kMin64 = std::numeric_limits<std::int64_t>::min();

grpc::Status RawCall(const std::string& address, const std::string& method, const std::string& body,
                     const std::string& token) {
  auto channel = grpc::CreateChannel(address, test_tls::ClientCredentials());
  grpc::GenericStub stub(channel);
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
  if (!token.empty()) ctx.AddMetadata("authorization", "Bearer " + token);
  grpc::Slice slice(body);
  grpc::ByteBuffer request(&slice, 1), response;
  std::mutex mu;
  std::condition_variable cv;
  bool done = false;
  grpc::Status status;
  stub.UnaryCall(&ctx, method, grpc::StubOptions(), &request, &response, [&](grpc::Status s) {
    std::lock_guard lock(mu);
    status = std::move(s);
    done = true;
    cv.notify_one();
  });
  std::unique_lock lock(mu);
  cv.wait(lock, [&] { return done; });
  return status;
}

struct Case {
  std::string name;
  std::string method;  // "Service/Method"
  std::string body;
  bool with_token = true;
  grpc::StatusCode expected;
};

std::string Varint(std::uint64_t v) {
  std::string out;
  while (v >= 0x80) {
    out += static_cast<char>((v & 0x7F) | 0x80);
    v >>= 7;
  }
  return out + static_cast<char>(v);
}
// A length-delimited field.
std::string Field(int number, const std::string& bytes) {
  return Varint(static_cast<std::uint64_t>(number) << 3 | 2) + Varint(bytes.size()) + bytes;
}

v1::PushRequest GoodPush() {
  v1::PushRequest r;
  r.set_protocol_version(1);
  r.set_device_id("hostile-device");
  r.mutable_sent_clock()->set_wall_time_ms(server::testing::At(9, 30));
  r.mutable_sent_clock()->set_monotonic_ms(1'000'000);
  r.mutable_sent_clock()->set_boot_id("b");
  return r;
}
v1::DeviceEvent GoodEvent(std::int64_t seq) {
  v1::DeviceEvent e;
  e.set_event_id(NewUuidV7(server::testing::At(9, 20) + seq));
  e.set_sequence(seq);
  e.set_job_id("job-0");
  e.mutable_clock()->set_wall_time_ms(server::testing::At(9, 20));
  e.mutable_clock()->set_monotonic_ms(400'000);
  e.mutable_clock()->set_boot_id("b");
  e.mutable_check_in();
  return e;
}
template <typename F>
std::string Push(F change) {
  auto r = GoodPush();
  change(r);
  return r.SerializeAsString();
}
v1::PullRequest GoodPull() {
  v1::PullRequest r;
  r.set_protocol_version(1);
  r.set_device_id("hostile-device");
  return r;
}
template <typename F>
std::string Pull(F change) {
  auto r = GoodPull();
  change(r);
  return r.SerializeAsString();
}

std::vector<Case> Table() {
  using grpc::StatusCode;
  std::vector<Case> cases;
  const std::string garbage = std::string("\x0a\xff\xff\xff\xff\x0f", 6) + "not a message";
  // Every unary RPC of the role table, three ways.
  for (const auto& rule : server::RpcRules()) {
    const std::string m(rule.method);
    if (m == "DispatchService/WatchBoard") continue;  // a stream: not a unary call
    cases.push_back({m + ": not its message", m, garbage, true, StatusCode::INVALID_ARGUMENT});
    cases.push_back({m + ": no token", m, "", false, StatusCode::UNAUTHENTICATED});
    bool technician = false;
    for (auto role : rule.roles) technician = technician || role == Role::kTechnician;
    if (!technician) {
      cases.push_back({m + ": a technician's token", m, "", true, StatusCode::PERMISSION_DENIED});
    }
  }
  cases.push_back({"Login: not its message", "AuthService/Login", garbage, false,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Login: empty", "AuthService/Login", "", false, StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Login: username not UTF-8", "AuthService/Login",
                   Field(1, "\xff\xfe") + Field(2, "pw"), false, StatusCode::INVALID_ARGUMENT});

  const std::string push = "SyncService/Push";
  cases.push_back({"Push: device_id not UTF-8", push,
                   Varint(1 << 3) + Varint(1) + Field(2, "\xc3\x28"), true,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Push: unknown fields nested 200 deep", push,
                   std::string(200, '{') + std::string(200, '|'), true,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Push: over 8 MiB", push, Field(2, std::string(9 << 20, 'x')), true,
                   StatusCode::RESOURCE_EXHAUSTED});
  cases.push_back({"Push: protocol 0", push, Push([](auto& r) { r.set_protocol_version(0); }), true,
                   StatusCode::FAILED_PRECONDITION});
  cases.push_back({"Push: empty device_id", push, Push([](auto& r) { r.set_device_id(""); }), true,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Push: device_id of 129 bytes", push,
                   Push([](auto& r) { r.set_device_id(std::string(129, 'd')); }), true,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Push: sent wall time INT64_MAX", push,
                   Push([](auto& r) { r.mutable_sent_clock()->set_wall_time_ms(kMax64); }), true,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Push: sent wall time INT64_MIN", push,
                   Push([](auto& r) { r.mutable_sent_clock()->set_wall_time_ms(kMin64); }), true,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Push: sent monotonic -1", push,
                   Push([](auto& r) { r.mutable_sent_clock()->set_monotonic_ms(-1); }), true,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Push: sent monotonic INT64_MAX", push,
                   Push([](auto& r) { r.mutable_sent_clock()->set_monotonic_ms(kMax64); }), true,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Push: 501 events", push, Push([](auto& r) {
                     for (int i = 1; i <= 501; ++i) *r.add_events() = GoodEvent(i);
                   }),
                   true, StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Push: sequence 0", push, Push([](auto& r) { *r.add_events() = GoodEvent(0); }),
                   true, StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Push: sequence INT64_MIN", push,
                   Push([](auto& r) { *r.add_events() = GoodEvent(kMin64); }), true,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Push: sequences decreasing", push, Push([](auto& r) {
                     *r.add_events() = GoodEvent(2);
                     *r.add_events() = GoodEvent(1);
                   }),
                   true, StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Push: event id not a UUID", push, Push([](auto& r) {
                     auto e = GoodEvent(1);
                     e.set_event_id("'; DROP TABLE events; --");
                     *r.add_events() = e;
                   }),
                   true, StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Push: upper-case event id", push, Push([](auto& r) {
                     auto e = GoodEvent(1);
                     std::string id = e.event_id();
                     for (auto& c : id) c = static_cast<char>(std::toupper(c));
                     e.set_event_id(id);
                     *r.add_events() = e;
                   }),
                   true, StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Push: the same id twice in a batch", push, Push([](auto& r) {
                     auto e = GoodEvent(1);
                     *r.add_events() = e;
                     e.set_sequence(2);
                     *r.add_events() = e;
                   }),
                   true, StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Push: empty job id", push, Push([](auto& r) {
                     auto e = GoodEvent(1);
                     e.set_job_id("");
                     *r.add_events() = e;
                   }),
                   true, StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Push: job id of 1,000 bytes", push, Push([](auto& r) {
                     auto e = GoodEvent(1);
                     e.set_job_id(std::string(1000, 'j'));
                     *r.add_events() = e;
                   }),
                   true, StatusCode::INVALID_ARGUMENT});

  const std::string pull = "SyncService/Pull";
  cases.push_back({"Pull: cursor -1", pull, Pull([](auto& r) { r.set_cursor(-1); }), true,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Pull: cursor INT64_MIN", pull, Pull([](auto& r) { r.set_cursor(kMin64); }),
                   true, StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Pull: cursor INT64_MAX (never issued)", pull,
                   Pull([](auto& r) { r.set_cursor(kMax64); }), true, StatusCode::OUT_OF_RANGE});
  cases.push_back({"Pull: page size 1001", pull, Pull([](auto& r) { r.set_page_size(1001); }), true,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Pull: page size INT32_MIN", pull,
                   Pull([](auto& r) { r.set_page_size(std::numeric_limits<std::int32_t>::min()); }),
                   true, StatusCode::INVALID_ARGUMENT});
  cases.push_back({"Pull: protocol -1", pull, Pull([](auto& r) { r.set_protocol_version(-1); }),
                   true, StatusCode::FAILED_PRECONDITION});

  const std::string offset = "BlobService/GetUploadOffset";
  const std::string chunk = "BlobService/UploadChunk";
  auto blob = [](const std::string& sha, std::int64_t size, const std::string& kind) {
    v1::GetUploadOffsetRequest r;
    r.set_protocol_version(1);
    r.set_sha256(sha);
    r.set_size(size);
    r.set_kind(kind);
    return r.SerializeAsString();
  };
  const std::string sha(64, 'a');
  cases.push_back({"GetUploadOffset: sha256 not hex", offset,
                   blob(std::string(64, 'z'), 10, "photo"), true, StatusCode::INVALID_ARGUMENT});
  cases.push_back({"GetUploadOffset: upper-case sha256", offset,
                   blob(std::string(64, 'A'), 10, "photo"), true, StatusCode::INVALID_ARGUMENT});
  cases.push_back({"GetUploadOffset: path in sha256", offset,
                   blob("../../../../etc/passwd" + std::string(42, 'a'), 10, "photo"), true,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back({"GetUploadOffset: size 0", offset, blob(sha, 0, "photo"), true,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back({"GetUploadOffset: size INT64_MAX", offset, blob(sha, kMax64, "photo"), true,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back({"GetUploadOffset: size -1", offset, blob(sha, -1, "photo"), true,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back({"GetUploadOffset: unknown kind", offset, blob(sha, 10, "executable"), true,
                   StatusCode::INVALID_ARGUMENT});
  cases.push_back(
      {"UploadChunk: empty (protocol 0)", chunk, "", true, StatusCode::FAILED_PRECONDITION});
  auto upload = [&](std::int64_t at, const std::string& data) {
    v1::UploadChunkRequest r;
    r.set_protocol_version(1);
    r.set_sha256(sha);
    r.set_size(100);
    r.set_kind("photo");
    r.set_offset(at);
    r.set_data(data);
    return r.SerializeAsString();
  };
  cases.push_back({"UploadChunk: offset INT64_MAX (overflows offset + size)", chunk,
                   upload(kMax64, "x"), true, StatusCode::INVALID_ARGUMENT});
  cases.push_back(
      {"UploadChunk: offset -1", chunk, upload(-1, "x"), true, StatusCode::INVALID_ARGUMENT});
  cases.push_back(
      {"UploadChunk: no data", chunk, upload(0, ""), true, StatusCode::INVALID_ARGUMENT});
  cases.push_back(
      {"UploadChunk: past the end", chunk, upload(99, "xy"), true, StatusCode::INVALID_ARGUMENT});
  return cases;
}

TEST(HostileTable, EveryCaseGetsItsStatusAndChangesNothing) {
  TempDir dir;
  LiveServer server(dir.File("server.db"));
  std::string token;
  {
    auto stub = v1::AuthService::NewStub(
        grpc::CreateChannel(server.address(), test_tls::ClientCredentials()));
    grpc::ClientContext ctx;
    v1::LoginRequest req;
    req.set_username("tech1");
    req.set_password(kPassword);
    v1::LoginResponse resp;
    ASSERT_TRUE(stub->Login(&ctx, req, &resp).ok());
    token = resp.token();
  }
  const auto before = server::testing::TableCounts(server.db());
  const auto cases = Table();
  EXPECT_GE(cases.size(), 60u);
  for (const auto& c : cases) {
    const auto status =
        RawCall(server.address(), "/fieldledger.v1." + c.method, c.body, c.with_token ? token : "");
    EXPECT_EQ(status.error_code(), c.expected)
        << c.name << ": got " << status.error_code() << " " << status.error_message();
    EXPECT_FALSE(status.error_message().empty()) << c.name;
    EXPECT_EQ(server::testing::TableCounts(server.db()), before) << c.name;
  }
  std::cout << cases.size() << " hostile cases\n";
}

}  // namespace
}  // namespace fieldledger::sync_testing
