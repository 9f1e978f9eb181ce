// libFuzzer target: the stroke decoder, the server's first contact with a signature blob.
// Any bytes must decode or be refused with a status; what decodes must survive the round
// trip (encoding it again succeeds and decodes to the same ink).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fieldledger/signature/codec.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace sig = fieldledger::signature;
  const auto decoded = sig::Decode(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!decoded.ok()) return 0;
  const auto encoded = sig::Encode(decoded.ink);
  if (!encoded.ok()) std::abort();  // decoded ink the encoder refuses: the limits disagree
  const auto again = sig::Decode(encoded.bytes);
  if (!again.ok() || !(again.ink == decoded.ink)) std::abort();
  return 0;
}
