#pragma once
// Geofence maths for arrival verification.

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
// error circle that overlaps the fence is given the benefit of the doubt.
bool WithinGeofence(const LatLon& site, const LatLon& fix, double accuracy_m, double radius_m);

}  // namespace fieldledger
