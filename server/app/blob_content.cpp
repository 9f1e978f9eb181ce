#include "app/blob_content.h"

#include "fieldledger/signature/acceptance.h"
#include "fieldledger/signature/codec.h"

namespace fieldledger::server {
namespace {

constexpr std::string_view kPngMagic = "\x89PNG\r\n\x1a\n";
constexpr std::string_view kJpegMagic = "\xFF\xD8\xFF";
constexpr std::string_view kPdfMagic = "%PDF-";

bool StartsWith(std::string_view bytes, std::string_view magic) {
  return bytes.substr(0, magic.size()) == magic;
}

std::string CheckSignatureStrokes(std::string_view bytes) {
  const auto decoded = signature::Decode(bytes);
  if (!decoded.ok()) {
    return std::string("a signature blob must decode: ") +
           signature::CodecErrorName(decoded.status.error) + " at byte " +
           std::to_string(decoded.status.offset) + " (" + decoded.status.message + ")";
  }
  // The same rules the phone applies before it enables "Confirm".
  const auto verdict = signature::CheckInk(decoded.ink);
  if (!verdict.accepted()) {
    return std::string("the signature is refused: ") + signature::RefusalName(verdict.refusal);
  }
  return {};
}

}  // namespace

bool IsKnownBlobKind(std::string_view kind) {
  return kind == "signature" || kind == "signature_png" || kind == "photo" || kind == "report";
}

std::optional<std::int64_t> MaxBytesOfKind(std::string_view kind) {
  if (kind == "signature") return static_cast<std::int64_t>(signature::kMaxEncodedBytes);
  return std::nullopt;
}

std::string CheckBlobContent(std::string_view kind, std::string_view bytes) {
  if (kind == "signature") return CheckSignatureStrokes(bytes);
  if (kind == "signature_png" && !StartsWith(bytes, kPngMagic)) {
    return "a signature_png blob must be a PNG image";
  }
  if (kind == "photo" && !StartsWith(bytes, kJpegMagic) && !StartsWith(bytes, kPngMagic)) {
    return "a photo blob must be a JPEG or PNG image";
  }
  if (kind == "report" && !StartsWith(bytes, kPdfMagic)) return "a report blob must be a PDF";
  return {};
}

}  // namespace fieldledger::server
