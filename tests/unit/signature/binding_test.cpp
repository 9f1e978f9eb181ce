#include "fieldledger/signature/binding.h"

#include <gtest/gtest.h>

#include "fieldledger/core/sha256.h"
#include "ink_fixtures.h"

namespace fieldledger::signature {
namespace {

constexpr std::string_view kSummary =
    "Visit 2024-06-11 09:30\nReplaced compressor relay\nParts: 1x relay (EUR 42.00)\n";

Signature DanaSignature() { return Signature{testing::MakeCursiveInk(), "  Dana Ruiz "}; }

TEST(VisitSummarySha256, IsPlainSha256OfTheText) {
  EXPECT_EQ(VisitSummarySha256("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(VisitSummarySha256(kSummary), Sha256Hex(kSummary));
}

TEST(VisitSummarySha256, OnlyLineEndingsAreNormalised) {
  EXPECT_EQ(VisitSummarySha256("a\r\nb\r\n"), VisitSummarySha256("a\nb\n"));
  EXPECT_EQ(VisitSummarySha256("a\rb"), VisitSummarySha256("a\nb"));
  EXPECT_EQ(CanonicalVisitSummary("a\r\r\nb"), "a\n\nb");
  EXPECT_NE(VisitSummarySha256("a\n\nb"), VisitSummarySha256("a\nb"));
  EXPECT_NE(VisitSummarySha256("a\nb "), VisitSummarySha256("a\nb"));
  EXPECT_NE(VisitSummarySha256("EUR 42.00"), VisitSummarySha256("EUR 24.00"));
}

TEST(BindSignature, ProducesAVerifiableSignedVisit) {
  const BindResult bound = BindSignature(kSummary, DanaSignature(), 1'718'098'200'000);
  ASSERT_TRUE(bound.ok()) << BindingErrorName(bound.error) << " " << bound.verdict.message;
  EXPECT_EQ(bound.signed_visit.visit_summary_sha256, Sha256Hex(kSummary));
  EXPECT_EQ(bound.signed_visit.signer_name, "Dana Ruiz");
  EXPECT_EQ(bound.signed_visit.signed_at, 1'718'098'200'000);

  const VerifyResult verified = VerifySignedVisit(bound.signed_visit, kSummary);
  ASSERT_TRUE(verified.ok()) << BindingErrorName(verified.error);
  EXPECT_EQ(verified.ink, Quantise(DanaSignature().ink));
}

TEST(BindSignature, RefusesBlankOrNamelessSignatures) {
  Signature blank = DanaSignature();
  blank.ink.strokes.clear();
  const BindResult r = BindSignature(kSummary, blank, 0);
  EXPECT_EQ(r.error, BindingError::kRefused);
  EXPECT_EQ(r.verdict.refusal, Refusal::kBlank);
  EXPECT_TRUE(r.signed_visit.encoded_strokes.empty());

  Signature nameless = DanaSignature();
  nameless.signer_name = " ";
  EXPECT_EQ(BindSignature(kSummary, nameless, 0).verdict.refusal, Refusal::kNameMissing);
}

TEST(VerifySignedVisit, DetectsAnEditedSummary) {
  const SignedVisit sv = BindSignature(kSummary, DanaSignature(), 0).signed_visit;
  std::string edited(kSummary);
  edited.replace(edited.find("42.00"), 5, "92.00");
  EXPECT_EQ(VerifySignedVisit(sv, edited).error, BindingError::kSummaryMismatch);
}

TEST(VerifySignedVisit, DetectsCorruptStrokesAndRefusedContent) {
  SignedVisit corrupt = BindSignature(kSummary, DanaSignature(), 0).signed_visit;
  corrupt.encoded_strokes[0] = 'X';
  const VerifyResult r = VerifySignedVisit(corrupt, kSummary);
  EXPECT_EQ(r.error, BindingError::kStrokesUndecodable);
  EXPECT_EQ(r.codec.error, CodecError::kBadMagic);

  SignedVisit nameless = BindSignature(kSummary, DanaSignature(), 0).signed_visit;
  nameless.signer_name.clear();
  EXPECT_EQ(VerifySignedVisit(nameless, kSummary).error, BindingError::kRefused);

  // A client that skips the app's checks and uploads a blank pad.
  SignedVisit blank = nameless;
  blank.signer_name = "Dana Ruiz";
  blank.encoded_strokes = Encode(Ink{{400, 200}, {}}).bytes;
  const VerifyResult blank_result = VerifySignedVisit(blank, kSummary);
  EXPECT_EQ(blank_result.error, BindingError::kRefused);
  EXPECT_EQ(blank_result.verdict.refusal, Refusal::kBlank);
}

}  // namespace
}  // namespace fieldledger::signature
