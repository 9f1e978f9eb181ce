#pragma once
// The scoring engine's results on the wire.
#include <functional>
#include <string>

#include "fieldledger/scoring/ranking.h"
#include "fieldledger/scoring/scorecard.h"
#include "fieldledger/v1/scoring.pb.h"

namespace fieldledger::server {

// Looks up a job's reference and counted technician for explanation lines.
using JobLabeler = std::function<void(const std::string& job_id, v1::JobExplanation* out)>;

void ToProto(const scoring::Scorecard& card, const JobLabeler& label, v1::Scorecard* out);
v1::Metric ToProto(scoring::Metric m);
std::optional<scoring::Metric> FromProto(v1::Metric m);

}  // namespace fieldledger::server
