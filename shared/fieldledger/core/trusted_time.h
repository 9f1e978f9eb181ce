#pragma once
// Trusted event times: a device's wall clock may be wrong by hours or jump backwards,
// but its monotonic clock counts real elapsed time within one boot. The server knows
// the true time when a batch arrives, so for events from the same boot as the batch
//   trusted = server_received - (sent.monotonic - event.monotonic)
// is right whatever the wall clock says. Events from an earlier boot fall back to the
// wall clock shifted by the offset observed at send time.
//
// Every reading comes from the device and may be hostile: readings outside
// ClockLimits are refused with a reason naming the field before any arithmetic, and
// the arithmetic itself is overflow-checked.
#include <optional>
#include <string>

#include "fieldledger/core/time.h"

namespace fieldledger {

struct ClockReading {
  TimeMs wall = 0;
  std::int64_t monotonic = 0;  // ms since some per-boot origin
  std::string boot_id;
};

// The ranges a real clock reading can take.
struct ClockLimits {
  // A wall clock reset to 1970 is a real (if broken) phone, not an attack: its events
  // still get a time from the monotonic clock, and their correction shows the error.
  TimeMs earliest_wall = 0;
  TimeMs latest_wall = 4'102'444'800'000;  // 2100-01-01T00:00:00Z
  // A monotonic clock counts from boot: 100 years of uptime is already absurd.
  std::int64_t max_monotonic = 100LL * 366 * kDayMs;
};

// Why a reading cannot be used, naming the field ("" when it can), e.g.
// "clock.monotonic_ms = -5 is outside [0, 3162240000000]". `field` is the name to use.
std::string CheckClockReading(const ClockReading& r, const ClockLimits& limits,
                              const std::string& field);

struct TrustedTime {
  TimeMs time = 0;
  DurationMs correction = 0;  // time - device wall time
  bool from_monotonic = false;
  bool within_tolerance = false;
  // How long before the server received the batch the event happened (>= 0 for a
  // same-boot event; may be negative for an earlier-boot event with a wall clock ahead).
  DurationMs age = 0;
  // Set when the readings give no usable time (arithmetic out of range); then the
  // other fields are meaningless and the event must be refused with this reason.
  std::string invalid;
  // For an event of an earlier boot: the server instant the sending boot began
  // (received - sent.monotonic). The earlier boot ended before it, so an event claiming
  // a later time cannot be from that boot: its wall clock was set ahead.
  std::optional<TimeMs> sending_boot_began;
};

// The readings should have passed CheckClockReading; out-of-range arithmetic is still
// reported in `invalid` rather than wrapping.
TrustedTime EstimateTrustedTime(const ClockReading& event, const ClockReading& sent,
                                TimeMs server_received, DurationMs tolerance);

// "3 h 05 min", "42 s": a duration for a person reading a flag.
std::string DurationText(DurationMs d);

}  // namespace fieldledger
