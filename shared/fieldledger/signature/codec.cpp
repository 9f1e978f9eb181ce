// The public codec: checks shared by both formats, the version dispatch, and Quantise.
// The formats themselves are in codec_v1.cpp (read, and written only for tests) and
// codec_v2.cpp (what Encode writes).
#include "fieldledger/signature/codec.h"

#include <cmath>

#include "fieldledger/signature/codec_detail.h"
#include "fieldledger/signature/codec_v1.h"
#include "fieldledger/signature/varint.h"

namespace fieldledger::signature {
namespace detail {
namespace {

// Checks what Encode needs about one stroke before any byte is written.
CodecStatus ValidateStroke(const Stroke& stroke, std::size_t index) {
  if (stroke.points.empty()) return Fail(CodecError::kEmptyStroke, 0, StrokeLabel(index));
  if (stroke.points.size() > kMaxPointsPerStroke) {
    return Fail(CodecError::kTooManyPoints, 0,
                StrokeLabel(index) + " has " + std::to_string(stroke.points.size()) + " points");
  }
  const bool has_pressure = stroke.points.front().pressure.has_value();
  for (const TimedPoint& p : stroke.points) {
    if (p.pressure.has_value() != has_pressure) {
      return Fail(CodecError::kMixedPressure, 0, StrokeLabel(index));
    }
    if (!std::isfinite(p.x) || !std::isfinite(p.y) || (p.pressure && !std::isfinite(*p.pressure))) {
      return Fail(CodecError::kNonFinite, 0, StrokeLabel(index));
    }
    if (std::abs(QuantiseCoordinate(p.x)) > kMaxAbsCoordinateQ ||
        std::abs(QuantiseCoordinate(p.y)) > kMaxAbsCoordinateQ) {
      return Fail(CodecError::kValueOutOfRange, 0, StrokeLabel(index) + ": coordinate");
    }
    if (p.pressure && (*p.pressure < 0 || *p.pressure > 1)) {
      return Fail(CodecError::kValueOutOfRange, 0, StrokeLabel(index) + ": pressure");
    }
  }
  return {};
}

bool CanvasSideValid(std::uint64_t q) { return q > 0 && q <= kMaxCanvasQ; }

// Magic, version and flags; leaves the reader just after them.
CodecStatus DecodeFixedHeader(std::string_view bytes, std::uint8_t& version) {
  for (std::size_t i = 0; i < sizeof(kMagic); ++i) {
    if (i >= bytes.size()) return Fail(CodecError::kTruncated, i, "input ends inside magic");
    if (bytes[i] != kMagic[i]) return Fail(CodecError::kBadMagic, i, "not a signature");
  }
  if (bytes.size() < kHeaderFixedBytes) {
    return Fail(CodecError::kTruncated, bytes.size(), "input ends inside header");
  }
  version = static_cast<std::uint8_t>(bytes[4]);
  if (version != kFormatVersion && version != kFormatVersion1) {
    return Fail(CodecError::kUnsupportedVersion, 4, "version " + std::to_string(version));
  }
  if (bytes[5] != 0) return Fail(CodecError::kBadFlags, 5, "reserved flags set");
  return {};
}

CodecStatus DecodeInto(std::string_view bytes, Ink& ink) {
  if (bytes.size() > kMaxEncodedBytes) {
    return Fail(CodecError::kTooLarge, 0, std::to_string(bytes.size()) + " bytes");
  }
  std::uint8_t version = 0;
  CodecStatus status = DecodeFixedHeader(bytes, version);
  if (!status.ok()) return status;
  Reader reader(bytes, kHeaderFixedBytes);
  status = DecodeCanvas(reader, ink.canvas);
  if (!status.ok()) return status;
  StrokeCount stroke_count;
  status = DecodeStrokeCount(reader, stroke_count);
  if (!status.ok()) return status;
  return version == kFormatVersion1 ? DecodeV1Strokes(reader, stroke_count, ink)
                                    : DecodeV2Strokes(bytes, reader, stroke_count, ink);
}

}  // namespace

CodecStatus ValidateForEncode(const Ink& ink) {
  const CanvasSize& canvas = ink.canvas;
  if (!std::isfinite(canvas.width) || !std::isfinite(canvas.height)) {
    return Fail(CodecError::kNonFinite, 0, "canvas size");
  }
  const std::int64_t width_q = QuantiseCoordinate(canvas.width);
  const std::int64_t height_q = QuantiseCoordinate(canvas.height);
  if (width_q <= 0 || height_q <= 0 || !CanvasSideValid(static_cast<std::uint64_t>(width_q)) ||
      !CanvasSideValid(static_cast<std::uint64_t>(height_q))) {
    return Fail(CodecError::kBadCanvas, 0, "canvas size");
  }
  if (ink.strokes.size() > kMaxStrokes) {
    return Fail(CodecError::kTooManyStrokes, 0, std::to_string(ink.strokes.size()));
  }
  for (std::size_t i = 0; i < ink.strokes.size(); ++i) {
    CodecStatus status = ValidateStroke(ink.strokes[i], i);
    if (!status.ok()) return status;
  }
  if (TotalPoints(ink) > kMaxTotalPoints) {
    return Fail(CodecError::kTooManyPoints, 0, std::to_string(TotalPoints(ink)) + " points");
  }
  return {};
}

std::uint64_t CanvasWidthQ(const Ink& ink) {
  return static_cast<std::uint64_t>(QuantiseCoordinate(ink.canvas.width));
}
std::uint64_t CanvasHeightQ(const Ink& ink) {
  return static_cast<std::uint64_t>(QuantiseCoordinate(ink.canvas.height));
}

bool Reader::Varint(std::uint64_t& value, const std::string& what, CodecStatus& status) {
  const std::size_t start = pos_;
  switch (ReadVarint(bytes_, pos_, value)) {
    case VarintStatus::kOk:
      return true;
    case VarintStatus::kTruncated:
      status = Fail(CodecError::kTruncated, start, "input ends inside " + what);
      return false;
    case VarintStatus::kOverflow:
      status = Fail(CodecError::kBadVarint, start, what + " exceeds 64 bits");
      return false;
    case VarintStatus::kNonCanonical:
      status = Fail(CodecError::kBadVarint, start, what + " is not minimally encoded");
      return false;
  }
  return false;
}

CodecStatus DecodeCanvas(Reader& reader, CanvasSize& canvas) {
  CodecStatus status;
  for (float* side : {&canvas.width, &canvas.height}) {
    const std::size_t start = reader.pos();
    std::uint64_t q = 0;
    if (!reader.Varint(q, "canvas size", status)) return status;
    if (!CanvasSideValid(q))
      return Fail(CodecError::kBadCanvas, start, "canvas side " + std::to_string(q));
    *side = CoordinateFromQ(static_cast<std::int64_t>(q));
  }
  return status;
}

CodecStatus DecodeStrokeCount(Reader& reader, StrokeCount& count) {
  CodecStatus status;
  count.offset = reader.pos();
  if (!reader.Varint(count.value, "stroke count", status)) return status;
  if (count.value > kMaxStrokes) {
    return Fail(CodecError::kTooManyStrokes, count.offset,
                std::to_string(count.value) + " strokes");
  }
  return status;
}

void AppendHeader(std::uint8_t version, const Ink& ink, std::string& out) {
  out.append(kMagic, sizeof(kMagic));
  out.push_back(static_cast<char>(version));
  out.push_back(0);  // flags, reserved
  AppendVarint(CanvasWidthQ(ink), out);
  AppendVarint(CanvasHeightQ(ink), out);
  AppendVarint(ink.strokes.size(), out);
}

}  // namespace detail

const char* CodecErrorName(CodecError e) {
  switch (e) {
    case CodecError::kOk:
      return "ok";
    case CodecError::kTooLarge:
      return "too_large";
    case CodecError::kTruncated:
      return "truncated";
    case CodecError::kBadMagic:
      return "bad_magic";
    case CodecError::kUnsupportedVersion:
      return "unsupported_version";
    case CodecError::kBadFlags:
      return "bad_flags";
    case CodecError::kBadVarint:
      return "bad_varint";
    case CodecError::kBadCanvas:
      return "bad_canvas";
    case CodecError::kTooManyStrokes:
      return "too_many_strokes";
    case CodecError::kTooManyPoints:
      return "too_many_points";
    case CodecError::kEmptyStroke:
      return "empty_stroke";
    case CodecError::kValueOutOfRange:
      return "value_out_of_range";
    case CodecError::kTrailingBytes:
      return "trailing_bytes";
    case CodecError::kBadRangeCode:
      return "bad_range_code";
    case CodecError::kNonFinite:
      return "non_finite";
    case CodecError::kMixedPressure:
      return "mixed_pressure";
  }
  return "unknown";
}

EncodeResult Encode(const Ink& ink) {
  EncodeResult result;
  result.status = detail::ValidateForEncode(ink);
  if (!result.ok()) return result;
  detail::AppendHeader(kFormatVersion, ink, result.bytes);
  detail::EncodeV2Strokes(ink, result.bytes);
  if (result.bytes.size() > kMaxEncodedBytes) {
    result.bytes.clear();
    result.status = detail::Fail(CodecError::kTooLarge, 0, "encoded size above limit");
  }
  return result;
}

DecodeResult Decode(std::string_view bytes) {
  DecodeResult result;
  result.status = detail::DecodeInto(bytes, result.ink);
  if (!result.ok()) result.ink = Ink{};
  return result;
}

Ink Quantise(const Ink& ink) {
  using detail::CoordinateFromQ, detail::QuantiseCoordinate, detail::PressureFromQ,
      detail::QuantisePressure;
  Ink out = ink;
  const auto coordinate = [](float& v) {
    if (std::isfinite(v)) v = CoordinateFromQ(QuantiseCoordinate(v));
  };
  coordinate(out.canvas.width);
  coordinate(out.canvas.height);
  for (Stroke& stroke : out.strokes) {
    for (TimedPoint& p : stroke.points) {
      coordinate(p.x);
      coordinate(p.y);
      if (p.pressure && std::isfinite(*p.pressure)) {
        p.pressure = PressureFromQ(QuantisePressure(*p.pressure));
      }
    }
  }
  return out;
}

}  // namespace fieldledger::signature
