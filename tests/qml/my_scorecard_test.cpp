#include "my_scorecard.h"

#include <gtest/gtest.h>
#include <QSignalSpy>

namespace fieldledger::app {
namespace {

v1::RateFigure Rate(qint64 n, qint64 d) {
  v1::RateFigure r;
  r.set_numerator(n);
  r.set_denominator(d);
  r.set_has_value(d > 0);
  if (d > 0) r.set_value(static_cast<double>(n) / static_cast<double>(d));
  return r;
}

TEST(MyScorecard, PercentNeverRoundsToAPerfectOrEmptyRecord) {
  EXPECT_EQ(MyScorecard::PercentText(Rate(23, 25)), "92%");
  EXPECT_EQ(MyScorecard::PercentText(Rate(2, 3)), "67%");
  EXPECT_EQ(MyScorecard::PercentText(Rate(25, 25)), "100%");
  EXPECT_EQ(MyScorecard::PercentText(Rate(999, 1000)), "99%");
  EXPECT_EQ(MyScorecard::PercentText(Rate(1, 1000)), "1%");
  EXPECT_EQ(MyScorecard::PercentText(Rate(0, 4)), "0%");
  EXPECT_EQ(MyScorecard::PercentText(Rate(0, 0)), "No data");
  EXPECT_EQ(MyScorecard::FractionText(Rate(23, 25)), "23/25");
  EXPECT_EQ(MyScorecard::FractionText(Rate(0, 0)), "0/0");
}

TEST(MyScorecard, OnTimeDetailNamesWhatKeptTheRateDown) {
  v1::OnTimeFigures f;
  EXPECT_EQ(MyScorecard::OnTimeDetail(f), "");
  f.set_late(2);
  f.set_no_show(1);
  EXPECT_EQ(MyScorecard::OnTimeDetail(f), "2 late · 1 no-show");
  f.set_excused(3);
  EXPECT_EQ(MyScorecard::OnTimeDetail(f), "2 late · 1 no-show · 3 excused");
}

TEST(MyScorecard, ShowsEachPeriodsRatesAndHowOldTheyAre) {
  const QTimeZone utc = QTimeZone::utc();
  const qint64 monday = QDateTime(QDate(2026, 11, 23), QTime(0, 0), utc).toMSecsSinceEpoch();
  v1::Scorecard week;
  week.mutable_period()->set_kind(v1::PERIOD_KIND_ISO_WEEK);
  week.mutable_period()->set_start_ms(monday);
  week.mutable_period()->set_end_ms(monday + 7 * 86'400'000LL);
  week.set_computed_at_ms(monday + 86'400'000LL + 9 * 3'600'000LL);  // Tuesday 09:00
  *week.mutable_on_time()->mutable_rate() = Rate(23, 25);
  *week.mutable_retention()->mutable_rate() = Rate(0, 0);
  *week.mutable_satisfaction()->mutable_rate() = Rate(9, 10);
  auto* check = week.mutable_bonus_gate()->add_checks();
  check->set_metric(v1::METRIC_ON_TIME);
  check->set_status("missed");

  MyScorecard card;
  EXPECT_FALSE(card.hasData());
  EXPECT_TRUE(card.week().isEmpty());
  QSignalSpy changed(&card, &MyScorecard::changed);
  card.set(week, std::nullopt, utc);
  EXPECT_EQ(changed.count(), 1);
  EXPECT_TRUE(card.hasData());
  EXPECT_TRUE(card.month().isEmpty());
  const QVariantMap w = card.week();
  EXPECT_EQ(w.value("title").toString(), "This week");
  EXPECT_EQ(w.value("range").toString(), "23 Nov – 29 Nov");
  const QVariantList rates = w.value("rates").toList();
  ASSERT_EQ(rates.size(), 3);
  const QVariantMap on_time = rates[0].toMap(), retention = rates[1].toMap();
  EXPECT_EQ(on_time.value("key").toString(), "on_time");
  EXPECT_EQ(on_time.value("percent").toString(), "92%");
  EXPECT_EQ(on_time.value("fraction").toString(), "23/25");
  EXPECT_DOUBLE_EQ(on_time.value("value").toDouble(), 0.92);
  // Coloured by the bonus gate where the company sets a target.
  EXPECT_EQ(on_time.value("gate").toString(), "missed");
  EXPECT_EQ(rates[1].toMap().value("gate").toString(), "");
  EXPECT_EQ(retention.value("percent").toString(), "No data");
  EXPECT_FALSE(retention.value("hasValue").toBool());
  EXPECT_EQ(rates[2].toMap().value("percent").toString(), "90%");

  // Not fetched in this session: the figures say when they were computed.
  EXPECT_TRUE(card.statusText().startsWith("As of "));
  EXPECT_TRUE(card.statusText().endsWith("09:00"));
  card.setState(false, true);
  EXPECT_TRUE(card.statusText().startsWith("Offline · as of "));
  card.setState(true, false);
  EXPECT_TRUE(card.statusText().startsWith("Updated "));
}

}  // namespace
}  // namespace fieldledger::app
