#pragma once
// The name of a device event's kind ("check_in", "on_my_way", "work_recorded",
// "completed", "discarded"): the name of the payload field set in the oneof, so the
// device and the server spell it the same way and a new payload needs no table edit.
#include <string>

#include "fieldledger/v1/sync.pb.h"

namespace fieldledger::v1 {

// "none" when no payload is set.
std::string EventKindName(const DeviceEvent& event);

}  // namespace fieldledger::v1
