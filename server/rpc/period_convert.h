#pragma once
// Periods on the wire: a requested v1::Period to the domain's PeriodRequest, and a
// resolved period back into responses.
#include "app/period_request.h"
#include "fieldledger/v1/scoring.pb.h"

namespace fieldledger::server {

PeriodRequest FromProto(const v1::Period& p);
void ToProto(const scoring::Period& p, v1::Period* out);
// FromProto, then the domain's ResolvePeriod.
scoring::Period ResolvePeriod(const v1::Period& requested, const std::string& time_zone);

}  // namespace fieldledger::server
