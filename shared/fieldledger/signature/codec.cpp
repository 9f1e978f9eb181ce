#include "fieldledger/signature/codec.h"

#include <cmath>
#include <limits>

#include "fieldledger/signature/varint.h"

namespace fieldledger::signature {
namespace {

constexpr std::int64_t kMaxAbsCoordinateQ =
    static_cast<std::int64_t>(kMaxAbsCoordinateDip) * kCoordinateQuantaPerDip;
constexpr std::uint64_t kMaxCanvasQ =
    static_cast<std::uint64_t>(kMaxCanvasDip) * kCoordinateQuantaPerDip;
constexpr std::int64_t kMaxTimeMs = std::numeric_limits<std::uint32_t>::max();
// No legitimate zigzagged delta exceeds 2^33 (a full uint32 time jump); refusing larger
// ones up front keeps the running sums far away from int64 overflow.
constexpr std::uint64_t kMaxZigZagDelta = std::uint64_t{1} << 34;
// Cheapest possible point: one byte each for dx, dy, dt (and dp).
constexpr std::size_t kMinPointBytes = 3;

std::int64_t QuantiseCoordinate(float v) {
  return std::llround(static_cast<double>(v) * kCoordinateQuantaPerDip);
}
std::int64_t QuantisePressure(float p) {
  return std::llround(static_cast<double>(p) * kPressureQuanta);
}
float CoordinateFromQ(std::int64_t q) {
  return static_cast<float>(q) / kCoordinateQuantaPerDip;  // exact: |q| < 2^24
}
float PressureFromQ(std::int64_t q) { return static_cast<float>(q) / kPressureQuanta; }

CodecStatus Fail(CodecError error, std::size_t offset, std::string message) {
  return CodecStatus{error, offset, std::move(message)};
}

std::string StrokeLabel(std::size_t i) { return "stroke " + std::to_string(i); }

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

// Sequential reader that turns every failure into a CodecStatus with its offset.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}

  std::size_t pos() const { return pos_; }
  void Skip(std::size_t n) { pos_ += n; }
  std::size_t remaining() const { return bytes_.size() - pos_; }

  bool Varint(std::uint64_t& value, const std::string& what, CodecStatus& status) {
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

  // Reads a zigzag delta and adds it to `acc`, which must stay within [lo, hi].
  bool Delta(std::int64_t& acc, std::int64_t lo, std::int64_t hi, const std::string& what,
             CodecStatus& status) {
    const std::size_t start = pos_;
    std::uint64_t raw = 0;
    if (!Varint(raw, what, status)) return false;
    if (raw > kMaxZigZagDelta) {
      status = Fail(CodecError::kValueOutOfRange, start, what + " delta is absurd");
      return false;
    }
    acc += ZigZagDecode(raw);
    if (acc < lo || acc > hi) {
      status = Fail(CodecError::kValueOutOfRange, start, what + " out of range");
      return false;
    }
    return true;
  }

 private:
  std::string_view bytes_;
  std::size_t pos_ = 0;
};

struct Cursor {
  std::int64_t x = 0, y = 0, t = 0, pressure = 0;
};

// Magic, version and flags; leaves the reader just after them.
CodecStatus DecodeFixedHeader(std::string_view bytes, Reader& reader) {
  for (std::size_t i = 0; i < sizeof(kMagic); ++i) {
    if (i >= bytes.size()) return Fail(CodecError::kTruncated, i, "input ends inside magic");
    if (bytes[i] != kMagic[i]) return Fail(CodecError::kBadMagic, i, "not a signature");
  }
  if (bytes.size() < kHeaderFixedBytes) {
    return Fail(CodecError::kTruncated, bytes.size(), "input ends inside header");
  }
  const auto version = static_cast<std::uint8_t>(bytes[4]);
  if (version != kFormatVersion) {
    return Fail(CodecError::kUnsupportedVersion, 4, "version " + std::to_string(version));
  }
  if (bytes[5] != 0) return Fail(CodecError::kBadFlags, 5, "reserved flags set");
  reader.Skip(kHeaderFixedBytes);
  return {};
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

CodecStatus DecodeStroke(Reader& reader, std::size_t index, std::size_t& total_points,
                         Cursor& cursor, Stroke& stroke) {
  CodecStatus status;
  const std::size_t start = reader.pos();
  std::uint64_t header = 0;
  if (!reader.Varint(header, StrokeLabel(index) + " header", status)) return status;
  const std::uint64_t count = header >> 1;
  const bool has_pressure = (header & 1) != 0;
  if (count == 0) return Fail(CodecError::kEmptyStroke, start, StrokeLabel(index));
  if (count > kMaxPointsPerStroke || total_points + count > kMaxTotalPoints) {
    return Fail(CodecError::kTooManyPoints, start,
                StrokeLabel(index) + " declares " + std::to_string(count) + " points");
  }
  // Checked before reserving so a lying count cannot make us allocate.
  const std::size_t min_bytes = count * (kMinPointBytes + (has_pressure ? 1 : 0));
  if (min_bytes > reader.remaining()) {
    return Fail(CodecError::kTruncated, start,
                StrokeLabel(index) + " declares " + std::to_string(count) + " points but only " +
                    std::to_string(reader.remaining()) + " bytes remain");
  }
  total_points += count;
  stroke.points.reserve(count);
  for (std::uint64_t i = 0; i < count; ++i) {
    const std::string label = StrokeLabel(index) + " point " + std::to_string(i);
    if (!reader.Delta(cursor.x, -kMaxAbsCoordinateQ, kMaxAbsCoordinateQ, label + " x", status) ||
        !reader.Delta(cursor.y, -kMaxAbsCoordinateQ, kMaxAbsCoordinateQ, label + " y", status) ||
        !reader.Delta(cursor.t, 0, kMaxTimeMs, label + " time", status) ||
        (has_pressure &&
         !reader.Delta(cursor.pressure, 0, kPressureQuanta, label + " pressure", status))) {
      return status;
    }
    TimedPoint p;
    p.x = CoordinateFromQ(cursor.x);
    p.y = CoordinateFromQ(cursor.y);
    p.t_ms = static_cast<std::uint32_t>(cursor.t);
    if (has_pressure) p.pressure = PressureFromQ(cursor.pressure);
    stroke.points.push_back(p);
  }
  return status;
}

CodecStatus DecodeInto(std::string_view bytes, Ink& ink) {
  if (bytes.size() > kMaxEncodedBytes) {
    return Fail(CodecError::kTooLarge, 0, std::to_string(bytes.size()) + " bytes");
  }
  Reader reader(bytes);
  CodecStatus status = DecodeFixedHeader(bytes, reader);
  if (!status.ok()) return status;
  status = DecodeCanvas(reader, ink.canvas);
  if (!status.ok()) return status;

  const std::size_t count_at = reader.pos();
  std::uint64_t stroke_count = 0;
  if (!reader.Varint(stroke_count, "stroke count", status)) return status;
  if (stroke_count > kMaxStrokes) {
    return Fail(CodecError::kTooManyStrokes, count_at, std::to_string(stroke_count) + " strokes");
  }
  if (stroke_count * (1 + kMinPointBytes) > reader.remaining()) {
    return Fail(CodecError::kTruncated, count_at,
                std::to_string(stroke_count) + " strokes cannot fit in " +
                    std::to_string(reader.remaining()) + " bytes");
  }
  ink.strokes.resize(stroke_count);
  std::size_t total_points = 0;
  Cursor cursor;
  for (std::size_t i = 0; i < stroke_count; ++i) {
    status = DecodeStroke(reader, i, total_points, cursor, ink.strokes[i]);
    if (!status.ok()) return status;
  }
  if (reader.remaining() != 0) {
    return Fail(CodecError::kTrailingBytes, reader.pos(),
                std::to_string(reader.remaining()) + " bytes after the last stroke");
  }
  return status;
}

void EncodeDelta(std::int64_t value, std::int64_t& previous, std::string& out) {
  AppendVarint(ZigZagEncode(value - previous), out);
  previous = value;
}

}  // namespace

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
    case CodecError::kNonFinite:
      return "non_finite";
    case CodecError::kMixedPressure:
      return "mixed_pressure";
  }
  return "unknown";
}

EncodeResult Encode(const Ink& ink) {
  EncodeResult result;
  const auto fail = [&result](CodecStatus status) {
    result.status = std::move(status);
    return std::move(result);
  };
  const CanvasSize& canvas = ink.canvas;
  if (!std::isfinite(canvas.width) || !std::isfinite(canvas.height)) {
    return fail(Fail(CodecError::kNonFinite, 0, "canvas size"));
  }
  const std::int64_t width_q = QuantiseCoordinate(canvas.width);
  const std::int64_t height_q = QuantiseCoordinate(canvas.height);
  if (width_q <= 0 || height_q <= 0 || !CanvasSideValid(static_cast<std::uint64_t>(width_q)) ||
      !CanvasSideValid(static_cast<std::uint64_t>(height_q))) {
    return fail(Fail(CodecError::kBadCanvas, 0, "canvas size"));
  }
  if (ink.strokes.size() > kMaxStrokes) {
    return fail(Fail(CodecError::kTooManyStrokes, 0, std::to_string(ink.strokes.size())));
  }
  for (std::size_t i = 0; i < ink.strokes.size(); ++i) {
    CodecStatus status = ValidateStroke(ink.strokes[i], i);
    if (!status.ok()) return fail(std::move(status));
  }
  if (TotalPoints(ink) > kMaxTotalPoints) {
    return fail(Fail(CodecError::kTooManyPoints, 0, std::to_string(TotalPoints(ink)) + " points"));
  }

  std::string& out = result.bytes;
  out.append(kMagic, sizeof(kMagic));
  out.push_back(static_cast<char>(kFormatVersion));
  out.push_back(0);  // flags, reserved
  AppendVarint(static_cast<std::uint64_t>(width_q), out);
  AppendVarint(static_cast<std::uint64_t>(height_q), out);
  AppendVarint(ink.strokes.size(), out);
  Cursor cursor;
  for (const Stroke& stroke : ink.strokes) {
    const bool has_pressure = stroke.points.front().pressure.has_value();
    AppendVarint((std::uint64_t{stroke.points.size()} << 1) | (has_pressure ? 1 : 0), out);
    for (const TimedPoint& p : stroke.points) {
      EncodeDelta(QuantiseCoordinate(p.x), cursor.x, out);
      EncodeDelta(QuantiseCoordinate(p.y), cursor.y, out);
      EncodeDelta(p.t_ms, cursor.t, out);
      if (has_pressure) EncodeDelta(QuantisePressure(*p.pressure), cursor.pressure, out);
    }
  }
  if (out.size() > kMaxEncodedBytes) {
    out.clear();
    return fail(Fail(CodecError::kTooLarge, 0, "encoded size above limit"));
  }
  return result;
}

DecodeResult Decode(std::string_view bytes) {
  DecodeResult result;
  result.status = DecodeInto(bytes, result.ink);
  if (!result.ok()) result.ink = Ink{};
  return result;
}

Ink Quantise(const Ink& ink) {
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
