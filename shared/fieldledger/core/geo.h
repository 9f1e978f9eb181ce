#pragma once
// Geofence maths for arrival verification.
#include <optional>
#include <string>

namespace fieldledger {

struct LatLon {
  double latitude = 0;
  double longitude = 0;
};

bool IsValidLatLon(const LatLon& p);

// Great-circle distance in metres (haversine on a spherical Earth, radius 6,371,008.8 m);
// good to well under 0.5% at geofence scales, which is far below GPS accuracy.
double DistanceMetres(const LatLon& a, const LatLon& b);

// Inside when the distance is at most radius + the fix's accuracy: a fix with a large
// error circle that overlaps the fence is given the benefit of the doubt. Callers must
// first refuse fixes whose accuracy is worse than the policy limit (CheckPlace does).
bool WithinGeofence(const LatLon& site, const LatLon& fix, double accuracy_m, double radius_m);

struct PlacePolicy {
  double geofence_radius_m = 200;
  // A fix whose error circle is larger than this says nothing about where the phone
  // was: it counts as no usable position, and its radius is never added to the fence.
  double max_accuracy_m = 500;
};

struct Fix {
  LatLon at;
  double accuracy_m = 0;
  bool mock = false;
};

enum class PlaceVerdict { kInside, kOutside, kNoPosition, kMockLocation };
const char* PlaceVerdictName(PlaceVerdict v);  // "inside", "outside", ...

struct PlaceCheck {
  PlaceVerdict verdict = PlaceVerdict::kNoPosition;
  std::optional<double> distance_m;  // to the site, whenever the fix had a position
  std::string reason;  // "" when inside, else e.g. "outside the 200 m geofence by 4802 m"
  bool inside() const { return verdict == PlaceVerdict::kInside; }
};

// The arrival's place verdict: mock first (a faked fix proves nothing), then no
// position or an accuracy worse than the limit, then inside or outside the fence.
PlaceCheck CheckPlace(const LatLon& site, const std::optional<Fix>& fix, const PlacePolicy& policy);

}  // namespace fieldledger
