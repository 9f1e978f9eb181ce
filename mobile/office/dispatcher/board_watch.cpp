#include "board_watch.h"

#include <algorithm>

#include "fieldledger/v1/dispatch.grpc.pb.h"

namespace fieldledger::office {

void BoardWatch::start(std::shared_ptr<grpc::Channel> channel, std::string token,
                       device::TransportOptions options, qint64 epoch, qint64 cursor) {
  stop();
  stop_ = false;
  epoch_ = epoch;
  cursor_ = cursor;
  thread_ = std::thread([this, channel = std::move(channel), token = std::move(token), options] {
    Run(channel, token, options);
  });
}

void BoardWatch::stop() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
    if (ctx_) ctx_->TryCancel();
  }
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

bool BoardWatch::SleepUnlessStopped(int ms) {
  std::unique_lock lock(mu_);
  cv_.wait_for(lock, std::chrono::milliseconds(ms), [this] { return stop_.load(); });
  return !stop_;
}

void BoardWatch::Run(std::shared_ptr<grpc::Channel> channel, std::string token,
                     device::TransportOptions options) {
  auto stub = v1::DispatchService::NewStub(channel);
  int backoff_ms = 500;
  while (!stop_) {
    grpc::ClientContext ctx;
    // A stream has no deadline: it lives as long as the board; keepalive finds a dead
    // connection, and stop() cancels it.
    options.call_deadline = std::chrono::milliseconds(0);
    ctx.AddMetadata("authorization", "Bearer " + token);
    {
      std::lock_guard lock(mu_);
      if (stop_) return;
      ctx_ = &ctx;
    }
    v1::WatchBoardRequest req;
    req.set_feed_epoch(epoch_);
    req.set_after(cursor_);
    auto reader = stub->WatchBoard(&ctx, req);
    v1::BoardUpdate update;
    bool reset = false;
    while (reader->Read(&update)) {
      backoff_ms = 500;  // the server answered: the next break retries quickly
      emit stateChanged(QStringLiteral("live"));
      if (update.reset()) {
        reset = true;
        break;
      }
      cursor_ = update.cursor();
      if (update.jobs_size() > 0 || update.technicians_size() > 0) {
        emit updateReceived(QByteArray::fromStdString(update.SerializeAsString()));
      }
    }
    if (reset) ctx.TryCancel();
    reader->Finish();
    {
      std::lock_guard lock(mu_);
      ctx_ = nullptr;
    }
    if (stop_) return;
    if (reset) {
      emit resetRequested();  // the board reloads and starts a new watch
      return;
    }
    emit stateChanged(QStringLiteral("reconnecting"));
    if (!SleepUnlessStopped(backoff_ms)) return;
    backoff_ms = std::min(backoff_ms * 2, 10'000);
  }
}

}  // namespace fieldledger::office
