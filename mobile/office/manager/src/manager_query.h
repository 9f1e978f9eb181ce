#pragma once
// What the manager is looking at: a scope (the company, a team or a technician) and a
// period (a day, ISO week, month or custom range of whole local days), as the desk's
// filter bar sets it, turned into the wire's request fields. The company's time zone
// decides where a custom range's days start and end.
#include <QDate>
#include <QString>
#include <QTimeZone>

#include "fieldledger/v1/scoring.pb.h"

namespace fieldledger::office {

struct ManagerQuery {
  QString scope_kind = QStringLiteral("company");  // "company", "team" or "technician"
  QString scope_id;                                // team or technician id
  QString period_kind = QStringLiteral("week");    // "day", "week", "month" or "custom"
  QDate anchor;                                    // day, week, month: the day inside it
  QDate from, to;                                  // custom: both days included
};

// The request's period. A custom range runs from local midnight of `from` to local
// midnight after `to`; an invalid or reversed range gives end <= start, which the
// server refuses with a message naming the period.
v1::Period MakePeriod(const ManagerQuery& query, const QTimeZone& zone);
// The scorecard request for the query's scope and period.
v1::ScorecardRequest MakeScorecardRequest(const ManagerQuery& query, const QTimeZone& zone,
                                          bool explain);
// The team a ranking, pay or revenue request is limited to: the team when a team is the
// scope, otherwise the whole company (empty).
std::string TeamFilter(const ManagerQuery& query);

}  // namespace fieldledger::office

#include <QVariantMap>

namespace fieldledger::office {
// From the QML filter bar: {scopeKind, scopeId, periodKind, anchor, from, to}, dates as
// "YYYY-MM-DD".
ManagerQuery QueryFromMap(const QVariantMap& map);
}  // namespace fieldledger::office
