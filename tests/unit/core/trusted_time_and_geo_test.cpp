#include <gtest/gtest.h>

#include "fieldledger/core/geo.h"
#include "fieldledger/core/trusted_time.h"

namespace fieldledger {
namespace {

constexpr TimeMs kServerNow = 1'764'000'000'000;

TEST(TrustedTime, SameBootUsesMonotonicClockWhateverTheWallClockSays) {
  // The device's wall clock is 3 hours slow; the event happened 40 minutes before sending.
  const DurationMs skew = -3 * kHourMs;
  ClockReading sent{kServerNow + skew, 10 * kHourMs, "boot-a"};
  ClockReading event{kServerNow + skew - 40 * kMinuteMs, 10 * kHourMs - 40 * kMinuteMs, "boot-a"};
  auto t = EstimateTrustedTime(event, sent, kServerNow, 2 * kMinuteMs);
  EXPECT_TRUE(t.from_monotonic);
  EXPECT_EQ(t.time, kServerNow - 40 * kMinuteMs);
  EXPECT_EQ(t.correction, 3 * kHourMs);
  EXPECT_FALSE(t.within_tolerance);
}

TEST(TrustedTime, WallClockJumpingBackwardsDoesNotMoveTheEvent) {
  // Wall clock was set back by a day between the event and the send.
  ClockReading event{kServerNow - 5 * kMinuteMs, 1000 * kSecondMs, "b"};
  ClockReading sent{kServerNow - kDayMs, 1000 * kSecondMs + 5 * kMinuteMs, "b"};
  auto t = EstimateTrustedTime(event, sent, kServerNow, 2 * kMinuteMs);
  EXPECT_EQ(t.time, kServerNow - 5 * kMinuteMs);
  EXPECT_TRUE(t.within_tolerance);
}

TEST(TrustedTime, OtherBootFallsBackToWallClockPlusObservedOffset) {
  ClockReading event{kServerNow - kHourMs - 30 * kSecondMs, 50, "old-boot"};
  ClockReading sent{kServerNow - 30 * kSecondMs, 900, "new-boot"};
  auto t = EstimateTrustedTime(event, sent, kServerNow, 2 * kMinuteMs);
  EXPECT_FALSE(t.from_monotonic);
  EXPECT_EQ(t.time, kServerNow - kHourMs);
  EXPECT_EQ(t.correction, 30 * kSecondMs);
  EXPECT_TRUE(t.within_tolerance);
}

TEST(TrustedTime, MonotonicReadingAfterSendIsNotTrusted) {
  ClockReading event{kServerNow, 2000, "b"};
  ClockReading sent{kServerNow, 1000, "b"};
  EXPECT_FALSE(EstimateTrustedTime(event, sent, kServerNow, 0).from_monotonic);
}

TEST(Geo, DistanceAndFence) {
  LatLon shanghai{31.2304, 121.4737};
  LatLon beijing{39.9042, 116.4074};
  EXPECT_NEAR(DistanceMetres(shanghai, beijing), 1'067'000, 5'000);
  // 0.001 degree of latitude is about 111 m.
  LatLon near{31.2314, 121.4737};
  EXPECT_NEAR(DistanceMetres(shanghai, near), 111.2, 0.5);
  EXPECT_TRUE(WithinGeofence(shanghai, near, 0, 200));
  LatLon far{31.2334, 121.4737};  // ~334 m
  EXPECT_FALSE(WithinGeofence(shanghai, far, 100, 200));
  EXPECT_TRUE(WithinGeofence(shanghai, far, 150, 200));
  EXPECT_FALSE(IsValidLatLon({91, 0}));
  EXPECT_FALSE(IsValidLatLon({0, 180.5}));
  EXPECT_TRUE(IsValidLatLon({-90, -180}));
}

}  // namespace
}  // namespace fieldledger
