#pragma once
// Tamper-evident device history: every event names the SHA-256 of the device's previous
// event (DeviceEvent.previous_event_sha256, set by LocalStore when it records), and the
// server keeps each event's hash as received. An event edited in the phone's database
// after it was recorded, or removed, breaks the chain at the next event; the server flags
// that event's job. The check does not depend on arrival order: an event whose
// predecessor has not arrived yet is flagged provisionally, and the flag is lifted (or
// made final) when the predecessor lands (docs/sync.md, "Device history").
#include <string>

#include "app/device_event.h"
#include "storage/store.h"

namespace fieldledger::server {

// Why `e` does not continue the device's chain as the server holds it ("" when it does,
// or cannot be checked: an event naming no previous hash, from an app that does not
// chain, is not checked). Linked means: the device sent an event with the named hash.
std::string CheckDeviceChain(StoreTx& tx, const std::string& device_id, const DeviceEvent& e);

// The provisional problem: the predecessor has not arrived (yet).
std::string PredecessorMissing(std::int64_t sequence);
// The final one: the predecessor the server holds is not the one the event names.
std::string PredecessorDiffers(std::int64_t sequence);

}  // namespace fieldledger::server
