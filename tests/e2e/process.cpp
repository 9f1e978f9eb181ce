#include "process.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>

namespace fieldledger::proc {
namespace {

pid_t Spawn(const std::vector<std::string>& argv, int* in_fd, int* out_fd) {
  int in_pipe[2], out_pipe[2];
  if (pipe(in_pipe) != 0 || pipe(out_pipe) != 0) throw std::runtime_error("pipe failed");
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    dup2(in_pipe[0], 0);
    dup2(out_pipe[1], 1);
    dup2(out_pipe[1], 2);
    close(in_pipe[1]);
    close(out_pipe[0]);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  *in_fd = in_pipe[1];
  *out_fd = out_pipe[0];
  return pid;
}

}  // namespace

RunResult Run(const std::vector<std::string>& argv, const std::string& input) {
  int in_fd, out_fd;
  const pid_t pid = Spawn(argv, &in_fd, &out_fd);
  if (!input.empty()) {
    [[maybe_unused]] auto n = write(in_fd, input.data(), input.size());
  }
  close(in_fd);
  RunResult r;
  char buf[4096];
  ssize_t n;
  while ((n = read(out_fd, buf, sizeof buf)) > 0) r.output.append(buf, static_cast<size_t>(n));
  close(out_fd);
  int status = 0;
  waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

Child::Child(const std::vector<std::string>& argv) {
  int in_fd;
  pid_ = Spawn(argv, &in_fd, &out_fd_);
  close(in_fd);
}

Child::~Child() {
  if (pid_ > 0) Kill(SIGKILL);
  if (out_fd_ >= 0) close(out_fd_);
}

std::string Child::WaitForLine(const std::string& needle, std::chrono::seconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  for (;;) {
    for (auto nl = pending_.find('\n'); nl != std::string::npos; nl = pending_.find('\n')) {
      std::string line = pending_.substr(0, nl);
      pending_.erase(0, nl + 1);
      if (line.find(needle) != std::string::npos) return line;
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return "";
    pollfd p{out_fd_, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) <= 0) return "";
    char buf[4096];
    const ssize_t n = read(out_fd_, buf, sizeof buf);
    if (n <= 0) return "";
    output_.append(buf, static_cast<size_t>(n));
    pending_.append(buf, static_cast<size_t>(n));
  }
}

int Child::Kill(int signal) {
  if (pid_ <= 0) return 0;
  kill(pid_, signal);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return status;
}

}  // namespace fieldledger::proc
