#include "event_kind.h"

namespace fieldledger::v1 {

std::string EventKindName(const DeviceEvent& event) {
  if (event.payload_case() == DeviceEvent::PAYLOAD_NOT_SET) return "none";
  const auto* field = DeviceEvent::descriptor()->FindFieldByNumber(event.payload_case());
  return field ? field->name() : "none";
}

}  // namespace fieldledger::v1
