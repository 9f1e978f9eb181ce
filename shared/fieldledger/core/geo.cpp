#include "fieldledger/core/geo.h"

#include <cmath>
#include <numbers>

namespace fieldledger {

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

}  // namespace fieldledger
