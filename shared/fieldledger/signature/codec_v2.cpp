// Version 2: linear prediction from the previous two points, prediction errors coded by
// an adaptive binary range coder (codec_v2_model.h, range_coder.h, docs/signature.md).
#include <bit>
#include <memory>

#include "fieldledger/signature/codec_detail.h"
#include "fieldledger/signature/codec_v2_model.h"

namespace fieldledger::signature::detail {
namespace {

using namespace v2;  // NOLINT: the model's names are this file's vocabulary

std::uint64_t Magnitude(std::int64_t v) {
  return v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
}

// ---- Writing -------------------------------------------------------------------------

// Elias-gamma form of u >= 1: n = bit_width(u) - 1 ones and a zero, then the n bits below
// the leading one.
void EncodeGamma(RangeEncoder& out, BitModel* prefix, BitModel (*suffix)[kSuffixModels],
                 std::uint64_t u) {
  const int n = static_cast<int>(std::bit_width(u)) - 1;
  for (int i = 0; i < n; ++i) out.Encode(prefix[std::min(i, kPrefixModels - 1)], true);
  out.Encode(prefix[std::min(n, kPrefixModels - 1)], false);
  for (int j = n - 1; j >= 0; --j) {
    out.Encode(suffix[n][std::min(n - 1 - j, kSuffixModels - 1)], ((u >> j) & 1) != 0);
  }
}

void EncodeResidual(RangeEncoder& out, ResidualModels& m, int magnitude_ctx, int sign_ctx,
                    std::int64_t r) {
  out.Encode(m.nonzero[magnitude_ctx], r != 0);
  if (r == 0) return;
  out.Encode(m.negative[sign_ctx], r < 0);
  EncodeGamma(out, m.prefix[magnitude_ctx], m.suffix, Magnitude(r));
}

void EncodeValue(RangeEncoder& out, Models& models, PredictorState& state, Component k,
                 PointClass cls, std::int64_t value) {
  const std::int64_t residual = value - Predict(state, k, cls);
  const std::int64_t previous = cls == kFirstPoint ? 0 : state.c[k].residual;
  EncodeResidual(out, models.residual[k][cls], MagnitudeContext(previous), SignContext(previous),
                 residual);
  Advance(state, k, cls, value, residual);
}

// ---- Reading -------------------------------------------------------------------------

enum class Read { kOk, kTruncated, kTooLong };

Read DecodeGamma(RangeDecoder& in, BitModel* prefix, BitModel (*suffix)[kSuffixModels],
                 int max_prefix, std::uint64_t& u) {
  int n = 0;
  for (;;) {
    bool more = false;
    if (!in.Decode(prefix[std::min(n, kPrefixModels - 1)], more)) return Read::kTruncated;
    if (!more) break;
    if (++n > max_prefix) return Read::kTooLong;  // bounds the loop and the shift below
  }
  u = 1;
  for (int j = 0; j < n; ++j) {
    bool bit = false;
    if (!in.Decode(suffix[n][std::min(j, kSuffixModels - 1)], bit)) return Read::kTruncated;
    u = (u << 1) | (bit ? 1 : 0);
  }
  return Read::kOk;
}

Read DecodeResidual(RangeDecoder& in, ResidualModels& m, int magnitude_ctx, int sign_ctx,
                    int max_prefix, std::int64_t& r) {
  bool nonzero = false;
  if (!in.Decode(m.nonzero[magnitude_ctx], nonzero)) return Read::kTruncated;
  if (!nonzero) {
    r = 0;
    return Read::kOk;
  }
  bool negative = false;
  if (!in.Decode(m.negative[sign_ctx], negative)) return Read::kTruncated;
  std::uint64_t u = 0;
  const Read read = DecodeGamma(in, m.prefix[magnitude_ctx], m.suffix, max_prefix, u);
  if (read != Read::kOk) return read;
  // u < 2^(max_prefix + 1) <= 2^33, so both signs fit.
  r = negative ? -static_cast<std::int64_t>(u) : static_cast<std::int64_t>(u);
  return Read::kOk;
}

class StrokeReader {
 public:
  StrokeReader(RangeDecoder& in, Models& models, PredictorState& state)
      : in_(in), models_(models), state_(state) {}

  // Reads one value of component `k` into `value` and checks it lies in [lo, hi].
  CodecStatus Value(Component k, PointClass cls, std::int64_t lo, std::int64_t hi,
                    const std::string& what, std::int64_t& value) {
    const std::size_t start = in_.pos();
    const std::int64_t previous = cls == kFirstPoint ? 0 : state_.c[k].residual;
    std::int64_t residual = 0;
    switch (DecodeResidual(in_, models_.residual[k][cls], MagnitudeContext(previous),
                           SignContext(previous), kMaxPrefix[k], residual)) {
      case Read::kOk:
        break;
      case Read::kTruncated:
        return Fail(CodecError::kTruncated, in_.pos(), "input ends inside " + what);
      case Read::kTooLong:
        return Fail(CodecError::kValueOutOfRange, start, what + " residual is absurd");
    }
    value = Predict(state_, k, cls) + residual;  // both within +-2^33
    if (value < lo || value > hi) {
      return Fail(CodecError::kValueOutOfRange, start, what + " out of range");
    }
    Advance(state_, k, cls, value, residual);
    return {};
  }

 private:
  RangeDecoder& in_;
  Models& models_;
  PredictorState& state_;
};

// True if `decisions` coded decisions could fit in what the decoder has not read yet.
// Each decision narrows the range by at least kMinMilliBitsPerDecision thousandths of a
// bit; the range stays within [2^24, 2^32), so decisions worth C bits need at least
// (C - 8) / 8 more bytes.
bool CanHold(const RangeDecoder& in, std::uint64_t decisions) {
  return decisions * kMinMilliBitsPerDecision <= (8 * std::uint64_t{in.remaining()} + 8) * 1000;
}

CodecStatus DecodeStroke(RangeDecoder& in, Models& models, PredictorState& state, std::size_t index,
                         std::size_t& total_points, Stroke& stroke) {
  const std::size_t start = in.pos();
  const std::string label = StrokeLabel(index);
  bool has_pressure = false;
  if (!in.Decode(models.has_pressure[state.previous_had_pressure ? 1 : 0], has_pressure)) {
    return Fail(CodecError::kTruncated, in.pos(), "input ends inside " + label + " header");
  }
  state.previous_had_pressure = has_pressure;
  std::uint64_t count = 0;
  switch (DecodeGamma(in, models.count_prefix, models.count_suffix, kMaxCountPrefix, count)) {
    case Read::kOk:
      break;
    case Read::kTruncated:
      return Fail(CodecError::kTruncated, in.pos(), "input ends inside " + label + " header");
    case Read::kTooLong:
      return Fail(CodecError::kTooManyPoints, start, label + " declares over 8191 points");
  }
  if (count > kMaxPointsPerStroke || total_points + count > kMaxTotalPoints) {
    return Fail(CodecError::kTooManyPoints, start,
                label + " declares " + std::to_string(count) + " points");
  }
  // Checked before reserving: at least one decision per component and point.
  if (!CanHold(in, count * (has_pressure ? 4 : 3))) {
    return Fail(CodecError::kTruncated, start,
                label + " declares " + std::to_string(count) + " points but only " +
                    std::to_string(in.remaining()) + " bytes remain");
  }
  total_points += count;
  stroke.points.reserve(count);
  StrokeReader read(in, models, state);
  for (std::uint64_t i = 0; i < count; ++i) {
    const PointClass cls = ClassOf(i);
    const std::string point = label + " point " + std::to_string(i);
    std::int64_t x = 0, y = 0, t = 0, p = 0;
    CodecStatus status =
        read.Value(kX, cls, -kMaxAbsCoordinateQ, kMaxAbsCoordinateQ, point + " x", x);
    if (status.ok()) {
      status = read.Value(kY, cls, -kMaxAbsCoordinateQ, kMaxAbsCoordinateQ, point + " y", y);
    }
    if (status.ok()) status = read.Value(kTime, cls, 0, kMaxTimeMs, point + " time", t);
    if (status.ok() && has_pressure) {
      status = read.Value(kPressure, cls, 0, kPressureQuanta, point + " pressure", p);
    }
    if (!status.ok()) return status;
    TimedPoint out;
    out.x = CoordinateFromQ(x);
    out.y = CoordinateFromQ(y);
    out.t_ms = static_cast<std::uint32_t>(t);
    if (has_pressure) out.pressure = PressureFromQ(p);
    stroke.points.push_back(out);
  }
  return {};
}

}  // namespace

void EncodeV2Strokes(const Ink& ink, std::string& out) {
  if (ink.strokes.empty()) return;  // no coded stream at all
  const auto models = std::make_unique<Models>();
  PredictorState state;
  RangeEncoder coder(out);
  for (const Stroke& stroke : ink.strokes) {
    const bool has_pressure = stroke.points.front().pressure.has_value();
    coder.Encode(models->has_pressure[state.previous_had_pressure ? 1 : 0], has_pressure);
    state.previous_had_pressure = has_pressure;
    EncodeGamma(coder, models->count_prefix, models->count_suffix, stroke.points.size());
    for (std::size_t i = 0; i < stroke.points.size(); ++i) {
      const TimedPoint& p = stroke.points[i];
      const PointClass cls = ClassOf(i);
      EncodeValue(coder, *models, state, kX, cls, QuantiseCoordinate(p.x));
      EncodeValue(coder, *models, state, kY, cls, QuantiseCoordinate(p.y));
      EncodeValue(coder, *models, state, kTime, cls, p.t_ms);
      if (has_pressure) {
        EncodeValue(coder, *models, state, kPressure, cls, QuantisePressure(*p.pressure));
      }
    }
  }
  coder.Finish();
}

CodecStatus DecodeV2Strokes(std::string_view bytes, Reader& reader, StrokeCount count, Ink& ink) {
  const std::uint64_t stroke_count = count.value;
  if (stroke_count == 0) {
    if (reader.remaining() != 0) {
      return Fail(CodecError::kTrailingBytes, reader.pos(),
                  std::to_string(reader.remaining()) + " bytes after an empty stroke list");
    }
    return {};
  }
  RangeDecoder in(bytes, reader.pos());
  if (in.remaining() < kRangeCoderFlushBytes) {
    return Fail(CodecError::kTruncated, bytes.size(), "input ends inside the coded strokes");
  }
  if (!in.Start()) {
    return Fail(CodecError::kBadRangeCode, reader.pos(), "coded strokes start above the range");
  }
  // Each stroke costs at least its pressure flag, its count's prefix and one point.
  if (!CanHold(in, stroke_count * 5)) {
    return Fail(CodecError::kTruncated, count.offset,
                std::to_string(stroke_count) + " strokes cannot fit in " +
                    std::to_string(reader.remaining()) + " bytes");
  }
  const auto models = std::make_unique<Models>();
  PredictorState state;
  ink.strokes.resize(stroke_count);
  std::size_t total_points = 0;
  for (std::size_t i = 0; i < stroke_count; ++i) {
    CodecStatus status = DecodeStroke(in, *models, state, i, total_points, ink.strokes[i]);
    if (!status.ok()) return status;
  }
  if (in.remaining() != 0) {
    return Fail(CodecError::kTrailingBytes, in.pos(),
                std::to_string(in.remaining()) + " bytes after the last stroke");
  }
  if (!in.Finished()) {
    return Fail(CodecError::kBadRangeCode, in.pos(),
                "coded strokes do not end where their last decision does");
  }
  return {};
}

}  // namespace fieldledger::signature::detail
