#pragma once
// The assessment cycle (seed sections 6 and 8; docs/assessment.md): for a month, each
// technician's figures beside their self-assessment and the assessor's comment; the
// manager publishes the month, which freezes its figures and pay as they were at that
// instant. Later data changes the live figures only, and the difference is reported as
// "changed since publication", never written into what people were paid on.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/pay_logic.h"
#include "auth/caller.h"
#include "fieldledger/pay/pay_policy.h"
#include "fieldledger/scoring/policy.h"
#include "storage/store.h"

namespace fieldledger::server {

struct MetricCount {
  std::int64_t numerator = 0;
  std::int64_t denominator = 0;
  bool operator==(const MetricCount&) const = default;
};
using MetricCounts = std::map<scoring::Metric, MetricCount>;

struct TechnicianAssessment {
  std::string technician_id;
  std::string display_name;
  std::string team_id;
  MetricCounts live;  // now, under the current policies
  std::int64_t live_pay_fen = 0;
  bool live_bonus_earned = false;
  // Set when the month is published: exactly what was published.
  std::optional<MetricCounts> published;
  std::optional<PublishedPayRecord> published_pay;
  std::vector<scoring::Metric> changed_metrics;  // live differs from published
  bool pay_changed = false;
  std::optional<SelfAssessmentRecord> self_assessment;
  std::optional<AssessorCommentRecord> assessor_comment;
  bool changed_since_publication() const { return !changed_metrics.empty() || pay_changed; }
};

struct MonthAssessment {
  scoring::Period period;
  std::optional<PublicationRecord> publication;
  std::vector<TechnicianAssessment> technicians;  // by technician id
};

inline constexpr std::size_t kMaxAssessmentText = 4000;  // bytes

class AssessmentLogic {
 public:
  AssessmentLogic(Store& store, const scoring::ScoringPolicy& scoring_policy,
                  const pay::PayPolicy& pay_policy)
      : store_(store), scoring_policy_(scoring_policy), pay_policy_(pay_policy) {}

  MonthAssessment Read(const Caller& caller, const scoring::Period& month, TimeMs now);
  // The assessor's comment on one technician's month; refused once the month is published.
  AssessorCommentRecord Comment(const Caller& caller, const scoring::Period& month,
                                const std::string& technician_id, const std::string& comment,
                                TimeMs now);
  // Freezes the month: refused before the month has ended and when already published.
  PublicationRecord Publish(const Caller& caller, const scoring::Period& month,
                            const std::string& note, TimeMs now);
  // A technician's own self-assessment for a month, until the month is published.
  SelfAssessmentRecord SubmitSelfAssessment(const Caller& caller, const scoring::Period& month,
                                            const std::string& text, TimeMs written, TimeMs now);

 private:
  Store& store_;
  const scoring::ScoringPolicy& scoring_policy_;
  const pay::PayPolicy& pay_policy_;
};

}  // namespace fieldledger::server
