#pragma once
// Where a visit stands, read back from the events recorded on this device (sent or
// not) and what the server said about the job. The job page reopens at this step, so
// closing the app or losing power mid-visit loses nothing.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fieldledger/v1/jobs.pb.h"
#include "fieldledger/v1/sync.pb.h"

namespace fieldledger::app {

// In the order a visit goes through them.
enum class VisitStep { kNotStarted, kOnTheWay, kArrived, kWorkRecorded, kCompleted };

struct VisitState {
  VisitStep step = VisitStep::kNotStarted;
  std::int64_t on_my_way_ms = 0;
  std::int64_t arrived_ms = 0;
  std::int64_t work_recorded_ms = 0;
  std::int64_t completed_ms = 0;
  // The latest work record: a technician may correct it before the customer signs.
  std::optional<v1::WorkRecorded> work;
  std::string work_event_id;  // of the latest work record: the signed summary names it
  std::optional<v1::Completed> completed;
};

// `local_arrived_ms` is what the device stored when "Arrived" was tapped (LocalJob).
VisitState ReadVisitState(const v1::Job& job, std::int64_t local_arrived_ms,
                          const std::vector<v1::DeviceEvent>& events);

}  // namespace fieldledger::app
