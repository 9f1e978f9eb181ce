#pragma once
// What the call-back agent sees of one visit: the technician's last work record and the
// signature and photos the phone sent, read from the job's applied events. The stored
// event payload is the device's own serialized event (storage format), decoded here.
#include "app/callback_types.h"
#include "storage/store.h"

namespace fieldledger::server {

VisitWork ReadVisitWork(StoreTx& tx, const JobRecord& job);

// The entry plus work, punctuality and earlier calls; `calls` in (at_ms, id) order.
VisitDetail BuildVisitDetail(StoreTx& tx, QueueEntry entry, std::span<const CallBackRecord> calls,
                             const scoring::ScoringPolicy& policy, TimeMs now);

}  // namespace fieldledger::server
