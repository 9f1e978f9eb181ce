#pragma once
// SyncService's messages to and from the sync logic's own types (app/sync_types.h,
// app/device_event.h). The stored form of an event is its wire serialization, so decoding
// a stored event (DecodeStoredEvent, declared with the domain event) lives here too.
#include "app/sync_types.h"
#include "fieldledger/v1/sync.pb.h"

namespace fieldledger::server {

DeviceEvent FromWire(const v1::DeviceEvent& e);
WorkDone FromWire(const v1::WorkRecorded& w);
PushBatch FromWire(const v1::PushRequest& req);
PullQuery FromWire(const v1::PullRequest& req);

void ToWire(const PushResult& r, v1::PushResponse* out);
void ToWire(const PullPage& page, v1::PullResponse* out);

}  // namespace fieldledger::server
