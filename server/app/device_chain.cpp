#include "app/device_chain.h"

namespace fieldledger::server {

std::string PredecessorMissing(std::int64_t sequence) {
  return "event " + std::to_string(sequence) + " follows event " + std::to_string(sequence - 1) +
         ", which the server has not received";
}

std::string PredecessorDiffers(std::int64_t sequence) {
  return "event " + std::to_string(sequence) + " does not follow event " +
         std::to_string(sequence - 1) +
         " as the server received it: an event was edited, removed or reordered on the device";
}

std::string CheckDeviceChain(StoreTx& tx, const std::string& device_id, const DeviceEvent& e) {
  const auto& previous = e.previous_sha256;
  if (previous.empty()) return {};
  // By hash, not by sequence: a phone restored from a backup, told the server's last
  // sequence, continues its own chain at a higher number than its previous event's.
  if (tx.DeviceSentHash(device_id, previous)) return {};
  if (!tx.FindDeviceEventsAt(device_id, e.sequence - 1).empty()) {
    return PredecessorDiffers(e.sequence);
  }
  return PredecessorMissing(e.sequence);
}

}  // namespace fieldledger::server
