#pragma once
// Scorecards, rankings and excusals on the wire: requests to ScorecardLogic's domain
// queries, and the scoring engine's results back into messages.
#include <functional>
#include <string>
#include <vector>

#include "app/scorecard_query.h"
#include "fieldledger/scoring/ranking.h"
#include "fieldledger/scoring/scorecard.h"
#include "fieldledger/v1/scoring.pb.h"
#include "storage/records.h"

namespace fieldledger::server {

// Looks up a job's reference and counted technician for explanation lines.
using JobLabeler = std::function<void(const std::string& job_id, v1::JobExplanation* out)>;

// A rate with its explanation lines; `label` (may be empty) names each line's job.
void ToProto(const scoring::RateResult& r, const JobLabeler& label, v1::RateFigure* out);
void ToProto(const scoring::Scorecard& card, const JobLabeler& label, v1::Scorecard* out);
v1::Metric ToProto(scoring::Metric m);
std::optional<scoring::Metric> FromProto(v1::Metric m);

ScorecardQuery FromProto(const v1::ScorecardRequest& req);
void ToProto(const ScorecardResult& result, v1::Scorecard* out);
RankingQuery FromProto(const v1::RankingRequest& req);
void ToProto(const RankingResult& result, v1::Ranking* out);
void ToProto(const ExcusalRecord& e, v1::Excusal* out);
void ToProto(const std::vector<ExcusalLogEntry>& log, v1::ExcusalHistory* out);

}  // namespace fieldledger::server
