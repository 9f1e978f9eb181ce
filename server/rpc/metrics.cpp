#include "rpc/metrics.h"

#include <iomanip>
#include <random>
#include <sstream>

#include "fieldledger/v1/sync.pb.h"

namespace fieldledger::server {
namespace {

const char* CodeName(int code) {
  static const char* kNames[] = {"OK",
                                 "CANCELLED",
                                 "UNKNOWN",
                                 "INVALID_ARGUMENT",
                                 "DEADLINE_EXCEEDED",
                                 "NOT_FOUND",
                                 "ALREADY_EXISTS",
                                 "PERMISSION_DENIED",
                                 "RESOURCE_EXHAUSTED",
                                 "FAILED_PRECONDITION",
                                 "ABORTED",
                                 "OUT_OF_RANGE",
                                 "UNIMPLEMENTED",
                                 "INTERNAL",
                                 "UNAVAILABLE",
                                 "DATA_LOSS",
                                 "UNAUTHENTICATED"};
  return code >= 0 && code <= 16 ? kNames[code] : "UNKNOWN";
}

double Since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A label value as Prometheus wants it: backslash, quote and newline escaped.
std::string Label(const std::string& v) {
  std::string out;
  for (char c : v) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

std::string NewRequestId() {
  thread_local std::mt19937_64 rng{std::random_device{}()};
  std::ostringstream o;
  o << std::hex << std::setw(16) << std::setfill('0') << rng();
  return o.str();
}

// A string as a JSON string literal.
std::string Json(const std::string& v) {
  std::string out = "\"";
  for (unsigned char c : v) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

class MetricsInterceptor final : public grpc::experimental::Interceptor {
 public:
  MetricsInterceptor(Metrics& metrics, grpc::experimental::ServerRpcInfo* info)
      : metrics_(metrics),
        method_(info->method() ? info->method() : "unknown"),
        is_push_(method_ == "/fieldledger.v1.SyncService/Push") {}

  void Intercept(grpc::experimental::InterceptorBatchMethods* methods) override {
    using grpc::experimental::InterceptionHookPoints;
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::POST_RECV_INITIAL_METADATA)) {
      start_ = std::chrono::steady_clock::now();
      // The caller's id when it sent one (x-request-id), else ours; answered back in the
      // initial metadata so a phone's report and the server's log name the same call.
      const auto* md = methods->GetRecvInitialMetadata();
      if (md) {
        auto it = md->find("x-request-id");
        if (it != md->end() && it->second.size() <= 64) {
          request_id_.assign(it->second.data(), it->second.size());
        }
      }
      if (request_id_.empty()) request_id_ = NewRequestId();
    }
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_INITIAL_METADATA)) {
      if (auto* md = methods->GetSendInitialMetadata()) md->emplace("x-request-id", request_id_);
    }
    if (is_push_ && methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_MESSAGE)) {
      // The method fixes the message type: SyncService/Push answers a PushResponse.
      if (const auto* resp = static_cast<const v1::PushResponse*>(methods->GetSendMessage())) {
        std::int64_t applied = 0, duplicate = 0, rejected = 0;
        for (const auto& ack : resp->acks()) {
          applied += ack.status() == v1::EventAck::STATUS_APPLIED;
          duplicate += ack.status() == v1::EventAck::STATUS_DUPLICATE;
          rejected += ack.status() == v1::EventAck::STATUS_REJECTED;
        }
        metrics_.CountEvents(applied, duplicate, rejected);
      }
    }
    if (methods->QueryInterceptionHookPoint(InterceptionHookPoints::PRE_SEND_STATUS)) {
      const grpc::Status status = methods->GetSendStatus();
      const double seconds = start_ == std::chrono::steady_clock::time_point{} ? 0 : Since(start_);
      metrics_.ObserveCall(method_, status.error_code(), seconds);
      if (auto* log = metrics_.request_log()) {
        std::ostringstream line;
        line << "{\"request_id\": " << Json(request_id_) << ", \"method\": " << Json(method_)
             << ", \"code\": \"" << CodeName(status.error_code()) << "\", \"ms\": " << std::fixed
             << std::setprecision(2) << seconds * 1000;
        if (!status.ok()) line << ", \"message\": " << Json(status.error_message());
        line << "}\n";
        std::lock_guard lock(metrics_.log_mutex());
        *log << line.str() << std::flush;
      }
    }
    methods->Proceed();
  }

 private:
  Metrics& metrics_;
  std::string method_;
  bool is_push_;
  std::string request_id_;
  std::chrono::steady_clock::time_point start_{};
};

}  // namespace

void Metrics::ObserveCall(const std::string& method, int code, double seconds) {
  std::lock_guard lock(mu_);
  ++calls_[{method, code}];
  auto& l = latency_[method];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++l.buckets[i];
  }
  ++l.count;
  l.sum += seconds;
}

void Metrics::CountEvents(std::int64_t applied, std::int64_t duplicate, std::int64_t rejected) {
  applied_ += applied;
  duplicate_ += duplicate;
  rejected_ += rejected;
}

void Metrics::ObserveStore(bool write, double seconds, bool failed) {
  std::lock_guard lock(mu_);
  if (write) {
    ++writes_;
    write_seconds_ += seconds;
    write_failures_ += failed ? 1 : 0;
  } else {
    ++reads_;
    read_seconds_ += seconds;
  }
}

std::string Metrics::Render() const {
  std::ostringstream o;
  o << std::setprecision(9);
  std::lock_guard lock(mu_);
  o << "# HELP fieldledger_rpc_calls_total Calls answered, by method and status code.\n"
       "# TYPE fieldledger_rpc_calls_total counter\n";
  for (const auto& [key, n] : calls_) {
    o << "fieldledger_rpc_calls_total{method=\"" << Label(key.first) << "\",code=\""
      << CodeName(key.second) << "\"} " << n << "\n";
  }
  o << "# HELP fieldledger_rpc_latency_seconds Time from a call's arrival to its status.\n"
       "# TYPE fieldledger_rpc_latency_seconds histogram\n";
  for (const auto& [method, l] : latency_) {
    const std::string m = Label(method);
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      o << "fieldledger_rpc_latency_seconds_bucket{method=\"" << m << "\",le=\"" << kBuckets[i]
        << "\"} " << l.buckets[i] << "\n";
    }
    o << "fieldledger_rpc_latency_seconds_bucket{method=\"" << m << "\",le=\"+Inf\"} " << l.count
      << "\n";
    o << "fieldledger_rpc_latency_seconds_sum{method=\"" << m << "\"} " << l.sum << "\n";
    o << "fieldledger_rpc_latency_seconds_count{method=\"" << m << "\"} " << l.count << "\n";
  }
  o << "# HELP fieldledger_events_total Device events acknowledged, by outcome.\n"
       "# TYPE fieldledger_events_total counter\n"
    << "fieldledger_events_total{outcome=\"applied\"} " << applied_.load() << "\n"
    << "fieldledger_events_total{outcome=\"duplicate\"} " << duplicate_.load() << "\n"
    << "fieldledger_events_total{outcome=\"rejected\"} " << rejected_.load() << "\n";
  o << "# HELP fieldledger_db_busy_seconds_total Time spent in database transactions "
       "(a write includes waiting for its group's commit).\n"
       "# TYPE fieldledger_db_busy_seconds_total counter\n"
    << "fieldledger_db_busy_seconds_total{kind=\"write\"} " << write_seconds_ << "\n"
    << "fieldledger_db_busy_seconds_total{kind=\"read\"} " << read_seconds_ << "\n";
  o << "# HELP fieldledger_db_transactions_total Database transactions run.\n"
       "# TYPE fieldledger_db_transactions_total counter\n"
    << "fieldledger_db_transactions_total{kind=\"write\"} " << writes_ << "\n"
    << "fieldledger_db_transactions_total{kind=\"read\"} " << reads_ << "\n";
  o << "# HELP fieldledger_db_write_failures_total Write transactions that threw.\n"
       "# TYPE fieldledger_db_write_failures_total counter\n"
    << "fieldledger_db_write_failures_total " << write_failures_ << "\n";
  return o.str();
}

grpc::experimental::Interceptor* MetricsInterceptorFactory::CreateServerInterceptor(
    grpc::experimental::ServerRpcInfo* info) {
  return new MetricsInterceptor(metrics_, info);
}

void MeteredStore::Write(const std::function<void(StoreTx&)>& fn) {
  const auto start = std::chrono::steady_clock::now();
  try {
    inner_.Write(fn);
  } catch (...) {
    metrics_.ObserveStore(true, Since(start), true);
    throw;
  }
  metrics_.ObserveStore(true, Since(start), false);
}

void MeteredStore::Read(const std::function<void(StoreTx&)>& fn) {
  const auto start = std::chrono::steady_clock::now();
  try {
    inner_.Read(fn);
  } catch (...) {
    metrics_.ObserveStore(false, Since(start), false);
    throw;
  }
  metrics_.ObserveStore(false, Since(start), false);
}

}  // namespace fieldledger::server
