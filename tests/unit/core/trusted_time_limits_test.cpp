// Trusted time on hostile readings: no overflow for any int64, precise reasons, and the
// arrival-trust reasons with the size of each difference.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "fieldledger/core/arrival_trust.h"
#include "fieldledger/core/boot_clock.h"
#include "fieldledger/core/checked.h"
#include "fieldledger/core/trusted_time.h"

namespace fieldledger {
namespace {

constexpr TimeMs kNow = 1'764'000'000'000;
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

TEST(Checked, ReportsOverflowInsteadOfWrapping) {
  EXPECT_EQ(CheckedAdd(kMax, 1), std::nullopt);
  EXPECT_EQ(CheckedSub(kMin, 1), std::nullopt);
  EXPECT_EQ(CheckedSub(0, kMin), std::nullopt);
  EXPECT_EQ(CheckedAdd(kMax - 1, 1), kMax);
  EXPECT_EQ(SaturatingAbs(kMin), kMax);
  EXPECT_EQ(SaturatingAbs(-5), 5);
}

TEST(TrustedTime, EveryExtremeCombinationIsReportedNotWrapped) {
  const std::vector<std::int64_t> values = {kMin, kMin + 1, -1, 0, 1, kNow, kMax - 1, kMax};
  for (auto ew : values) {
    for (auto em : values) {
      for (auto sw : values) {
        for (auto sm : values) {
          for (const char* boot : {"b", "other"}) {
            const auto t = EstimateTrustedTime({ew, em, "b"}, {sw, sm, boot}, kNow, 120'000);
            if (t.invalid.empty()) {
              // A representable result is exact arithmetic, not a wrapped one.
              const auto exact = CheckedSub(t.time, ew);
              ASSERT_TRUE(exact);
              EXPECT_EQ(t.correction, *exact);
            }
          }
        }
      }
    }
  }
  const auto t = EstimateTrustedTime({kMax, kMin, "b"}, {kMin, kMax, "b"}, kNow, 0);
  EXPECT_EQ(t.invalid, "the event's clock readings give no representable time");
}

TEST(TrustedTime, ReadingsOutsideTheLimitsNameTheField) {
  ClockLimits limits;
  EXPECT_EQ(CheckClockReading({kNow, 5, "b"}, limits, "clock"), "");
  EXPECT_EQ(CheckClockReading({kNow, -1, "b"}, limits, "clock"),
            "clock.monotonic_ms = -1 is outside [0, 3162240000000]");
  EXPECT_EQ(CheckClockReading({kMax, 0, "b"}, limits, "sent_clock"),
            "sent_clock.wall_time_ms = 9223372036854775807 is outside [0, 4102444800000]");
}

TEST(TrustedTime, AgeIsTheTimeBetweenTheEventAndItsReceipt) {
  const auto t = EstimateTrustedTime({kNow, 1000, "b"}, {kNow, 1000 + kHourMs, "b"}, kNow, 0);
  EXPECT_EQ(t.age, kHourMs);
  EXPECT_EQ(t.time, kNow - kHourMs);
}

TEST(DurationText, ReadsAsAPersonWouldSayIt) {
  EXPECT_EQ(DurationText(42 * kSecondMs), "42 s");
  EXPECT_EQ(DurationText(5 * kMinuteMs + 59 * kSecondMs), "5 min");
  EXPECT_EQ(DurationText(3 * kHourMs + 5 * kMinuteMs), "3 h 05 min");
  EXPECT_EQ(DurationText(-3 * kHourMs), "-3 h 00 min");
  EXPECT_EQ(DurationText(kMin), "-2562047788015 h 12 min");
}

TEST(ArrivalTrust, AnHonestArrivalHasNoReason) {
  TrustedTime t{kNow - kMinuteMs, 1000, true, true, kMinuteMs, ""};
  PlaceCheck inside{PlaceVerdict::kInside, 12.0, ""};
  const auto a = CheckArrivalTrust(t, inside, {kNow - kDayMs, kNow - kDayMs}, kNow, {});
  EXPECT_TRUE(a.verified);
  EXPECT_EQ(a.ReasonText(), "");
}

TEST(ArrivalTrust, ListsEachReasonWithItsSize) {
  TrustedTime t{kNow - 2 * kHourMs, -3 * kHourMs, true, false, 2 * kHourMs, ""};
  PlaceCheck mock{PlaceVerdict::kMockLocation, 0.0, "mock location"};
  const auto a = CheckArrivalTrust(t, mock, {kNow - kHourMs, kNow - kHourMs}, kNow, {});
  EXPECT_FALSE(a.verified);
  EXPECT_EQ(a.ReasonText(),
            "clock corrected by -3 h 00 min (tolerance 2 min); arrival 1 h 00 min before the job "
            "was created; mock location");
}

TEST(Place, BadAccuracyIsNoUsablePositionAndNeverWidensTheFence) {
  const LatLon site{31.2304, 121.4737};
  const Fix far{{31.2754, 121.4737}, 5'000'000, false};
  const auto p = CheckPlace(site, far, {});
  EXPECT_EQ(p.verdict, PlaceVerdict::kNoPosition);
  EXPECT_EQ(p.reason, "no usable position: accuracy 5000000 m is worse than 500 m");
  ASSERT_TRUE(p.distance_m);
  EXPECT_NEAR(*p.distance_m, 5004, 10);
  const auto nan = CheckPlace(site, Fix{{31.2304, 121.4737}, std::nan(""), false}, {});
  EXPECT_EQ(nan.verdict, PlaceVerdict::kNoPosition);
  EXPECT_EQ(CheckPlace(site, std::nullopt, {}).reason, "no position");
  const auto mock = CheckPlace(site, Fix{site, 5, true}, {});
  EXPECT_EQ(mock.verdict, PlaceVerdict::kMockLocation);
  EXPECT_STREQ(PlaceVerdictName(mock.verdict), "mock_location");
}

TEST(Place, InsideAndOutsideTheFence) {
  const LatLon site{31.2304, 121.4737};
  EXPECT_TRUE(CheckPlace(site, Fix{{31.2314, 121.4737}, 0, false}, {}).inside());
  const auto out = CheckPlace(site, Fix{{31.2334, 121.4737}, 100, false}, {});
  EXPECT_EQ(out.verdict, PlaceVerdict::kOutside);
  EXPECT_EQ(out.reason, "outside the 200 m geofence by 34 m (334 m from the site, accuracy 100 m)");
}

TEST(ArrivalTrust, AnEarlierBootEventDatedAfterTheSendingBootBeganWasSetAhead) {
  // Sent one hour into the current boot: the earlier boot ended before kNow - 1 h.
  const ClockReading sent{kNow, kHourMs, "boot-2"};
  const PlaceCheck inside{PlaceVerdict::kInside, 12.0, ""};
  const auto honest = EstimateTrustedTime({kNow - 2 * kHourMs, 5000, "boot-1"}, sent, kNow, 0);
  ASSERT_EQ(honest.sending_boot_began, kNow - kHourMs);
  EXPECT_TRUE(CheckArrivalTrust(honest, inside, {kNow - kDayMs, kNow - kDayMs}, kNow, {}).verified);

  const auto ahead = EstimateTrustedTime({kNow - 20 * kMinuteMs, 5000, "boot-1"}, sent, kNow, 0);
  const auto a = CheckArrivalTrust(ahead, inside, {kNow - kDayMs, kNow - kDayMs}, kNow, {});
  EXPECT_FALSE(a.verified);
  EXPECT_EQ(a.ReasonText(),
            "recorded in an earlier boot but dated 40 min after the phone's current boot began");
  // A same-boot event has a monotonic time and no such bound.
  EXPECT_FALSE(EstimateTrustedTime({kNow, 5000, "boot-2"}, sent, kNow, 0).sending_boot_began);
}

TEST(ArrivalTrust, AFixTakenAfterTheArrivalShowsTheClockWasBehind) {
  TrustedTime t{kNow - 3 * kHourMs, 0, false, true, 3 * kHourMs, ""};
  const PlaceCheck inside{PlaceVerdict::kInside, 12.0, ""};
  const ArrivalContext job{kNow - kDayMs, kNow - kDayMs};
  // The last fix before going indoors is older than the arrival: normal.
  EXPECT_TRUE(CheckArrivalTrust(t, inside, job, kNow, {}, {t.time - 10 * kMinuteMs}).verified);
  // Within the tolerance of the clock: measurement noise.
  EXPECT_TRUE(CheckArrivalTrust(t, inside, job, kNow, {}, {t.time + kMinuteMs}).verified);
  const auto a = CheckArrivalTrust(t, inside, job, kNow, {}, {t.time + 2 * kHourMs});
  EXPECT_FALSE(a.verified);
  EXPECT_EQ(a.ReasonText(),
            "the position was fixed 2 h 00 min after the arrival's time: the phone's clock was "
            "behind");
}

TEST(BootClock, TheOddOneOutOfAnEarlierBootWasChanged) {
  // Four events of boot-1: wall - monotonic is the same for three, 3 h less for one.
  const std::vector<ClockReading> batch = {{kNow - 9 * kHourMs, 1 * kHourMs, "boot-1"},
                                           {kNow - 7 * kHourMs, 3 * kHourMs, "boot-1"},
                                           {kNow - 5 * kHourMs, 5 * kHourMs, "boot-1"},
                                           {kNow - 7 * kHourMs, 6 * kHourMs, "boot-1"},
                                           {kNow, 1000, "boot-2"}};
  const BootClockConsensus consensus(batch);
  EXPECT_EQ(consensus.Deviation(batch[0]), 0);
  EXPECT_EQ(consensus.Deviation(batch[3]), -3 * kHourMs);
  // Too few readings of boot-2 to tell a majority from an odd one.
  EXPECT_EQ(consensus.Deviation(batch[4]), std::nullopt);
  // Hostile readings whose difference overflows are left out, not wrapped.
  const BootClockConsensus hostile({{kMin, kMax, "b"}, {kMin, kMax, "b"}, {kMin, kMax, "b"}});
  EXPECT_EQ(hostile.Deviation({kMin, kMax, "b"}), std::nullopt);

  const TrustedTime t{kNow - 7 * kHourMs, 0, false, true, 7 * kHourMs, ""};
  const PlaceCheck inside{PlaceVerdict::kInside, 12.0, ""};
  const auto a = CheckArrivalTrust(t, inside, {kNow - kDayMs, kNow - kDayMs}, kNow, {},
                                   {std::nullopt, consensus.Deviation(batch[3])});
  EXPECT_EQ(a.ReasonText(),
            "the clock was changed within its boot: -3 h 00 min from the boot's "
            "other events");
}

}  // namespace
}  // namespace fieldledger
