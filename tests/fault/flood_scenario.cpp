// A login and push flood against a real server process: many clients at once, for a few
// seconds, while the server's resident memory and thread count are sampled from /proc.
// Every call must end OK or with a retryable status (UNAVAILABLE, RESOURCE_EXHAUSTED,
// DEADLINE_EXCEEDED); the figures are reported, the bounds are the server's
// (ServerOptions::max_threads) and issue 16's (argon2).
#include <array>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

#include "fieldledger/core/uuid.h"
#include "scenarios.h"
#include "torture_devices.h"

namespace fieldledger::fault {
namespace {

// The server process whose command line names `db_path` (its work directory is unique).
int FindServerPid(const std::string& db_path) {
  for (const auto& entry : std::filesystem::directory_iterator("/proc")) {
    const std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    std::ifstream f(entry.path() / "cmdline");
    std::string cmdline((std::istreambuf_iterator<char>(f)), {});
    if (cmdline.find("fieldledger-server") != std::string::npos &&
        cmdline.find(db_path) != std::string::npos) {
      return std::stoi(name);
    }
  }
  return 0;
}

// (VmRSS in KiB, Threads) of a process.
std::pair<std::int64_t, std::int64_t> Sample(int pid) {
  std::ifstream f("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  std::int64_t rss = 0, threads = 0;
  while (std::getline(f, line)) {
    if (line.rfind("VmRSS:", 0) == 0) rss = std::stoll(line.substr(6));
    if (line.rfind("Threads:", 0) == 0) threads = std::stoll(line.substr(8));
  }
  return {rss, threads};
}

bool Retryable(grpc::StatusCode c) {
  return c == grpc::StatusCode::UNAVAILABLE || c == grpc::StatusCode::RESOURCE_EXHAUSTED ||
         c == grpc::StatusCode::DEADLINE_EXCEEDED;
}

}  // namespace

ScenarioResult RunFlood(const Binaries& bin, const FloodOptions& o) {
  ScenarioResult r;
  r.scenario = "login-push-flood";
  const auto start = std::chrono::steady_clock::now();
  WorkDir dir("flood");
  const std::string server_db = dir.File("server.db");
  SeedServer(server_db, 4, 5);
  ServerProcess server(bin, server_db);
  const int pid = FindServerPid(server_db);
  if (pid == 0) throw std::runtime_error("cannot find the server process");
  const auto idle = Sample(pid);
  std::atomic<bool> stop{false};
  std::atomic<std::int64_t> calls{0}, ok{0}, retryable{0}, wrong{0};
  std::array<std::atomic<std::int64_t>, 17> by_code{};  // every status, for the report
  std::vector<std::thread> clients;
  for (int c = 0; c < o.clients; ++c) {
    clients.emplace_back([&, c] {
      // One channel per client, as many phones would have.
      auto channel = FastReconnectChannel(server.address());
      auto auth = v1::AuthService::NewStub(channel);
      auto sync = v1::SyncService::NewStub(channel);
      std::string token;
      std::int64_t sequence = 1;
      const std::string tech = "tech" + std::to_string(c % 4);
      const std::string device = "flood-" + std::to_string(c);
      while (!stop) {
        grpc::ClientContext ctx;
        ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
        grpc::Status status;
        if (token.empty() || c % 2 == 0) {  // half the clients only log in, again and again
          v1::LoginRequest req;
          req.set_username(tech);
          req.set_password(kPassword);
          v1::LoginResponse resp;
          status = auth->Login(&ctx, req, &resp);
          if (status.ok()) token = resp.token();
        } else {
          ctx.AddMetadata("authorization", "Bearer " + token);
          v1::PushRequest req;
          req.set_protocol_version(1);
          req.set_device_id(device);
          const auto now = NowMs();
          req.mutable_sent_clock()->set_wall_time_ms(now);
          req.mutable_sent_clock()->set_monotonic_ms(now);
          req.mutable_sent_clock()->set_boot_id("flood");
          for (int k = 0; k < 50; ++k) {
            auto* e = req.add_events();
            e->set_event_id(NewUuidV7(now));
            e->set_sequence(sequence++);
            e->set_job_id("t" + std::to_string(c % 4) + "-j" + std::to_string(k % 5));
            e->mutable_clock()->set_wall_time_ms(now);
            e->mutable_clock()->set_monotonic_ms(now);
            e->mutable_clock()->set_boot_id("flood");
            e->mutable_on_my_way();
          }
          v1::PushResponse resp;
          status = sync->Push(&ctx, req, &resp);
        }
        ++calls;
        ++by_code[static_cast<std::size_t>(status.error_code()) % by_code.size()];
        if (status.ok()) {
          ++ok;
        } else if (Retryable(status.error_code())) {
          if (retryable++ == 0) {
            std::cout << "  first refusal: " << status.error_code() << " " << status.error_message()
                      << std::endl;
          }
        } else {
          ++wrong;
        }
      }
    });
  }
  std::int64_t peak_rss = idle.first, peak_threads = idle.second;
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(o.seconds);
  while (std::chrono::steady_clock::now() < until) {
    const auto [rss, threads] = Sample(pid);
    peak_rss = std::max(peak_rss, rss);
    peak_threads = std::max(peak_threads, threads);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  stop = true;
  for (auto& t : clients) t.join();
  std::cout << "  statuses:";
  for (std::size_t code = 0; code < by_code.size(); ++code) {
    if (by_code[code] > 0) std::cout << " " << code << "=" << by_code[code];
  }
  std::cout << std::endl;
  r.events = calls;
  r.exchanges = calls;
  r.failed_exchanges = retryable + wrong;
  r.peak_rss_kb = peak_rss;
  r.peak_threads = peak_threads;
  r.idle_rss_kb = idle.first;
  r.idle_threads = idle.second;
  if (wrong > 0) {
    r.problems.push_back(std::to_string(wrong.load()) + " calls ended with a non-retryable status");
  }
  if (ok == 0) r.problems.push_back("no call succeeded");
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return r;
}

}  // namespace fieldledger::fault
