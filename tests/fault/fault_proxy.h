#pragma once
// A TCP proxy on 127.0.0.1 that forwards between device cores and a real server and
// breaks the traffic on purpose: drops connections, resets them mid-response, delays
// and truncates. Plain sockets and poll on one thread; loopback only.
#include <atomic>
#include <cstdint>
#include <mutex>
#include <random>
#include <thread>

namespace fieldledger::fault {

struct FaultMix {
  // Chance that a chunk read from the server (usually a response) is hit by a fault.
  double response_fault = 0.10;
  // Chance that a chunk read from the device (a request) makes the proxy drop the
  // connection before the server sees it.
  double request_drop = 0.02;
  int max_delay_ms = 200;
};

struct FaultCounts {
  std::int64_t connections = 0;
  std::int64_t drops = 0;
  std::int64_t resets = 0;
  std::int64_t truncations = 0;
  std::int64_t delays = 0;
  std::int64_t total() const { return drops + resets + truncations + delays; }
};

class FaultProxy {
 public:
  FaultProxy(int target_port, FaultMix mix, std::uint64_t seed);
  ~FaultProxy();
  FaultProxy(const FaultProxy&) = delete;
  FaultProxy& operator=(const FaultProxy&) = delete;

  int port() const { return port_; }
  FaultCounts counts();
  // Faults can be paused (e.g. for a final clean drain); forwarding continues.
  void set_enabled(bool on) { enabled_ = on; }

 private:
  void Loop();
  int target_port_;
  FaultMix mix_;
  std::mt19937_64 rng_;
  int listen_fd_ = -1;
  int wake_[2] = {-1, -1};
  int port_ = 0;
  std::atomic<bool> stop_{false};
  std::atomic<bool> enabled_{true};
  std::mutex mu_;
  FaultCounts counts_;
  std::thread thread_;
};

}  // namespace fieldledger::fault
