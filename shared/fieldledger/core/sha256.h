#pragma once
// SHA-256 digests, used for blob keys, signature binding and token storage.
#include <string>
#include <string_view>

namespace fieldledger {

// Lower-case hex digest (64 characters) of the bytes.
std::string Sha256Hex(std::string_view bytes);

}  // namespace fieldledger
