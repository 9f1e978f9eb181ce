#pragma once
// The technician's own scorecard for this week and this month, as the Scorecard page
// shows it (Session.scorecard). The figures are the server's: the sync worker fetches
// them after each successful sync and TechnicianDevice keeps the last ones on the
// phone, so the page reads the same cache online and offline and says how old it is.
#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QTimeZone>
#include <QVariantMap>
#include <optional>

#include "fieldledger/v1/scoring.pb.h"

namespace fieldledger::device {
class TechnicianDevice;
}

namespace fieldledger::app {

class MyScorecard : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("provided by Session.scorecard")
  Q_PROPERTY(bool hasData READ hasData NOTIFY changed)
  Q_PROPERTY(bool fresh READ fresh NOTIFY changed)
  Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
  // {title, range, rates: [{key, name, hint, percent, fraction, hasValue, value, detail,
  // gate}]},
  // empty when the phone holds no scorecard for that period.
  Q_PROPERTY(QVariantMap week READ week NOTIFY changed)
  Q_PROPERTY(QVariantMap month READ month NOTIFY changed)

 public:
  explicit MyScorecard(QObject* parent = nullptr);

  // Reads the cached week and month from the phone (the UI thread's connection).
  void load(device::TechnicianDevice& device, const QTimeZone& zone);
  void set(std::optional<v1::Scorecard> week, std::optional<v1::Scorecard> month,
           const QTimeZone& zone);
  // fresh: fetched after this session's last sync; offline: the server is unreachable.
  void setState(bool fresh, bool offline);
  // The language changed: every text is made again.
  void retranslate() { emit changed(); }

  bool hasData() const { return week_.has_value() || month_.has_value(); }
  bool fresh() const { return fresh_; }
  QString statusText() const;
  QVariantMap week() const { return Period(week_); }
  QVariantMap month() const { return Period(month_); }

  // "92%" for 23/25, never "100%" short of all nor "0%" above none; "No data" for 0/0.
  static QString PercentText(const v1::RateFigure& rate);
  static QString FractionText(const v1::RateFigure& rate);
  // "2 late · 1 no-show": empty when nothing kept the on-time rate down.
  static QString OnTimeDetail(const v1::OnTimeFigures& figures);

 signals:
  void changed();

 private:
  QVariantMap Period(const std::optional<v1::Scorecard>& card) const;
  QString RangeText(const v1::Period& period) const;

  std::optional<v1::Scorecard> week_;
  std::optional<v1::Scorecard> month_;
  QTimeZone zone_ = QTimeZone::utc();
  bool fresh_ = false;
  bool offline_ = false;
};

}  // namespace fieldledger::app
