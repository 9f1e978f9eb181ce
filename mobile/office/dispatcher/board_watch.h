#pragma once
// Keeps a WatchBoard stream open on its own thread: each update reaches the GUI thread
// as a signal; when the stream breaks (network, server restart) it reconnects with
// backoff (0.5 s doubling to 10 s) and resumes after the last cursor it received, so
// the board catches up without a reload. A reset from the server asks for a reload.
#include <QByteArray>
#include <QObject>
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

#include <grpcpp/grpcpp.h>

#include "transport.h"

namespace fieldledger::office {

class BoardWatch : public QObject {
  Q_OBJECT
 public:
  explicit BoardWatch(QObject* parent = nullptr) : QObject(parent) {}
  ~BoardWatch() override { stop(); }

  // Starts (or restarts) watching after (epoch, cursor).
  void start(std::shared_ptr<grpc::Channel> channel, std::string token,
             device::TransportOptions options, qint64 epoch, qint64 cursor);
  void stop();
  qint64 cursor() const { return cursor_; }

 signals:
  // A serialized v1::BoardUpdate (never a reset: that is resetRequested).
  void updateReceived(const QByteArray& update);
  void resetRequested();
  // "live" once a stream is open and has answered, "reconnecting" while retrying.
  void stateChanged(const QString& state);

 private:
  void Run(std::shared_ptr<grpc::Channel> channel, std::string token,
           device::TransportOptions options);
  bool SleepUnlessStopped(int ms);

  std::thread thread_;
  std::atomic<bool> stop_{false};
  std::atomic<qint64> epoch_{0};
  std::atomic<qint64> cursor_{0};
  std::mutex mu_;
  std::condition_variable cv_;
  grpc::ClientContext* ctx_ = nullptr;  // the open stream's, under mu_
};

}  // namespace fieldledger::office
