#pragma once
// What a blob of each kind must be. The server checks a blob's bytes against its kind
// when the upload completes, so "complete" on the server means "whole, hash-checked and
// what it says it is": a stroke blob that the shared codec decodes within its limits
// into a non-blank signature, a PNG, a JPEG or PNG photo, a PDF report.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fieldledger::server {

// The kinds a device may upload; any other kind is refused at the first request.
bool IsKnownBlobKind(std::string_view kind);

// The largest blob of this kind ("signature": the codec's kMaxEncodedBytes), or nullopt
// when only the general blob limit applies.
std::optional<std::int64_t> MaxBytesOfKind(std::string_view kind);

// Why these bytes are not a blob of `kind` ("" when they are), e.g.
// "a signature blob must decode: too_many_points at byte 12 (stroke 0 declares ...)".
std::string CheckBlobContent(std::string_view kind, std::string_view bytes);

}  // namespace fieldledger::server
