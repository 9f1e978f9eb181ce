#pragma once
// Texts of the manager's desk in the user's language. The server sends figures as
// structured fields (metric enums, counts, verdict codes) and, for explanations, short
// English reasons ("late by 23 min"); the structured fields are worded here, and every
// reason the scoring engine writes (shared/fieldledger/scoring/explain.cpp) is matched
// and translated, anything unknown shown as the server wrote it so nothing is hidden.
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <string>

#include "fieldledger/v1/manager.pb.h"
#include "fieldledger/v1/scoring.pb.h"

namespace fieldledger::office {

// "on_time", "retention", "satisfaction", "attendance", "first_time_fix"; empty otherwise.
QString MetricKey(v1::Metric metric);
v1::Metric MetricFromKey(const QString& key);
// "On time", "准时到达" ...
QString MetricText(v1::Metric metric);

// "92%" for 23/25: never "100%" short of all nor "0%" above none; "No data" for 0/0.
QString PercentOf(qint64 successes, qint64 trials);
QString FractionOf(qint64 successes, qint64 trials);
// A target or bound 0..1 as a percent with at most one decimal: "90%", "92.5%".
QString PercentValue(double value);
QString TargetPpmText(qint64 ppm);
// "¥4,500.24" (fen are whole hundredths of a yuan).
QString YuanText(qint64 fen);
// "35 min", "2 h 5 min".
QString MinutesText(double minutes);
// "2026-12-01 09:30:00" in the company's zone.
QString InstantText(qint64 ms, const QTimeZone& zone);

// The on-time class of a job, a retention / satisfaction / attendance outcome.
QString OutcomeText(const std::string& outcome);
// The engine's English reason, translated.
QString ReasonText(const std::string& reason);
// Where an item counts: "numerator and denominator", "denominator only", "not counted".
QString SideText(bool in_numerator, bool in_denominator);
// A bonus-gate verdict as one code: "met", "missed" or "no_data" (GateCheck.status and
// PayGateLine.verdict both send "no_data"; "no data" from older servers is read the same).
QString GateCode(const std::string& verdict);
// The verdict in words.
QString GateVerdictText(const std::string& verdict);
// The ranking's note on an unranked technician ("sample 1 < minimum 10").
QString RankNoteText(const std::string& note);
// One payslip line in words, built from its fields and the technician's gate; the revenue
// share's percent from MonthPay.revenue_share_ppm (share_ppm < 0: read from the server's
// English explanation, for a MonthPay without the field).
QString PayLineText(const v1::PayLine& line, const v1::TechnicianPay& pay, qint64 share_ppm = -1);
// A share in parts per million as a percent with up to four decimals: 3000 -> "0.3%".
QString SharePercentText(qint64 ppm);
// A fee difference's check code (FeeDifference.check_code) in words; `detail` (the
// server's English) when the code is unknown.
QString FeeCheckText(const std::string& code, const std::string& detail);
// "1st", "第 1 名".
QString PlaceText(int rank);
// The period as a person reads it: "2026-W48 (23 Nov – 29 Nov)".
QString PeriodText(const v1::Period& period, const QTimeZone& zone);

}  // namespace fieldledger::office
