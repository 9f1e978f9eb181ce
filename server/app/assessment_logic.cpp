#include "app/assessment_logic.h"

#include "app/app_error.h"
#include "app/self_assessment_rules.h"
#include "app/text_input.h"
#include "fieldledger/core/uuid.h"

namespace fieldledger::server {
namespace {

void RequireMonth(const scoring::Period& p) {
  if (p.kind != scoring::PeriodKind::kMonth) {
    Fail(ErrorKind::kInvalidArgument, "period: the assessment cycle is a calendar month");
  }
}

// A technician's counts per metric, as the month's pay computed them (one scoring pass
// serves both the pay and the assessment).
MetricCounts CountsOf(const TechnicianPay& t) {
  MetricCounts out;
  for (scoring::Metric m : scoring::kAllMetrics) {
    out[m] = {t.inputs.Of(m).successes, t.inputs.Of(m).trials};
  }
  return out;
}

std::string PayslipText(const pay::Payslip& slip) {
  std::string text;
  for (const auto& l : slip.lines) text += l.explanation + "\n";
  return text;
}

std::optional<UserRecord> TechnicianOf(StoreTx& tx, const Caller& caller, const std::string& id) {
  auto u = tx.FindUser(id);
  if (!u || u->company_id != caller.company_id || u->role != Role::kTechnician) return std::nullopt;
  return u;
}

}  // namespace

MonthAssessment AssessmentLogic::Read(const Caller& caller, const scoring::Period& month,
                                      TimeMs now) {
  RequireMonth(month);
  MonthAssessment out;
  out.period = month;
  store_.Read([&](StoreTx& tx) {
    out.publication = tx.FindPublication(caller.company_id, month.label);
    const MonthPay pay =
        ComputeMonthPay(tx, caller.company_id, month, scoring_policy_, pay_policy_, now);
    std::map<std::string, MetricCounts> published;
    std::map<std::string, PublishedPayRecord> published_pay;
    if (out.publication) {
      for (const auto& f : tx.ListPublishedFigures(out.publication->id)) {
        if (auto m = scoring::MetricFromName(f.metric)) {
          published[f.technician_id][*m] = {f.numerator, f.denominator};
        }
      }
      for (auto& p : tx.ListPublishedPay(out.publication->id)) {
        published_pay.emplace(p.technician_id, std::move(p));
      }
    }
    std::map<std::string, SelfAssessmentRecord> selves;
    for (auto& a : tx.ListSelfAssessments(caller.company_id, month.label)) {
      selves.emplace(a.technician_id, std::move(a));
    }
    std::map<std::string, AssessorCommentRecord> comments;
    for (auto& c : tx.ListAssessorComments(caller.company_id, month.label)) {
      comments.emplace(c.technician_id, std::move(c));
    }
    for (const TechnicianPay& t : pay.technicians) {
      TechnicianAssessment a;
      a.technician_id = t.technician_id;
      a.display_name = t.display_name;
      a.team_id = t.team_id;
      a.live = CountsOf(t);
      a.live_pay_fen = t.payslip.total_fen;
      a.live_bonus_earned = t.payslip.bonus_earned;
      if (out.publication) {
        // A technician with no row at publication had nothing to count: all zeros.
        MetricCounts frozen;
        for (scoring::Metric m : scoring::kAllMetrics) frozen[m] = published[t.technician_id][m];
        for (scoring::Metric m : scoring::kAllMetrics) {
          if (!(frozen[m] == a.live[m])) a.changed_metrics.push_back(m);
        }
        a.published = std::move(frozen);
        if (auto it = published_pay.find(t.technician_id); it != published_pay.end()) {
          a.published_pay = it->second;
          a.pay_changed = it->second.total_fen != a.live_pay_fen ||
                          it->second.bonus_earned != a.live_bonus_earned;
        } else {
          a.pay_changed = true;  // paid now, but not in the published month
        }
      }
      if (auto it = selves.find(t.technician_id); it != selves.end())
        a.self_assessment = it->second;
      if (auto it = comments.find(t.technician_id); it != comments.end()) {
        a.assessor_comment = it->second;
      }
      out.technicians.push_back(std::move(a));
    }
  });
  return out;
}

AssessorCommentRecord AssessmentLogic::Comment(const Caller& caller, const scoring::Period& month,
                                               const std::string& technician_id,
                                               const std::string& comment, TimeMs now) {
  RequireMonth(month);
  if (auto why = RefuseText("comment", comment, kMaxAssessmentText); !why.empty()) {
    Fail(ErrorKind::kInvalidArgument, why);
  }
  AssessorCommentRecord c{caller.company_id, month.label,    technician_id,
                          comment,           caller.user_id, now};
  store_.Write([&](StoreTx& tx) {
    if (!TechnicianOf(tx, caller, technician_id)) {
      Fail(ErrorKind::kNotFound,
           "technician_id: technician '" + technician_id + "' does not exist");
    }
    if (tx.FindPublication(caller.company_id, month.label)) {
      Fail(ErrorKind::kFailedPrecondition,
           "period: " + month.label + " is published; its assessment can no longer change");
    }
    tx.UpsertAssessorComment(c);
  });
  return c;
}

PublicationRecord AssessmentLogic::Publish(const Caller& caller, const scoring::Period& month,
                                           const std::string& note, TimeMs now) {
  RequireMonth(month);
  if (auto why = RefuseText("note", note, kMaxAssessmentText); !why.empty()) {
    Fail(ErrorKind::kInvalidArgument, why);
  }
  if (now < month.end) {
    Fail(ErrorKind::kFailedPrecondition,
         "period: " + month.label + " has not ended yet; publish it once it is over");
  }
  PublicationRecord pub{
      NewUuidV7(now),          caller.company_id,   month.label,    month.start, month.end, now,
      scoring_policy_.version, pay_policy_.version, caller.user_id, note};
  store_.Write([&](StoreTx& tx) {
    if (tx.FindPublication(caller.company_id, month.label)) {
      Fail(ErrorKind::kAlreadyExists, "period: " + month.label + " is already published");
    }
    // Computed inside the same write transaction: what is stored is exactly what the data
    // said at the instant of publication.
    const MonthPay pay =
        ComputeMonthPay(tx, caller.company_id, month, scoring_policy_, pay_policy_, now);
    tx.InsertPublication(pub);
    for (const TechnicianPay& t : pay.technicians) {
      const MetricCounts counts = CountsOf(t);
      for (scoring::Metric m : scoring::kAllMetrics) {
        const MetricCount c = counts.at(m);
        tx.InsertPublishedFigure(
            {pub.id, t.technician_id, scoring::MetricName(m), c.numerator, c.denominator});
      }
      tx.InsertPublishedPay({pub.id, t.technician_id, t.revenue_fen, t.payslip.total_fen,
                             t.payslip.bonus_earned, PayslipText(t.payslip)});
    }
  });
  return pub;
}

SelfAssessmentRecord AssessmentLogic::SubmitSelfAssessment(const Caller& caller,
                                                           const scoring::Period& month,
                                                           const std::string& text, TimeMs written,
                                                           TimeMs now) {
  RequireMonth(month);
  if (caller.role != Role::kTechnician) {
    Fail(ErrorKind::kPermissionDenied, "only a technician writes a self-assessment");
  }
  // The same rules as a self-assessment written offline and synced (event_rules.cpp).
  if (auto why = RefuseSelfAssessmentText(text); !why.empty()) {
    Fail(ErrorKind::kInvalidArgument, why);
  }
  SelfAssessmentRecord a{caller.company_id, month.label, caller.user_id, text, written, now};
  store_.Write([&](StoreTx& tx) {
    if (auto why = RefuseSelfAssessmentMonth(tx, caller.company_id, month); !why.empty()) {
      Fail(ErrorKind::kFailedPrecondition, why);
    }
    tx.UpsertSelfAssessment(a);
  });
  return a;
}

}  // namespace fieldledger::server
