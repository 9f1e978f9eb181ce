#pragma once
// Tamper-evident device history: every event names the SHA-256 of the device's previous
// event (DeviceEvent.previous_event_sha256, set by LocalStore when it records), and the
// server keeps the hash of the last event it received from each device. An event edited
// in the phone's database after it was recorded, removed, or sent out of order breaks the
// chain at the next event; the server flags that event's job.
#include <string>

#include "fieldledger/v1/sync.pb.h"
#include "storage/records.h"

namespace fieldledger::server {

// The hash the next event of the device must name: of the event as received.
std::string EventSha256(const v1::DeviceEvent& e);

// Why `e` does not continue the device's chain ("" when it does, or cannot be checked:
// an event naming no previous hash, from an app that does not chain, is not checked).
std::string CheckDeviceChain(const DeviceRecord& device, const v1::DeviceEvent& e);

}  // namespace fieldledger::server
