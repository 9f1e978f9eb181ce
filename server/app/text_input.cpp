#include "app/text_input.h"

namespace fieldledger::server {
namespace {

// Length of the UTF-8 sequence starting at text[i], 0 when it is not valid (overlong forms,
// surrogates and code points above U+10FFFF included).
std::size_t Utf8Length(std::string_view text, std::size_t i, char32_t& cp) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(text[i + k]); };
  const unsigned char c = b(0);
  std::size_t n = 0;
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(k) & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return 0;
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
  return n;
}

}  // namespace

std::string RefuseText(std::string_view field, std::string_view text, std::size_t max_bytes) {
  const std::string name(field);
  if (text.size() > max_bytes) {
    return name + " is longer than " + std::to_string(max_bytes) + " bytes";
  }
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp = 0;
    const std::size_t n = Utf8Length(text, i, cp);
    if (n == 0) return name + " is not valid UTF-8 (byte " + std::to_string(i) + ")";
    const bool control = cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
    if (control && cp != '\n' && cp != '\r' && cp != '\t') {
      return name + " contains a control character (byte " + std::to_string(i) + ")";
    }
    i += n;
  }
  return {};
}

}  // namespace fieldledger::server
