#include "fault_proxy.h"

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <list>
#include <stdexcept>
#include <string>
#include <vector>

namespace fieldledger::fault {
namespace {

using Clock = std::chrono::steady_clock;

void NonBlocking(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

sockaddr_in Loopback(int port) {
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<std::uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return a;
}

// Closing with SO_LINGER 0 sends RST instead of FIN: the peer sees "connection reset".
void Reset(int fd) {
  linger l{1, 0};
  setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
  close(fd);
}

struct Pipe {
  int client = -1;
  int server = -1;
  std::string to_server;  // bytes waiting to be written
  std::string to_client;
  Clock::time_point hold_until{};  // a delayed response is held until then
  bool dead = false;
};

}  // namespace

FaultProxy::FaultProxy(int target_port, FaultMix mix, std::uint64_t seed)
    : target_port_(target_port), mix_(mix), rng_(seed) {
  listen_fd_ = socket(AF_INET, SOCK_STREAM, 0);
  int one = 1;
  setsockopt(listen_fd_, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
  sockaddr_in a = Loopback(0);
  if (bind(listen_fd_, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
      listen(listen_fd_, 64) != 0) {
    throw std::runtime_error("proxy cannot listen on 127.0.0.1");
  }
  socklen_t len = sizeof a;
  getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&a), &len);
  port_ = ntohs(a.sin_port);
  NonBlocking(listen_fd_);
  if (pipe(wake_) != 0) throw std::runtime_error("pipe failed");
  thread_ = std::thread([this] { Loop(); });
}

FaultProxy::~FaultProxy() {
  stop_ = true;
  [[maybe_unused]] auto n = write(wake_[1], "x", 1);
  thread_.join();
  close(listen_fd_);
  close(wake_[0]);
  close(wake_[1]);
}

FaultCounts FaultProxy::counts() {
  std::lock_guard lock(mu_);
  return counts_;
}

void FaultProxy::Loop() {
  std::list<Pipe> pipes;
  std::uniform_real_distribution<double> u(0, 1);
  auto count = [&](std::int64_t FaultCounts::*field) {
    std::lock_guard lock(mu_);
    ++(counts_.*field);
  };
  auto kill_pipe = [](Pipe& p, bool reset) {
    if (reset) {
      Reset(p.client);
    } else {
      close(p.client);
    }
    close(p.server);
    p.dead = true;
  };
  char buf[64 * 1024];
  while (!stop_) {
    std::vector<pollfd> fds = {{wake_[0], POLLIN, 0}, {listen_fd_, POLLIN, 0}};
    std::vector<Pipe*> owners = {nullptr, nullptr};
    int timeout_ms = 1000;
    const auto now = Clock::now();
    for (auto& p : pipes) {
      const bool held = now < p.hold_until;
      if (held) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(p.hold_until - now);
        timeout_ms = std::min<int>(timeout_ms, static_cast<int>(left.count()) + 1);
      }
      short cev = POLLIN, sev = POLLIN;
      if (!p.to_client.empty() && !held) cev |= POLLOUT;
      if (!p.to_server.empty()) sev |= POLLOUT;
      fds.push_back({p.client, cev, 0});
      owners.push_back(&p);
      fds.push_back({p.server, sev, 0});
      owners.push_back(&p);
    }
    if (poll(fds.data(), fds.size(), timeout_ms) < 0) continue;
    if (fds[1].revents & POLLIN) {
      for (;;) {
        const int c = accept(listen_fd_, nullptr, nullptr);
        if (c < 0) break;
        const int s = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a = Loopback(target_port_);
        if (connect(s, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
          close(s);
          Reset(c);
          continue;
        }
        int one = 1;
        setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        NonBlocking(c);
        NonBlocking(s);
        pipes.push_back(Pipe{c, s});
        count(&FaultCounts::connections);
      }
    }
    for (std::size_t i = 2; i < fds.size(); ++i) {
      Pipe& p = *owners[i];
      if (p.dead || fds[i].revents == 0) continue;
      const bool from_client = fds[i].fd == p.client;
      if (fds[i].revents & POLLOUT) {
        std::string& out = from_client ? p.to_client : p.to_server;
        const ssize_t n = send(fds[i].fd, out.data(), out.size(), MSG_NOSIGNAL);
        if (n > 0) out.erase(0, static_cast<std::size_t>(n));
        if (n < 0 && errno != EAGAIN) kill_pipe(p, false);
      }
      if (p.dead || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const ssize_t n = recv(fds[i].fd, buf, sizeof buf, 0);
      if (n <= 0) {
        if (n < 0 && errno == EAGAIN) continue;
        kill_pipe(p, false);
        continue;
      }
      std::string chunk(buf, static_cast<std::size_t>(n));
      if (!enabled_) {
        (from_client ? p.to_server : p.to_client) += chunk;
        continue;
      }
      if (from_client) {
        if (u(rng_) < mix_.request_drop) {
          count(&FaultCounts::drops);
          kill_pipe(p, false);
          continue;
        }
        p.to_server += chunk;
        continue;
      }
      // A chunk from the server: usually (part of) a response, already committed.
      if (u(rng_) >= mix_.response_fault) {
        p.to_client += chunk;
        continue;
      }
      switch (std::uniform_int_distribution<int>(0, 3)(rng_)) {
        case 0:  // the connection drops: the device never hears the answer
          count(&FaultCounts::drops);
          kill_pipe(p, false);
          break;
        case 1:  // reset mid-response: part of the answer, then RST
          count(&FaultCounts::resets);
          p.to_client += chunk.substr(0, chunk.size() / 2);
          send(p.client, p.to_client.data(), p.to_client.size(), MSG_NOSIGNAL);
          kill_pipe(p, true);
          break;
        case 2: {  // truncated: a random prefix arrives, then the connection closes
          count(&FaultCounts::truncations);
          const auto keep = std::uniform_int_distribution<std::size_t>(0, chunk.size() - 1)(rng_);
          p.to_client += chunk.substr(0, keep);
          send(p.client, p.to_client.data(), p.to_client.size(), MSG_NOSIGNAL);
          kill_pipe(p, false);
          break;
        }
        default:  // delayed: the answer arrives late (perhaps after the deadline)
          count(&FaultCounts::delays);
          p.hold_until =
              Clock::now() + std::chrono::milliseconds(std::uniform_int_distribution<int>(
                                 1, std::max(1, mix_.max_delay_ms))(rng_));
          p.to_client += chunk;
          break;
      }
    }
    pipes.remove_if([](const Pipe& p) { return p.dead; });
  }
  for (auto& p : pipes) {
    close(p.client);
    close(p.server);
  }
}

}  // namespace fieldledger::fault
