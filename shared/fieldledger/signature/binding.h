#pragma once
// Binds a signature to the exact visit summary the customer was shown: the summary's
// SHA-256 is stored with the strokes, so a later edit to the visit cannot silently
// inherit the customer's signature.
#include <string>
#include <string_view>

#include "fieldledger/core/time.h"
#include "fieldledger/signature/acceptance.h"
#include "fieldledger/signature/codec.h"
#include "fieldledger/signature/ink.h"

namespace fieldledger::signature {

// The summary text with CRLF and lone CR turned into LF. Text widgets and transports
// disagree about line endings; the words the customer read are the same either way.
// Nothing else is touched: any other difference is a different summary.
std::string CanonicalVisitSummary(std::string_view summary);

// Lower-case hex SHA-256 of the canonical UTF-8 summary.
std::string VisitSummarySha256(std::string_view summary);

struct SignedVisit {
  std::string visit_summary_sha256;
  std::string encoded_strokes;  // Encode(ink) bytes
  std::string signer_name;      // trimmed
  TimeMs signed_at = 0;         // trusted time of the customer's confirm tap

  friend bool operator==(const SignedVisit&, const SignedVisit&) = default;
};

enum class BindingError {
  kOk,
  kRefused,          // acceptance rules: see verdict
  kEncodingFailed,   // codec: see codec
  kSummaryMismatch,  // the stored hash is not the hash of the given summary
  kStrokesUndecodable,
};

const char* BindingErrorName(BindingError e);

struct BindResult {
  SignedVisit signed_visit;  // meaningful only when ok()
  BindingError error = BindingError::kOk;
  Verdict verdict;
  CodecStatus codec;
  bool ok() const { return error == BindingError::kOk; }
};

// App side: checks acceptance, encodes the ink and hashes the summary shown.
BindResult BindSignature(std::string_view visit_summary, const Signature& signature,
                         TimeMs signed_at);

struct VerifyResult {
  BindingError error = BindingError::kOk;
  Verdict verdict;
  CodecStatus codec;
  Ink ink;  // decoded strokes when ok(), ready to render
  bool ok() const { return error == BindingError::kOk; }
};

// Server side: recomputes the summary hash from the server's own copy of the summary,
// then decodes the strokes and re-applies the acceptance rules.
VerifyResult VerifySignedVisit(const SignedVisit& signed_visit, std::string_view visit_summary);

}  // namespace fieldledger::signature
