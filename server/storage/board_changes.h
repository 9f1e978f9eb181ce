#pragma once
// How much of the dispatcher board's change log (board_changes, migration 20) is kept.
// Store::AppendBoardChanges prunes it on both back ends: whenever the rows it adds cross a
// multiple of kBoardChangesPruneEvery, it deletes every row more than kBoardChangesKept
// numbers behind the last one. So the log holds about kBoardChangesKept rows, at most
// kBoardChangesKept + kBoardChangesPruneEvery plus one write's rows. A follower whose
// cursor falls behind the kept rows (app/board_follower.h) cannot replay them and resets
// its instance's boards, which reload.
#include <cstdint>

namespace fieldledger::server {

inline constexpr std::int64_t kBoardChangesKept = 10'000;
inline constexpr std::int64_t kBoardChangesPruneEvery = 1'000;

// Whether rows numbered up to `last`, `added` of them just now, crossed a multiple of
// kBoardChangesPruneEvery (so this write prunes).
inline bool BoardChangesDuePrune(std::int64_t last, std::int64_t added) {
  return added > 0 && last / kBoardChangesPruneEvery != (last - added) / kBoardChangesPruneEvery;
}

}  // namespace fieldledger::server
