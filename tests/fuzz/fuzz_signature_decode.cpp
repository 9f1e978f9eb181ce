// libFuzzer target: the stroke decoder, the server's first contact with a signature blob.
// Any bytes must decode or be refused with a status; what decodes must survive the round
// trip (encoding it again succeeds and decodes to the same ink), and is canonical: the
// encoder of its version writes exactly the input again. The seeds (fuzz_seeds.cpp) hold
// version 2 and version 1 signatures.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fieldledger/signature/codec.h"
#include "fieldledger/signature/codec_v1.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace sig = fieldledger::signature;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto decoded = sig::Decode(input);
  if (!decoded.ok()) {
    if (decoded.status.offset > size || !decoded.ink.strokes.empty()) std::abort();
    return 0;
  }
  const auto encoded = sig::Encode(decoded.ink);
  if (!encoded.ok()) std::abort();  // decoded ink the encoder refuses: the limits disagree
  const auto again = sig::Decode(encoded.bytes);
  if (!again.ok() || !(again.ink == decoded.ink)) std::abort();
  // Canonical: one byte string per ink and version (size >= 6 once decoded).
  const auto same_version = input[4] == sig::kFormatVersion1 ? sig::EncodeV1(decoded.ink) : encoded;
  if (same_version.bytes != input) std::abort();
  return 0;
}
