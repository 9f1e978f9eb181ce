#include "fieldledger/signature/acceptance.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "fieldledger/signature/utf8.h"

namespace fieldledger::signature {
namespace {

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

Verdict Refuse(Refusal refusal, std::string message) { return {refusal, std::move(message)}; }

}  // namespace

const char* RefusalName(Refusal r) {
  switch (r) {
    case Refusal::kNone:
      return "none";
    case Refusal::kBlank:
      return "blank";
    case Refusal::kTooFewPoints:
      return "too_few_points";
    case Refusal::kTooShort:
      return "too_short";
    case Refusal::kTooSmall:
      return "too_small";
    case Refusal::kNameMissing:
      return "name_missing";
    case Refusal::kNameTooLong:
      return "name_too_long";
    case Refusal::kNameInvalid:
      return "name_invalid";
  }
  return "unknown";
}

std::string TrimSignerName(std::string_view name) {
  while (!name.empty() && IsAsciiSpace(name.front())) name.remove_prefix(1);
  while (!name.empty() && IsAsciiSpace(name.back())) name.remove_suffix(1);
  return std::string(name);
}

double InkLengthDip(const Ink& ink) {
  double length = 0;
  for (const Stroke& stroke : ink.strokes) {
    for (std::size_t i = 1; i < stroke.points.size(); ++i) {
      const TimedPoint& a = stroke.points[i - 1];
      const TimedPoint& b = stroke.points[i];
      length += std::hypot(double{b.x} - a.x, double{b.y} - a.y);
    }
  }
  return length;
}

Verdict CheckInk(const Ink& ink) {
  const std::size_t points = TotalPoints(ink);
  if (points == 0) return Refuse(Refusal::kBlank, "Please sign in the box.");
  if (points < kMinTotalPoints || ink.strokes.empty()) {
    return Refuse(Refusal::kTooFewPoints, "The signature is too short. Please sign again.");
  }
  if (!(InkLengthDip(ink) >= kMinInkLengthDip)) {  // also refuses NaN
    return Refuse(Refusal::kTooShort, "The signature is too short. Please sign again.");
  }
  double min_x = std::numeric_limits<double>::infinity(), min_y = min_x;
  double max_x = -min_x, max_y = -min_x;
  for (const Stroke& stroke : ink.strokes) {
    for (const TimedPoint& p : stroke.points) {
      min_x = std::min<double>(min_x, p.x);
      max_x = std::max<double>(max_x, p.x);
      min_y = std::min<double>(min_y, p.y);
      max_y = std::max<double>(max_y, p.y);
    }
  }
  const double long_side = std::max(max_x - min_x, max_y - min_y);
  const double short_side = std::min(max_x - min_x, max_y - min_y);
  if (!(long_side >= kMinBoxLongSideDip && short_side >= kMinBoxShortSideDip)) {
    return Refuse(Refusal::kTooSmall, "The signature is too small. Please sign larger.");
  }
  return {};
}

Verdict CheckSignerName(std::string_view name) {
  const std::string trimmed = TrimSignerName(name);
  if (trimmed.empty()) return Refuse(Refusal::kNameMissing, "Please enter the signer's name.");
  const std::optional<std::size_t> code_points = CountUtf8CodePoints(trimmed);
  // Control characters (tabs, newlines, escapes) have no place in a printed name.
  const bool has_control = std::any_of(trimmed.begin(), trimmed.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7F;
  });
  if (!code_points || has_control) {
    return Refuse(Refusal::kNameInvalid, "The name contains characters that cannot be used.");
  }
  if (*code_points > kMaxSignerNameCodePoints) {
    return Refuse(Refusal::kNameTooLong, "The name is too long.");
  }
  return {};
}

Verdict CheckSignature(const Signature& signature) {
  Verdict verdict = CheckInk(signature.ink);
  if (!verdict.accepted()) return verdict;
  return CheckSignerName(signature.signer_name);
}

}  // namespace fieldledger::signature
