#pragma once
// Resolves a requested period (day, ISO week or month around an anchor date, or a
// custom range) in the company's time zone, with errors a caller can act on.
#include "fieldledger/scoring/period.h"
#include "fieldledger/v1/scoring.pb.h"

namespace fieldledger::server {

scoring::Period ResolvePeriod(const v1::Period& requested, const std::string& time_zone);
void ToProto(const scoring::Period& p, v1::Period* out);

}  // namespace fieldledger::server
