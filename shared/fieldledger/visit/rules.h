#pragma once
// The visit rules the phone and the server both apply: the limits of each field of a
// work record and the order of a visit's events. The phone checks before it records
// (so a customer never signs what the server would refuse); the server checks again
// and refuses, with the same reason, whatever a modified phone sends.
#include <cstddef>
#include <string>

#include "fieldledger/visit/summary.h"

namespace fieldledger::visit {

inline constexpr std::size_t kMaxNotesBytes = 4000;
inline constexpr std::size_t kMinFaultTypes = 1;
inline constexpr std::size_t kMaxFaultTypes = 20;
inline constexpr std::size_t kMaxFaultTypeBytes = 64;
inline constexpr std::size_t kMaxParts = 50;
inline constexpr std::size_t kMaxPartBytes = 200;
inline constexpr std::size_t kMaxPhotos = 5;

// Why this work record cannot be recorded ("" when it can), naming the field, e.g.
// "notes are 4100 bytes; at most 4000". Photos must be blob keys (64 lower-case hex).
std::string CheckWork(const WorkFacts& work);

// The events of a visit, in the order a visit goes through them.
enum class VisitEvent { kOnMyWay, kCheckIn, kWorkRecorded, kCompleted };
const char* VisitEventName(VisitEvent e);  // the DeviceEvent payload name, "check_in", ...

// What the job's record already holds when an event arrives.
struct VisitSoFar {
  bool arrived = false;
  bool work_recorded = false;
  bool completed = false;
};

// Why `event` is out of order for a visit in state `so_far` ("" when it is in order):
// work before an arrival, a completion before an arrival or a work record, anything
// after the completion. On my way and repeated check-ins or work records (a corrected
// record) are always in order before the completion.
std::string CheckOrder(VisitEvent event, const VisitSoFar& so_far);

}  // namespace fieldledger::visit
