#pragma once
// Compact binary form of Ink (layout in docs/signature.md). Points are quantised to
// 1/8 DIP, 1 ms and 1/1024 pressure. Version 2, which Encode writes, predicts each point
// by extrapolating the two before it and range-codes the prediction errors with adaptive
// bit models, so a typical sample costs under 2 bytes with pressure. Decode reads
// version 2 and version 1 (zigzag varint deltas, about 3 bytes a sample), which phones
// wrote before; both give exactly the same ink for the same quantised points.
//
// Decode is the server's first line of defence against hostile uploads: it checks the
// size limit before reading, every count against both the limits and the bytes left,
// and every value's range, never reads past the end, and reports the first failure with
// its byte offset. Every accepted input is canonical: Encode of the decoded ink gives
// the same bytes again (for version 2 input).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fieldledger/signature/ink.h"

namespace fieldledger::signature {

// Format constants.
inline constexpr char kMagic[4] = {'F', 'L', 'S', 'G'};
inline constexpr std::uint8_t kFormatVersion = 2;    // what Encode writes
inline constexpr int kCoordinateQuantaPerDip = 8;    // 1/8 DIP
inline constexpr int kPressureQuanta = 1024;         // 1/1024 of full pressure
inline constexpr std::size_t kHeaderFixedBytes = 6;  // magic + version + flags

// Limits, enforced by both Encode and Decode; the server may also check the upload
// length against kMaxEncodedBytes before reading the body at all.
inline constexpr std::size_t kMaxEncodedBytes = 64 * 1024;
inline constexpr std::size_t kMaxStrokes = 256;
inline constexpr std::size_t kMaxPointsPerStroke = 4096;
inline constexpr std::size_t kMaxTotalPoints = 16384;
inline constexpr float kMaxCanvasDip = 4096;
// Touches may stray a little outside the canvas; anything beyond this is not a touch.
inline constexpr float kMaxAbsCoordinateDip = 8192;

enum class CodecError {
  kOk,
  kTooLarge,            // encoded length above kMaxEncodedBytes
  kTruncated,           // input ended early, or a count promises more than remains
  kBadMagic,            // not a FieldLedger signature
  kUnsupportedVersion,  // written by a newer (or corrupt) encoder
  kBadFlags,            // reserved header bits set
  kBadVarint,           // overlong, non-canonical or over 64 bits
  kBadCanvas,           // zero, negative or above kMaxCanvasDip
  kTooManyStrokes,      // above kMaxStrokes
  kTooManyPoints,       // above kMaxPointsPerStroke or kMaxTotalPoints
  kEmptyStroke,         // a stroke with no points
  kValueOutOfRange,     // coordinate, time or pressure outside its range
  kTrailingBytes,       // bytes after the last stroke
  kBadRangeCode,        // (version 2) the coded stream does not start or end as an encoder's
  kNonFinite,           // (encode only) NaN or infinity in the input
  kMixedPressure,       // (encode only) some points of a stroke have pressure, some not
};

const char* CodecErrorName(CodecError e);

struct CodecStatus {
  CodecError error = CodecError::kOk;
  std::size_t offset = 0;  // byte offset of the failure (decode); 0 for encode
  std::string message;     // human-readable detail, e.g. which stroke
  bool ok() const { return error == CodecError::kOk; }
};

struct EncodeResult {
  std::string bytes;  // empty unless status.ok()
  CodecStatus status;
  bool ok() const { return status.ok(); }
};

struct DecodeResult {
  Ink ink;  // empty unless status.ok()
  CodecStatus status;
  bool ok() const { return status.ok(); }
};

// Bytes are std::string so they drop straight into protobuf `bytes` fields and Sha256Hex.
EncodeResult Encode(const Ink& ink);
DecodeResult Decode(std::string_view bytes);

// Rounds every value the way Encode does, so Decode(Encode(ink)).ink == Quantise(ink).
// The app should smooth and display the quantised ink so that it draws exactly what the
// server will render from the stored bytes.
Ink Quantise(const Ink& ink);

}  // namespace fieldledger::signature
