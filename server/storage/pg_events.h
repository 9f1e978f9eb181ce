#pragma once
// The SQL behind the device history and the stored rejections (migration 19): events of
// a device at one sequence, by hash, the nearest sequences around one, and the
// rejections whose id is taken. Kept apart from pg_store.cpp so the order-independent
// sync has one small home.
#include <string>
#include <utility>
#include <vector>

#include "fieldledger_pg/conn.h"
#include "storage/records.h"

namespace fieldledger::server::pg_events {

std::vector<EventRecord> FindDeviceEventsAt(pg::Conn& conn, const std::string& device_id,
                                            std::int64_t sequence);
bool DeviceSentHash(pg::Conn& conn, const std::string& device_id, const std::string& sha256);
std::pair<std::int64_t, std::int64_t> NeighbourSequences(pg::Conn& conn,
                                                         const std::string& device_id,
                                                         std::int64_t sequence);
void InsertEventRejection(pg::Conn& conn, const EventRejectionRecord& r);
std::vector<EventRejectionRecord> ListEventRejections(pg::Conn& conn, const std::string& device_id);
std::int64_t LastJobChangeSeq(pg::Conn& conn);

}  // namespace fieldledger::server::pg_events
