#include "app/device_chain.h"

#include "fieldledger/core/sha256.h"

namespace fieldledger::server {

std::string EventSha256(const v1::DeviceEvent& e) { return Sha256Hex(e.SerializeAsString()); }

std::string CheckDeviceChain(const DeviceRecord& device, const v1::DeviceEvent& e) {
  if (e.previous_event_sha256().empty()) return {};
  const std::string seq = std::to_string(e.sequence());
  if (e.sequence() != device.last_sequence + 1) {
    return "event " + seq + " follows event " + std::to_string(e.sequence() - 1) +
           ", which the server never received";
  }
  // A device whose earlier events reached the server before it kept hashes: no link.
  if (device.last_event_sha256.empty() && device.last_sequence > 0) return {};
  if (e.previous_event_sha256() != device.last_event_sha256) {
    return "event " + seq + " does not follow event " + std::to_string(device.last_sequence) +
           " as the server received it: an event was edited, removed or reordered on the "
           "device";
  }
  return {};
}

}  // namespace fieldledger::server
