#include "manager_query.h"

#include <QDateTime>

namespace fieldledger::office {

v1::Period MakePeriod(const ManagerQuery& query, const QTimeZone& zone) {
  v1::Period p;
  const QDate anchor = query.anchor.isValid() ? query.anchor : QDate::currentDate();
  const std::string date = anchor.toString(Qt::ISODate).toStdString();
  if (query.period_kind == QLatin1String("day")) {
    p.set_kind(v1::PERIOD_KIND_DAY);
    p.set_anchor_date(date);
  } else if (query.period_kind == QLatin1String("month")) {
    p.set_kind(v1::PERIOD_KIND_MONTH);
    p.set_anchor_date(date);
  } else if (query.period_kind == QLatin1String("custom")) {
    p.set_kind(v1::PERIOD_KIND_CUSTOM);
    if (query.from.isValid() && query.to.isValid()) {
      p.set_start_ms(QDateTime(query.from, QTime(0, 0), zone).toMSecsSinceEpoch());
      p.set_end_ms(QDateTime(query.to.addDays(1), QTime(0, 0), zone).toMSecsSinceEpoch());
    }
  } else {
    p.set_kind(v1::PERIOD_KIND_ISO_WEEK);
    p.set_anchor_date(date);
  }
  return p;
}

v1::ScorecardRequest MakeScorecardRequest(const ManagerQuery& query, const QTimeZone& zone,
                                          bool explain) {
  v1::ScorecardRequest req;
  if (query.scope_kind == QLatin1String("technician")) {
    req.set_technician_id(query.scope_id.toStdString());
  } else if (query.scope_kind == QLatin1String("team")) {
    req.set_team_id(query.scope_id.toStdString());
  } else {
    req.set_company(true);
  }
  *req.mutable_period() = MakePeriod(query, zone);
  req.set_explain(explain);
  return req;
}

std::string TeamFilter(const ManagerQuery& query) {
  return query.scope_kind == QLatin1String("team") ? query.scope_id.toStdString() : std::string();
}

}  // namespace fieldledger::office

namespace fieldledger::office {

ManagerQuery QueryFromMap(const QVariantMap& map) {
  ManagerQuery q;
  const auto text = [&](const char* key, const QString& fallback) {
    const QString v = map.value(QLatin1String(key)).toString();
    return v.isEmpty() ? fallback : v;
  };
  q.scope_kind = text("scopeKind", q.scope_kind);
  q.scope_id = map.value(QStringLiteral("scopeId")).toString();
  q.period_kind = text("periodKind", q.period_kind);
  q.anchor = QDate::fromString(map.value(QStringLiteral("anchor")).toString(), Qt::ISODate);
  q.from = QDate::fromString(map.value(QStringLiteral("from")).toString(), Qt::ISODate);
  q.to = QDate::fromString(map.value(QStringLiteral("to")).toString(), Qt::ISODate);
  return q;
}

}  // namespace fieldledger::office
