#include "fieldledger/signature/binding.h"

#include "fieldledger/core/sha256.h"

namespace fieldledger::signature {

std::string CanonicalVisitSummary(std::string_view summary) {
  std::string out;
  out.reserve(summary.size());
  for (std::size_t i = 0; i < summary.size(); ++i) {
    if (summary[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < summary.size() && summary[i + 1] == '\n') ++i;
    } else {
      out.push_back(summary[i]);
    }
  }
  return out;
}

std::string VisitSummarySha256(std::string_view summary) {
  return Sha256Hex(CanonicalVisitSummary(summary));
}

const char* BindingErrorName(BindingError e) {
  switch (e) {
    case BindingError::kOk:
      return "ok";
    case BindingError::kRefused:
      return "refused";
    case BindingError::kEncodingFailed:
      return "encoding_failed";
    case BindingError::kSummaryMismatch:
      return "summary_mismatch";
    case BindingError::kStrokesUndecodable:
      return "strokes_undecodable";
  }
  return "unknown";
}

BindResult BindSignature(std::string_view visit_summary, const Signature& signature,
                         TimeMs signed_at) {
  BindResult result;
  result.verdict = CheckSignature(signature);
  if (!result.verdict.accepted()) {
    result.error = BindingError::kRefused;
    return result;
  }
  EncodeResult encoded = Encode(signature.ink);
  result.codec = encoded.status;
  if (!encoded.ok()) {
    result.error = BindingError::kEncodingFailed;
    return result;
  }
  result.signed_visit = SignedVisit{VisitSummarySha256(visit_summary), std::move(encoded.bytes),
                                    TrimSignerName(signature.signer_name), signed_at};
  return result;
}

VerifyResult VerifySignedVisit(const SignedVisit& signed_visit, std::string_view visit_summary) {
  VerifyResult result;
  // The hash is public, so a plain comparison leaks nothing worth a constant-time one.
  if (signed_visit.visit_summary_sha256 != VisitSummarySha256(visit_summary)) {
    result.error = BindingError::kSummaryMismatch;
    return result;
  }
  DecodeResult decoded = Decode(signed_visit.encoded_strokes);
  result.codec = decoded.status;
  if (!decoded.ok()) {
    result.error = BindingError::kStrokesUndecodable;
    return result;
  }
  result.verdict = CheckSignature(Signature{decoded.ink, signed_visit.signer_name});
  if (!result.verdict.accepted()) {
    result.error = BindingError::kRefused;
    return result;
  }
  result.ink = std::move(decoded.ink);
  return result;
}

}  // namespace fieldledger::signature
