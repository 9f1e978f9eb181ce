#pragma once
// The clocks a device stamps on every event: wall time (may be wrong), a monotonic
// clock (counts real time within one boot) and the boot's id. The server corrects
// wall time from the other two (shared/fieldledger/core/trusted_time.h).
#include <string>

#include "fieldledger/core/time.h"

namespace fieldledger::device {

class DeviceClock {
 public:
  virtual ~DeviceClock() = default;
  virtual TimeMs WallMs() = 0;
  virtual std::int64_t MonotonicMs() = 0;
  virtual std::string BootId() = 0;
};

// The real clocks. The boot id comes from the OS where it publishes one (Linux,
// Android); elsewhere a per-process id is used, which makes the server fall back to
// wall-clock correction: safe, just less precise.
class SystemDeviceClock final : public DeviceClock {
 public:
  SystemDeviceClock();
  TimeMs WallMs() override;
  std::int64_t MonotonicMs() override;
  std::string BootId() override { return boot_id_; }

 private:
  std::string boot_id_;
};

// A clock the caller moves by hand: for the headless demo and for tests of clocks
// that are wrong or jump. Monotonic time advances only with Advance().
class ManualClock final : public DeviceClock {
 public:
  ManualClock(TimeMs wall, std::int64_t monotonic, std::string boot_id)
      : wall_(wall), monotonic_(monotonic), boot_id_(std::move(boot_id)) {}
  TimeMs WallMs() override { return wall_; }
  std::int64_t MonotonicMs() override { return monotonic_; }
  std::string BootId() override { return boot_id_; }

  void Advance(DurationMs d) {
    wall_ += d;
    monotonic_ += d;
  }
  void SetWallOnly(TimeMs wall) { wall_ = wall; }  // a user changing the phone's clock
  void Reboot(std::string boot_id, std::int64_t monotonic) {
    boot_id_ = std::move(boot_id);
    monotonic_ = monotonic;
  }

 private:
  TimeMs wall_;
  std::int64_t monotonic_;
  std::string boot_id_;
};

}  // namespace fieldledger::device
