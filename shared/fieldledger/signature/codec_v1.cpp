// Version 1: zigzag varint deltas against the previous point (docs/signature.md).
#include "fieldledger/signature/codec_v1.h"

#include "fieldledger/signature/codec_detail.h"
#include "fieldledger/signature/varint.h"

namespace fieldledger::signature {
namespace detail {
namespace {

// No legitimate zigzagged delta exceeds 2^33 (a full uint32 time jump); refusing larger
// ones up front keeps the running sums far away from int64 overflow.
constexpr std::uint64_t kMaxZigZagDelta = std::uint64_t{1} << 34;
// Cheapest possible point: one byte each for dx, dy, dt (and dp).
constexpr std::size_t kMinPointBytes = 3;

struct Cursor {
  std::int64_t x = 0, y = 0, t = 0, pressure = 0;
};

// Reads a zigzag delta and adds it to `acc`, which must stay within [lo, hi].
bool Delta(Reader& reader, std::int64_t& acc, std::int64_t lo, std::int64_t hi,
           const std::string& what, CodecStatus& status) {
  const std::size_t start = reader.pos();
  std::uint64_t raw = 0;
  if (!reader.Varint(raw, what, status)) return false;
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
    if (!Delta(reader, cursor.x, -kMaxAbsCoordinateQ, kMaxAbsCoordinateQ, label + " x", status) ||
        !Delta(reader, cursor.y, -kMaxAbsCoordinateQ, kMaxAbsCoordinateQ, label + " y", status) ||
        !Delta(reader, cursor.t, 0, kMaxTimeMs, label + " time", status) ||
        (has_pressure &&
         !Delta(reader, cursor.pressure, 0, kPressureQuanta, label + " pressure", status))) {
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

void EncodeDelta(std::int64_t value, std::int64_t& previous, std::string& out) {
  AppendVarint(ZigZagEncode(value - previous), out);
  previous = value;
}

}  // namespace

CodecStatus DecodeV1Strokes(Reader& reader, StrokeCount stroke_count, Ink& ink) {
  if (stroke_count.value * (1 + kMinPointBytes) > reader.remaining()) {
    return Fail(CodecError::kTruncated, stroke_count.offset,
                std::to_string(stroke_count.value) + " strokes cannot fit in " +
                    std::to_string(reader.remaining()) + " bytes");
  }
  ink.strokes.resize(stroke_count.value);
  std::size_t total_points = 0;
  Cursor cursor;
  for (std::size_t i = 0; i < stroke_count.value; ++i) {
    CodecStatus status = DecodeStroke(reader, i, total_points, cursor, ink.strokes[i]);
    if (!status.ok()) return status;
  }
  if (reader.remaining() != 0) {
    return Fail(CodecError::kTrailingBytes, reader.pos(),
                std::to_string(reader.remaining()) + " bytes after the last stroke");
  }
  return {};
}

void EncodeV1Strokes(const Ink& ink, std::string& out) {
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
}

}  // namespace detail

EncodeResult EncodeV1(const Ink& ink) {
  EncodeResult result;
  result.status = detail::ValidateForEncode(ink);
  if (!result.ok()) return result;
  detail::AppendHeader(kFormatVersion1, ink, result.bytes);
  detail::EncodeV1Strokes(ink, result.bytes);
  if (result.bytes.size() > kMaxEncodedBytes) {
    result.bytes.clear();
    result.status = detail::Fail(CodecError::kTooLarge, 0, "encoded size above limit");
  }
  return result;
}

}  // namespace fieldledger::signature
