#pragma once
// Tests speak the wire to SyncLogic, as a phone does: the request is converted as
// SyncService converts it (server/rpc/sync_convert.h), so each test also checks the
// conversion on the way in and out.
#include "app/sync_logic.h"
#include "rpc/sync_convert.h"

// In the server's namespace, so argument-dependent lookup finds them from any test.
namespace fieldledger::server {

inline v1::PushResponse WirePush(SyncLogic& logic, const Caller& caller, const v1::PushRequest& req,
                                 TimeMs now) {
  v1::PushResponse out;
  ToWire(logic.Push(caller, FromWire(req), now), &out);
  return out;
}

inline v1::PullResponse WirePull(SyncLogic& logic, const Caller& caller, const v1::PullRequest& req,
                                 TimeMs now) {
  v1::PullResponse out;
  ToWire(logic.Pull(caller, FromWire(req), now), &out);
  return out;
}

}  // namespace fieldledger::server
