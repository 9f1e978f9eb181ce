#pragma once
// What the two stroke formats share (codec.cpp dispatches, codec_v1.cpp and codec_v2.cpp
// read and write): quantisation, the limits in quanta, the header's varint fields and
// the validation Encode does before it writes a byte. Not part of the public API.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

#include "fieldledger/signature/codec.h"

namespace fieldledger::signature::detail {

inline constexpr std::int64_t kMaxAbsCoordinateQ =
    static_cast<std::int64_t>(kMaxAbsCoordinateDip) * kCoordinateQuantaPerDip;
inline constexpr std::uint64_t kMaxCanvasQ =
    static_cast<std::uint64_t>(kMaxCanvasDip) * kCoordinateQuantaPerDip;
inline constexpr std::int64_t kMaxTimeMs = std::numeric_limits<std::uint32_t>::max();

inline std::int64_t QuantiseCoordinate(float v) {
  return std::llround(static_cast<double>(v) * kCoordinateQuantaPerDip);
}
inline std::int64_t QuantisePressure(float p) {
  return std::llround(static_cast<double>(p) * kPressureQuanta);
}
inline float CoordinateFromQ(std::int64_t q) {
  return static_cast<float>(q) / kCoordinateQuantaPerDip;  // exact: |q| < 2^24
}
inline float PressureFromQ(std::int64_t q) { return static_cast<float>(q) / kPressureQuanta; }

inline CodecStatus Fail(CodecError error, std::size_t offset, std::string message) {
  return CodecStatus{error, offset, std::move(message)};
}
inline std::string StrokeLabel(std::size_t i) { return "stroke " + std::to_string(i); }

// Everything Encode checks before writing: canvas, counts, finiteness, ranges, pressure
// present on all points of a stroke or none. Both formats take the same inks.
CodecStatus ValidateForEncode(const Ink& ink);

// The canvas in quanta; only meaningful after ValidateForEncode succeeded.
std::uint64_t CanvasWidthQ(const Ink& ink);
std::uint64_t CanvasHeightQ(const Ink& ink);

// Sequential reader of the header's varints that turns every failure into a CodecStatus
// with its offset.
class Reader {
 public:
  explicit Reader(std::string_view bytes, std::size_t pos = 0) : bytes_(bytes), pos_(pos) {}

  std::size_t pos() const { return pos_; }
  std::size_t remaining() const { return bytes_.size() - pos_; }
  bool Varint(std::uint64_t& value, const std::string& what, CodecStatus& status);

 private:
  std::string_view bytes_;
  std::size_t pos_;
};

// Canvas width and height: two varints in eighths of a DIP, each 1 .. kMaxCanvasQ.
CodecStatus DecodeCanvas(Reader& reader, CanvasSize& canvas);
// The stroke count varint, at most kMaxStrokes, and the offset it starts at.
struct StrokeCount {
  std::uint64_t value = 0;
  std::size_t offset = 0;
};
CodecStatus DecodeStrokeCount(Reader& reader, StrokeCount& count);
// Magic, version and flags are `bytes[0..5]`; the caller checked the version.
void AppendHeader(std::uint8_t version, const Ink& ink, std::string& out);

// Format bodies: everything after the canvas and the stroke count. `reader` is just past
// the stroke count; on success the whole input has been consumed.
CodecStatus DecodeV1Strokes(Reader& reader, StrokeCount stroke_count, Ink& ink);
CodecStatus DecodeV2Strokes(std::string_view bytes, Reader& reader, StrokeCount stroke_count,
                            Ink& ink);
// Append the body of a validated ink.
void EncodeV1Strokes(const Ink& ink, std::string& out);
void EncodeV2Strokes(const Ink& ink, std::string& out);

}  // namespace fieldledger::signature::detail
