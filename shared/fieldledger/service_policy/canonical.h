#pragma once
// A deterministic text form of a quote. The server recomputes the quote from the synced job
// facts and compares this text (or its digest) with the device's, so the same quote must
// always give the same bytes: fixed key order, no whitespace, integers only, UTF-8 as is.
#include <string>

#include "fieldledger/service_policy/evaluate.h"

namespace fieldledger::service_policy {

// Compact JSON, keys in the order documented in docs/service-policy.md.
std::string CanonicalJson(const Quote& quote);
// Lower-case hex SHA-256 of CanonicalJson(quote).
std::string CanonicalDigest(const Quote& quote);

}  // namespace fieldledger::service_policy
