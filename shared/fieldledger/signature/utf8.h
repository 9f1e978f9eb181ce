#pragma once
// Minimal UTF-8 validation for signer names, which end up in PDFs and audit logs.
#include <cstddef>
#include <optional>
#include <string_view>

namespace fieldledger::signature {

// Number of code points if `text` is well-formed UTF-8 (no overlong forms, surrogates
// or values above U+10FFFF); nullopt otherwise.
std::optional<std::size_t> CountUtf8CodePoints(std::string_view text);

}  // namespace fieldledger::signature
