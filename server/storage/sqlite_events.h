#pragma once
// The SQL behind the device history and the stored rejections (migration 19): events of
// a device at one sequence, by hash, the nearest sequences around one, and the
// rejections whose id is taken. Kept apart from sqlite_store.cpp so the order-independent
// sync has one small home.
#include <string>
#include <utility>
#include <vector>

#include "fieldledger_sqlite/db.h"
#include "storage/records.h"

namespace fieldledger::server::sqlite_events {

std::vector<EventRecord> FindDeviceEventsAt(sql::Locked& conn, const std::string& device_id,
                                            std::int64_t sequence);
bool DeviceSentHash(sql::Locked& conn, const std::string& device_id, const std::string& sha256);
std::pair<std::int64_t, std::int64_t> NeighbourSequences(sql::Locked& conn,
                                                         const std::string& device_id,
                                                         std::int64_t sequence);
void InsertEventRejection(sql::Locked& conn, const EventRejectionRecord& r);
std::vector<EventRejectionRecord> ListEventRejections(sql::Locked& conn,
                                                      const std::string& device_id);
std::int64_t LastJobChangeSeq(sql::Locked& conn);

// Events stored before migration 19 have no hash: computed from their payload once, at
// open, so the device history links to them too.
void BackfillEventHashes(sql::Db& db);

}  // namespace fieldledger::server::sqlite_events
