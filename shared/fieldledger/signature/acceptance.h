#pragma once
// Whether a captured signature is good enough to bind to a visit. The app checks before
// enabling "Confirm"; the server checks again because the app is not trusted.
#include <cstddef>
#include <string>
#include <string_view>

#include "fieldledger/signature/ink.h"

namespace fieldledger::signature {

// A deliberate signature, even initials, easily clears these on a 400x200 DIP pad; an
// accidental tap or a short flick does not.
inline constexpr std::size_t kMinTotalPoints = 10;
inline constexpr double kMinInkLengthDip = 60;  // summed over strokes, raw samples
inline constexpr double kMinBoxLongSideDip = 40;
inline constexpr double kMinBoxShortSideDip = 8;  // a flat dash is not a signature
inline constexpr std::size_t kMaxSignerNameCodePoints = 100;

enum class Refusal {
  kNone,
  kBlank,         // no ink at all
  kTooFewPoints,  // below kMinTotalPoints
  kTooShort,      // ink length below kMinInkLengthDip
  kTooSmall,      // bounding box below kMinBoxLongSideDip x kMinBoxShortSideDip
  kNameMissing,   // empty after trimming
  kNameTooLong,   // above kMaxSignerNameCodePoints
  kNameInvalid,   // not UTF-8, or contains control characters
};

const char* RefusalName(Refusal r);

struct Verdict {
  Refusal refusal = Refusal::kNone;
  std::string message;  // for the signer, in plain words
  bool accepted() const { return refusal == Refusal::kNone; }
};

// Removes leading and trailing ASCII whitespace; names are stored trimmed.
std::string TrimSignerName(std::string_view name);

// Total length of the polylines through the raw samples, in DIP.
double InkLengthDip(const Ink& ink);

Verdict CheckInk(const Ink& ink);
Verdict CheckSignerName(std::string_view name);
// Ink first: the pad is what the signer is looking at.
Verdict CheckSignature(const Signature& signature);

}  // namespace fieldledger::signature
