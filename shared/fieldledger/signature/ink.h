#pragma once
// The customer-signature data model: what the signing canvas captured, before any
// smoothing. Coordinates are device-independent pixels (DIP) so a signature drawn on a
// phone and one drawn on a tablet mean the same thing to the server.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fieldledger::signature {

struct TimedPoint {
  float x = 0;  // DIP from the canvas's left edge
  float y = 0;  // DIP from the canvas's top edge
  // Milliseconds since the first touch of the whole stroke set (not of this stroke), so
  // pauses between strokes survive and velocity is well defined within a stroke.
  std::uint32_t t_ms = 0;
  // 0..1 where the device reports it; absent on devices without pressure sensing.
  std::optional<float> pressure;

  friend bool operator==(const TimedPoint&, const TimedPoint&) = default;
};

// One pen-down .. pen-up.
struct Stroke {
  std::vector<TimedPoint> points;

  friend bool operator==(const Stroke&, const Stroke&) = default;
};

struct CanvasSize {
  float width = 0;   // DIP
  float height = 0;  // DIP

  friend bool operator==(const CanvasSize&, const CanvasSize&) = default;
};

// Everything the binary codec carries: the strokes and the canvas they were drawn on.
struct Ink {
  CanvasSize canvas;
  std::vector<Stroke> strokes;

  friend bool operator==(const Ink&, const Ink&) = default;
};

// A signature as the app collects it. The name travels as text next to the encoded ink
// (see binding.h) rather than inside it, so the server can index and display it.
struct Signature {
  Ink ink;
  std::string signer_name;

  friend bool operator==(const Signature&, const Signature&) = default;
};

std::size_t TotalPoints(const Ink& ink);

}  // namespace fieldledger::signature
