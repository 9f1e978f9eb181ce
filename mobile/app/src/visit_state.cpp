#include "visit_state.h"

#include <algorithm>

namespace fieldledger::app {

VisitState ReadVisitState(const v1::Job& job, std::int64_t local_arrived_ms,
                          const std::vector<v1::DeviceEvent>& events) {
  VisitState s;
  for (const auto& e : events) {
    const std::int64_t at = e.clock().wall_time_ms();
    switch (e.payload_case()) {
      case v1::DeviceEvent::kOnMyWay:
        if (!s.on_my_way_ms) s.on_my_way_ms = at;
        break;
      case v1::DeviceEvent::kCheckIn:
        if (!s.arrived_ms) s.arrived_ms = at;
        break;
      case v1::DeviceEvent::kWorkRecorded:
        s.work = e.work_recorded();
        s.work_event_id = e.event_id();
        s.work_recorded_ms = at;
        break;
      case v1::DeviceEvent::kCompleted:
        s.completed = e.completed();
        s.completed_ms = at;
        break;
      default:
        break;
    }
  }
  // The server's view fills in what another install of the app did (a reinstall, a
  // replaced phone): its trusted times win over nothing, never over our own records.
  if (!s.arrived_ms) s.arrived_ms = local_arrived_ms ? local_arrived_ms : job.arrived_ms();
  if (!s.completed_ms && job.status() == v1::JOB_STATUS_COMPLETED) {
    s.completed_ms = std::max<std::int64_t>(job.completed_ms(), 1);
  }

  if (s.completed_ms) {
    s.step = VisitStep::kCompleted;
  } else if (s.work) {
    s.step = VisitStep::kWorkRecorded;
  } else if (s.arrived_ms) {
    s.step = VisitStep::kArrived;
  } else if (s.on_my_way_ms) {
    s.step = VisitStep::kOnTheWay;
  }
  return s;
}

}  // namespace fieldledger::app
