#pragma once
// UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits. Ids sort by creation
// time, which keeps B-tree inserts local on both the device and the server.
#include <string>

#include "fieldledger/core/time.h"

namespace fieldledger {

// Canonical 8-4-4-4-12 lower-case form.
std::string NewUuidV7(TimeMs now);
std::string NewUuidV7();  // uses the system clock

bool IsCanonicalUuid(const std::string& s);

}  // namespace fieldledger
