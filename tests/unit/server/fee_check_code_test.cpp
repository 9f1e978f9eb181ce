// The stable code of each fee-check verdict CheckFee writes (FeeDifference.check_code),
// read back from the stored sentence, so clients can word it in their own language.
#include <gtest/gtest.h>

#include "app/fee_check.h"

namespace fieldledger::server {
namespace {

TEST(FeeCheckCode, EveryVerdictSentenceHasItsCode) {
  EXPECT_STREQ(FeeCheckCode("match"), "match");
  EXPECT_STREQ(FeeCheckCode(""), "match");
  EXPECT_STREQ(FeeCheckCode("the device used policy acme@3, unknown to the server; recomputed "
                            "with default@1"),
               "unknown_policy");
  EXPECT_STREQ(FeeCheckCode("the server cannot quote this job: no such product"), "cannot_quote");
  EXPECT_STREQ(FeeCheckCode("device charged 7000 fen, the policy gives 5000 fen"), "fee_differs");
  EXPECT_STREQ(FeeCheckCode("same fee, but the quote differs (visit date or entitlements)"),
               "quote_differs");
  EXPECT_STREQ(FeeCheckCode("written by some other server"), "other");
}

}  // namespace
}  // namespace fieldledger::server
