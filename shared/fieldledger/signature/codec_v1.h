#pragma once
// The version 1 writer. Encode writes version 2 and Decode still reads version 1 (phones
// that have not updated upload it); this writer is kept only so that tests and the
// benchmark can make version 1 bytes. The app and the server never call it.
#include "fieldledger/signature/codec.h"

namespace fieldledger::signature {

inline constexpr std::uint8_t kFormatVersion1 = 1;

// The same checks and limits as Encode, then the version 1 layout (docs/signature.md).
EncodeResult EncodeV1(const Ink& ink);

}  // namespace fieldledger::signature
