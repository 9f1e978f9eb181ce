#pragma once
// Child processes for end-to-end tests: run to completion, or keep in the background,
// read its output line by line and kill it with any signal (SIGKILL included).
#include <sys/types.h>

#include <chrono>
#include <string>
#include <vector>

namespace fieldledger::proc {

struct RunResult {
  int exit_code = -1;
  std::string output;  // stdout and stderr together
};

// Runs argv[0] with the arguments, feeding `input` on standard input.
RunResult Run(const std::vector<std::string>& argv, const std::string& input = "");

class Child {
 public:
  explicit Child(const std::vector<std::string>& argv);
  ~Child();
  Child(const Child&) = delete;
  Child& operator=(const Child&) = delete;

  // Reads output until a line contains `needle`; returns that line, or "" on timeout/EOF.
  std::string WaitForLine(const std::string& needle, std::chrono::seconds timeout);
  // Sends the signal and reaps the child; returns its wait status.
  int Kill(int signal);
  bool running() const { return pid_ > 0; }
  const std::string& output() const { return output_; }

 private:
  pid_t pid_ = -1;
  int out_fd_ = -1;
  std::string output_;
  std::string pending_;
};

}  // namespace fieldledger::proc
