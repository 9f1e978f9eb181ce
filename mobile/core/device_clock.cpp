#include "device_clock.h"

#include <chrono>
#include <fstream>

#include "fieldledger/core/time.h"
#include "fieldledger/core/uuid.h"

namespace fieldledger::device {

SystemDeviceClock::SystemDeviceClock() {
  std::ifstream f("/proc/sys/kernel/random/boot_id");
  if (f && std::getline(f, boot_id_) && !boot_id_.empty()) return;
  boot_id_ = "process-" + NewUuidV7();
}

TimeMs SystemDeviceClock::WallMs() { return SystemNowMs(); }

std::int64_t SystemDeviceClock::MonotonicMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

}  // namespace fieldledger::device
