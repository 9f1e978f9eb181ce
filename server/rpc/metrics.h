#pragma once
// The server's figures in Prometheus's text format (docs/reliability.md, "Metrics"):
// calls and their latencies per method and status, events applied / duplicate /
// rejected, and the time spent in database writes and reads. A gRPC interceptor feeds
// it; fieldledger-server serves Render() on --metrics-port. It also writes one JSON line
// per call (request id, method, status, milliseconds) when given a log stream.
#include <grpcpp/support/server_interceptor.h>

#include <array>
#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <mutex>
#include <ostream>
#include <string>

#include "storage/store.h"

namespace fieldledger::server {

class Metrics {
 public:
  // Latency buckets, seconds (Prometheus histogram upper bounds; +Inf is implied).
  static constexpr std::array<double, 10> kBuckets = {0.001, 0.0025, 0.005, 0.01, 0.025,
                                                      0.05,  0.1,    0.25,  1.0,  5.0};

  void ObserveCall(const std::string& method, int code, double seconds);
  void CountEvents(std::int64_t applied, std::int64_t duplicate, std::int64_t rejected);
  void ObserveStore(bool write, double seconds, bool failed);
  // Prometheus text exposition format, version 0.0.4.
  std::string Render() const;

  // Where the per-call JSON lines go; none when null.
  void set_request_log(std::ostream* log) { request_log_ = log; }
  std::ostream* request_log() const { return request_log_; }
  std::mutex& log_mutex() { return log_mu_; }

 private:
  struct Latency {
    std::array<std::int64_t, kBuckets.size()> buckets{};
    std::int64_t count = 0;
    double sum = 0;
  };
  mutable std::mutex mu_;
  std::map<std::pair<std::string, int>, std::int64_t> calls_;  // (method, code)
  std::map<std::string, Latency> latency_;                     // per method
  std::atomic<std::int64_t> applied_{0}, duplicate_{0}, rejected_{0};
  double write_seconds_ = 0, read_seconds_ = 0;
  std::int64_t writes_ = 0, reads_ = 0, write_failures_ = 0;
  std::ostream* request_log_ = nullptr;
  std::mutex log_mu_;
};

// Times every call and reads the acknowledgements of SyncService/Push.
class MetricsInterceptorFactory : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  explicit MetricsInterceptorFactory(Metrics& metrics) : metrics_(metrics) {}
  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override;

 private:
  Metrics& metrics_;
};

// A Store that times what it forwards: the database's busy time.
class MeteredStore final : public Store {
 public:
  MeteredStore(Store& inner, Metrics& metrics) : inner_(inner), metrics_(metrics) {}
  void Write(const std::function<void(StoreTx&)>& fn) override;
  void Read(const std::function<void(StoreTx&)>& fn) override;
  std::int64_t ExternalWrites() override { return inner_.ExternalWrites(); }

 private:
  Store& inner_;
  Metrics& metrics_;
};

}  // namespace fieldledger::server
