#pragma once
// Checks free text a person typed (comments, notes) before it is stored: valid UTF-8, no
// control characters other than line breaks and tabs (they would later reach an operator's
// terminal or a CSV), and a byte limit. Returns the reason it is refused, naming `field`,
// or an empty string when the text is fine.
#include <string>
#include <string_view>

namespace fieldledger::server {

std::string RefuseText(std::string_view field, std::string_view text, std::size_t max_bytes);

}  // namespace fieldledger::server
