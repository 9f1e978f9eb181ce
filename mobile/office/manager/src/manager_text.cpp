#include "manager_text.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace fieldledger::office {
namespace {}  // namespace

QString MetricKey(v1::Metric metric) {
  switch (metric) {
    case v1::METRIC_ON_TIME:
      return QStringLiteral("on_time");
    case v1::METRIC_RETENTION:
      return QStringLiteral("retention");
    case v1::METRIC_SATISFACTION:
      return QStringLiteral("satisfaction");
    case v1::METRIC_ATTENDANCE:
      return QStringLiteral("attendance");
    case v1::METRIC_FIRST_TIME_FIX:
      return QStringLiteral("first_time_fix");
    default:
      return {};
  }
}

v1::Metric MetricFromKey(const QString& key) {
  for (v1::Metric m : {v1::METRIC_ON_TIME, v1::METRIC_RETENTION, v1::METRIC_SATISFACTION,
                       v1::METRIC_ATTENDANCE, v1::METRIC_FIRST_TIME_FIX}) {
    if (MetricKey(m) == key) return m;
  }
  return v1::METRIC_UNSPECIFIED;
}

QString MetricText(v1::Metric metric) {
  switch (metric) {
    case v1::METRIC_ON_TIME:
      return QCoreApplication::translate("ManagerText", "On-time arrival");
    case v1::METRIC_RETENTION:
      return QCoreApplication::translate("ManagerText", "Repair retention");
    case v1::METRIC_SATISFACTION:
      return QCoreApplication::translate("ManagerText", "Customer satisfaction");
    case v1::METRIC_ATTENDANCE:
      return QCoreApplication::translate("ManagerText", "Attendance");
    case v1::METRIC_FIRST_TIME_FIX:
      return QCoreApplication::translate("ManagerText", "First-time fix");
    default:
      return QCoreApplication::translate("ManagerText", "Unknown metric");
  }
}

QString PercentOf(qint64 successes, qint64 trials) {
  if (trials <= 0)
    return QCoreApplication::translate("ManagerText", "No data");  // 0/0 is neither 0% nor 100%
  int percent = static_cast<int>(std::lround(100.0 * static_cast<double>(successes) / trials));
  // Rounding must not claim a perfect or an empty record that is not one.
  if (successes < trials) percent = std::min(percent, 99);
  if (successes > 0) percent = std::max(percent, 1);
  return QCoreApplication::translate("ManagerText", "%1%").arg(percent);
}

QString FractionOf(qint64 successes, qint64 trials) {
  return QStringLiteral("%1/%2").arg(successes).arg(trials);
}

QString PercentValue(double value) {
  const double percent = std::round(value * 1000.0) / 10.0;
  const bool whole = std::fabs(percent - std::round(percent)) < 1e-9;
  return QCoreApplication::translate("ManagerText", "%1%")
      .arg(QLocale().toString(percent, 'f', whole ? 0 : 1));
}

QString TargetPpmText(qint64 ppm) {
  const double percent = static_cast<double>(ppm) / 10'000.0;
  return QCoreApplication::translate("ManagerText", "%1%").arg(QLocale().toString(percent, 'g', 6));
}

QString YuanText(qint64 fen) {
  const QString sign = fen < 0 ? QStringLiteral("-") : QString();
  const qint64 abs = fen < 0 ? -fen : fen;
  QLocale c(QLocale::English);
  return QStringLiteral("%1¥%2.%3")
      .arg(sign, c.toString(abs / 100))
      .arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString MinutesText(double minutes) {
  const qint64 whole = static_cast<qint64>(std::llround(minutes));
  if (whole < 60) return QCoreApplication::translate("ManagerText", "%1 min").arg(whole);
  if (whole % 60 == 0) return QCoreApplication::translate("ManagerText", "%1 h").arg(whole / 60);
  return QCoreApplication::translate("ManagerText", "%1 h %2 min").arg(whole / 60).arg(whole % 60);
}

QString InstantText(qint64 ms, const QTimeZone& zone) {
  if (ms <= 0) return {};
  return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString OutcomeText(const std::string& outcome) {
  static const std::vector<std::pair<std::string, const char*>> kTexts = {
      {"early", QT_TRANSLATE_NOOP("ManagerText", "early")},
      {"on_time", QT_TRANSLATE_NOOP("ManagerText", "on time")},
      {"late", QT_TRANSLATE_NOOP("ManagerText", "late")},
      {"no_show", QT_TRANSLATE_NOOP("ManagerText", "no-show")},
      {"pending", QT_TRANSLATE_NOOP("ManagerText", "pending")},
      {"excluded", QT_TRANSLATE_NOOP("ManagerText", "excluded")},
      {"excused", QT_TRANSLATE_NOOP("ManagerText", "excused")},
      {"success", QT_TRANSLATE_NOOP("ManagerText", "counts for")},
      {"failure", QT_TRANSLATE_NOOP("ManagerText", "counts against")},
      {"not_counted", QT_TRANSLATE_NOOP("ManagerText", "not counted")},
  };
  for (const auto& [code, text] : kTexts) {
    if (code == outcome) return QCoreApplication::translate("ManagerText", text);
  }
  return QString::fromStdString(outcome);
}

QString ReasonText(const std::string& reason) {
  // One pattern per reason the engine writes; captures fill %1, %2, %3 in order.
  struct Pattern {
    QRegularExpression re;
    const char* text;
  };
  static const std::vector<Pattern> kPatterns = [] {
    const auto p = [](const char* re, const char* text) {
      return Pattern{QRegularExpression(QStringLiteral("^%1$").arg(QLatin1String(re))), text};
    };
    return std::vector<Pattern>{
        p("early by (\\d+) min", QT_TRANSLATE_NOOP("ManagerText", "early by %1 min")),
        p("on time", QT_TRANSLATE_NOOP("ManagerText", "on time")),
        p("unverified arrival counted as late",
          QT_TRANSLATE_NOOP("ManagerText", "unverified arrival counted as late")),
        p("late by (\\d+) min", QT_TRANSLATE_NOOP("ManagerText", "late by %1 min")),
        p("no-show: no check-in by (.+)",
          QT_TRANSLATE_NOOP("ManagerText", "no-show: no check-in by %1")),
        p("pending: window open until (.+)",
          QT_TRANSLATE_NOOP("ManagerText", "pending: window open until %1")),
        p("excluded: cancelled", QT_TRANSLATE_NOOP("ManagerText", "excluded: cancelled")),
        p("excluded: rescheduled", QT_TRANSLATE_NOOP("ManagerText", "excluded: rescheduled")),
        p("excluded: unverified arrival \\(policy\\)",
          QT_TRANSLATE_NOOP("ManagerText", "excluded: unverified arrival (policy)")),
        p("excused by ([^:]*): (.*)", QT_TRANSLATE_NOOP("ManagerText", "excused by %1: %2")),
        p("held: no repeat repair within (\\d+) days",
          QT_TRANSLATE_NOOP("ManagerText", "held: no repeat repair within %1 days")),
        p("pending: retention window open until (.+)",
          QT_TRANSLATE_NOOP("ManagerText", "pending: retention window open until %1")),
        p("repeat repair on (\\S+) within (\\d+) days \\(job (.+)\\)",
          QT_TRANSLATE_NOOP("ManagerText", "repeat repair on %1 within %2 days (job %3)")),
        p("call-back on (\\S+) reported the problem came back",
          QT_TRANSLATE_NOOP("ManagerText", "call-back on %1 reported the problem came back")),
        p("reached, no score given \\(call-back (\\S+)\\)",
          QT_TRANSLATE_NOOP("ManagerText", "reached, no score given (call-back %1)")),
        p("reached, no score given", QT_TRANSLATE_NOOP("ManagerText", "reached, no score given")),
        p("score (\\d+) >= (\\d+) \\(call-back (\\S+)\\)",
          QT_TRANSLATE_NOOP("ManagerText", "score %1 ≥ %2, satisfied (call-back %3)")),
        p("score (\\d+) < (\\d+) \\(call-back (\\S+)\\)",
          QT_TRANSLATE_NOOP("ManagerText", "score %1 < %2, not satisfied (call-back %3)")),
        p("score (\\d+) >= (\\d+)", QT_TRANSLATE_NOOP("ManagerText", "score %1 ≥ %2, satisfied")),
        p("score (\\d+) < (\\d+)",
          QT_TRANSLATE_NOOP("ManagerText", "score %1 < %2, not satisfied")),
        p("customer reached", QT_TRANSLATE_NOOP("ManagerText", "customer reached")),
        p("call-back could not reach the customer",
          QT_TRANSLATE_NOOP("ManagerText", "call-back could not reach the customer")),
        p("resolved on the first visit",
          QT_TRANSLATE_NOOP("ManagerText", "resolved on the first visit")),
        p("needed more than one visit",
          QT_TRANSLATE_NOOP("ManagerText", "needed more than one visit")),
        p("checked in (\\d+) min after shift start \\(grace (\\d+) min\\)",
          QT_TRANSLATE_NOOP("ManagerText", "checked in %1 min after shift start (grace %2 min)")),
        p("checked in (.+)", QT_TRANSLATE_NOOP("ManagerText", "checked in %1")),
        p("no check-in", QT_TRANSLATE_NOOP("ManagerText", "no check-in")),
        p("approved leave", QT_TRANSLATE_NOOP("ManagerText", "approved leave")),
        p("pending: check-in open until (.+)",
          QT_TRANSLATE_NOOP("ManagerText", "pending: check-in open until %1")),
    };
  }();
  const QString text = QString::fromStdString(reason);
  for (const Pattern& pattern : kPatterns) {
    const auto match = pattern.re.match(text);
    if (!match.hasMatch()) continue;
    QString out = QCoreApplication::translate("ManagerText", pattern.text);
    for (int i = 1; i <= match.lastCapturedIndex(); ++i) out = out.arg(match.captured(i));
    return out;
  }
  return text;
}

QString SideText(bool in_numerator, bool in_denominator) {
  if (in_numerator) return QCoreApplication::translate("ManagerText", "numerator and denominator");
  if (in_denominator) return QCoreApplication::translate("ManagerText", "denominator only");
  return QCoreApplication::translate("ManagerText", "not counted");
}

QString GateCode(const std::string& verdict) {
  QString code = QString::fromStdString(verdict);
  code.replace(QLatin1Char(' '), QLatin1Char('_'));
  return code;
}

QString GateVerdictText(const std::string& raw) {
  const std::string verdict = GateCode(raw).toStdString();
  if (verdict == "met") return QCoreApplication::translate("ManagerText", "met");
  if (verdict == "missed") return QCoreApplication::translate("ManagerText", "missed");
  if (verdict == "no_data") return QCoreApplication::translate("ManagerText", "no data");
  return QString::fromStdString(verdict);
}

QString RankNoteText(const std::string& note) {
  static const QRegularExpression kSample(QStringLiteral("^sample (\\d+) < minimum (\\d+)$"));
  const auto match = kSample.match(QString::fromStdString(note));
  if (match.hasMatch()) {
    return QCoreApplication::translate("ManagerText",
                                       "unranked: %1 in the sample, the minimum is %2")
        .arg(match.captured(1), match.captured(2));
  }
  return QString::fromStdString(note);
}

QString PlaceText(int rank) {
  if (rank <= 0) return QCoreApplication::translate("ManagerText", "unranked");
  return QCoreApplication::translate("ManagerText", "#%1", "a place in the ranking").arg(rank);
}

QString SharePercentText(qint64 ppm) {
  QString number = QLocale().toString(static_cast<double>(ppm) / 10000.0, 'f', 4);
  // "0.3000" -> "0.3", "1.0000" -> "1": the policy allows four decimals, shown only if used.
  const QChar point = QLocale().decimalPoint().front();
  if (number.contains(point)) {
    while (number.endsWith(QLatin1Char('0'))) number.chop(1);
    if (number.endsWith(point)) number.chop(1);
  }
  return number + QStringLiteral("%");
}

QString FeeCheckText(const std::string& code, const std::string& detail) {
  if (code == "unknown_policy") {
    return QCoreApplication::translate(
        "ManagerText", "The phone used a fee policy the server does not have; recomputed");
  }
  if (code == "cannot_quote") {
    return QCoreApplication::translate("ManagerText",
                                       "The server's fee policy cannot price this job");
  }
  if (code == "fee_differs") {
    return QCoreApplication::translate("ManagerText", "The phone charged a different fee");
  }
  if (code == "quote_differs") {
    return QCoreApplication::translate(
        "ManagerText", "Same fee, but the quote differs (visit date or entitlements)");
  }
  return QString::fromStdString(detail);
}

QString PayLineText(const v1::PayLine& line, const v1::TechnicianPay& pay, qint64 share_ppm) {
  if (line.kind() == "base") return QCoreApplication::translate("ManagerText", "Base pay");
  if (line.kind() == "revenue_share") {
    QString share;
    if (share_ppm >= 0) {
      share = SharePercentText(share_ppm);
    } else {
      // An older MonthPay: the percent is only in the server's words.
      static const QRegularExpression kShare(QStringLiteral("^revenue share (\\S+)% of"));
      const auto match = kShare.match(QString::fromStdString(line.explanation()));
      share = match.hasMatch() ? match.captured(1) + QStringLiteral("%") : QString();
    }
    return QCoreApplication::translate("ManagerText", "Revenue share %1 of %2")
        .arg(share, YuanText(pay.revenue_fen()));
  }
  if (line.kind() == "metric_bonus") {
    if (pay.bonus_earned()) {
      return pay.gate_size() == 0
                 ? QCoreApplication::translate("ManagerText", "Metric bonus: no gated metrics")
                 : QCoreApplication::translate("ManagerText",
                                               "Metric bonus: every gated metric met its target");
    }
    QStringList failures;
    for (const v1::PayGateLine& g : pay.gate()) {
      if (g.verdict() == "no_data") {
        failures << QCoreApplication::translate("ManagerText", "%1 has no data (target %2)")
                        .arg(MetricText(g.metric()), TargetPpmText(g.target_ppm()));
      } else if (g.verdict() == "missed") {
        failures << QCoreApplication::translate("ManagerText", "%1 %2 missed its %3 target")
                        .arg(MetricText(g.metric()), PercentOf(g.successes(), g.trials()),
                             TargetPpmText(g.target_ppm()));
      }
    }
    return QCoreApplication::translate("ManagerText", "Metric bonus 0: %1")
        .arg(failures.join(QCoreApplication::translate("ManagerText", "; ")));
  }
  if (line.kind() == "rank_reward") {
    return QCoreApplication::translate("ManagerText", "Rank reward: %1, %2")
        .arg(MetricText(line.metric()), PlaceText(line.rank()));
  }
  return QString::fromStdString(line.explanation());
}

QString PeriodText(const v1::Period& period, const QTimeZone& zone) {
  const QString label = QString::fromStdString(period.label());
  if (period.start_ms() <= 0 || period.end_ms() <= period.start_ms()) return label;
  const QDate first = QDateTime::fromMSecsSinceEpoch(period.start_ms(), zone).date();
  const QDate last = QDateTime::fromMSecsSinceEpoch(period.end_ms() - 1, zone).date();
  const QString f = QStringLiteral("yyyy-MM-dd");
  if (period.kind() == v1::PERIOD_KIND_DAY) return first.toString(f);
  if (period.kind() == v1::PERIOD_KIND_CUSTOM) {
    return QCoreApplication::translate("ManagerText", "%1 to %2")
        .arg(first.toString(f), last.toString(f));
  }
  return QCoreApplication::translate("ManagerText", "%1 (%2 to %3)")
      .arg(label, first.toString(f), last.toString(f));
}

}  // namespace fieldledger::office
