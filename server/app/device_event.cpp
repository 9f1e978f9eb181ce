#include "app/device_event.h"

namespace fieldledger::server {

std::string EventKindName(const EventPayload& payload) {
  struct Name {
    const char* operator()(std::monostate) const { return "none"; }
    const char* operator()(const CheckInDone&) const { return "check_in"; }
    const char* operator()(const OnMyWayDone&) const { return "on_my_way"; }
    const char* operator()(const WorkDone&) const { return "work_recorded"; }
    const char* operator()(const CompletionDone&) const { return "completed"; }
    const char* operator()(const DiscardDone&) const { return "discarded"; }
    const char* operator()(const ShiftCheckInDone&) const { return "shift_check_in"; }
    const char* operator()(const ShiftCheckOutDone&) const { return "shift_check_out"; }
    const char* operator()(const SelfAssessmentDone&) const { return "self_assessment"; }
  };
  return std::visit(Name{}, payload);
}

bool IsJoblessEvent(const DeviceEvent& e) {
  return e.Is<ShiftCheckInDone>() || e.Is<ShiftCheckOutDone>() || e.Is<SelfAssessmentDone>();
}

}  // namespace fieldledger::server
