#include "fieldledger/core/geo.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fieldledger {
namespace {

std::string Metres(double m) {
  if (!std::isfinite(m) || std::fabs(m) > 1e12) return "(invalid) m";
  return std::to_string(static_cast<long long>(std::ceil(m))) + " m";
}

}  // namespace

bool IsValidLatLon(const LatLon& p) {
  return std::isfinite(p.latitude) && std::isfinite(p.longitude) && p.latitude >= -90 &&
         p.latitude <= 90 && p.longitude >= -180 && p.longitude <= 180;
}

double DistanceMetres(const LatLon& a, const LatLon& b) {
  constexpr double kEarthRadius = 6'371'008.8;
  constexpr double kRad = std::numbers::pi / 180.0;
  const double dlat = (b.latitude - a.latitude) * kRad;
  const double dlon = (b.longitude - a.longitude) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.latitude * kRad) * std::cos(b.latitude * kRad) * std::sin(dlon / 2) *
                       std::sin(dlon / 2);
  return 2 * kEarthRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

bool WithinGeofence(const LatLon& site, const LatLon& fix, double accuracy_m, double radius_m) {
  return DistanceMetres(site, fix) <= radius_m + std::max(0.0, accuracy_m);
}

const char* PlaceVerdictName(PlaceVerdict v) {
  switch (v) {
    case PlaceVerdict::kInside:
      return "inside";
    case PlaceVerdict::kOutside:
      return "outside";
    case PlaceVerdict::kNoPosition:
      return "no_position";
    case PlaceVerdict::kMockLocation:
      return "mock_location";
  }
  return "unknown";
}

PlaceCheck CheckPlace(const LatLon& site, const std::optional<Fix>& fix,
                      const PlacePolicy& policy) {
  PlaceCheck out;
  if (!fix) {
    out.reason = "no position";
    return out;
  }
  if (IsValidLatLon(fix->at)) out.distance_m = DistanceMetres(site, fix->at);
  if (fix->mock) {
    out.verdict = PlaceVerdict::kMockLocation;
    out.reason = "mock location";
    return out;
  }
  if (!out.distance_m) {
    out.reason = "no position (coordinates out of range)";
    return out;
  }
  if (!std::isfinite(fix->accuracy_m) || fix->accuracy_m < 0 ||
      fix->accuracy_m > policy.max_accuracy_m) {
    out.reason = "no usable position: accuracy " + Metres(fix->accuracy_m) + " is worse than " +
                 Metres(policy.max_accuracy_m);
    return out;
  }
  const double slack = policy.geofence_radius_m + fix->accuracy_m;
  if (*out.distance_m <= slack) {
    out.verdict = PlaceVerdict::kInside;
    return out;
  }
  out.verdict = PlaceVerdict::kOutside;
  out.reason = "outside the " + Metres(policy.geofence_radius_m) + " geofence by " +
               Metres(*out.distance_m - slack) + " (" + Metres(*out.distance_m) +
               " from the site, accuracy " + Metres(fix->accuracy_m) + ")";
  return out;
}

}  // namespace fieldledger
