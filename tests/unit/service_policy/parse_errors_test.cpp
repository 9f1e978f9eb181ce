// Each kind of policy-file mistake is reported at its exact line and column.
#include <gtest/gtest.h>

#include <sstream>

#include "fieldledger/service_policy/parse.h"

namespace fieldledger::service_policy {
namespace {

// A small valid policy. Tests replace one numbered line (1-based) to break it, so every
// expected position below can be read straight off this listing.
const char* const kLines[] = {
    "[policy]",                                   // 1
    "format = 1",                                 // 2
    "id = \"test\"",                              // 3
    "version = \"1\"",                            // 4
    "name = { zh = \"测试\", en = \"Test\" }",    // 5
    "currency = \"CNY\"",                         // 6
    "several_faults = \"highest_once\"",          // 7
    "",                                           // 8
    "[[categories]]",                             // 9
    "id = \"phone\"",                             // 10
    "name = { zh = \"手机\", en = \"Phone\" }",   // 11
    "warranty_days = 365",                        // 12
    "warranty_starts = \"activation\"",           // 13
    "return_days = 7",                            // 14
    "exchange_days = 15",                         // 15
    "free_repair_days = 365",                     // 16
    "",                                           // 17
    "[[faults]]",                                 // 18
    "id = \"screen\"",                            // 19
    "name = { zh = \"屏幕\", en = \"Screen\" }",  // 20
    "fee_fen = 4000",                             // 21
    "categories = [\"phone\"]",                   // 22
};

std::string Policy(int line = 0, const std::string& replacement = "",
                   const std::string& appended = "") {
  std::ostringstream out;
  int n = 0;
  for (const char* l : kLines) out << (++n == line ? replacement : std::string(l)) << "\n";
  out << appended;
  return out.str();
}

ParseResult Parse(const std::string& text) { return ParsePolicy(text, "bad.toml"); }

// Exactly one error, with this code, position and message.
void ExpectOnly(const ParseResult& r, ErrorCode code, int line, int column,
                const std::string& message) {
  EXPECT_FALSE(r.ok());
  ASSERT_EQ(r.errors.size(), 1u) << (r.errors.size() < 2 ? "" : r.errors[1].ToString());
  const PolicyError& e = r.errors[0];
  EXPECT_EQ(ErrorCodeName(e.code), std::string(ErrorCodeName(code)));
  EXPECT_EQ(e.source, "bad.toml");
  EXPECT_EQ(e.line, line);
  EXPECT_EQ(e.column, column);
  EXPECT_EQ(e.message, message);
}

TEST(ParseErrors, BaseListingIsValid) {
  const ParseResult r = Parse(Policy());
  for (const auto& e : r.errors) ADD_FAILURE() << e.ToString();
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.policy->faults[0].categories, std::vector<std::string>{"phone"});
}

TEST(ParseErrors, SyntaxError) {
  ExpectOnly(Parse(Policy(21, "fee_fen = = 4000")), ErrorCode::kSyntax, 21, 11,
             "syntax error: Error while parsing value: could not determine value type");
}

TEST(ParseErrors, SyntaxErrorInToStringForm) {
  const ParseResult r = Parse(Policy(9, "[[categories]"));
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code, ErrorCode::kSyntax);
  EXPECT_EQ(r.errors[0].ToString().rfind("bad.toml:9:", 0), 0u) << r.errors[0].ToString();
}

TEST(ParseErrors, UnknownKeySuggestsTheIntendedOne) {
  const ParseResult r = Parse(Policy(14, "retrun_days = 7"));
  ASSERT_EQ(r.errors.size(), 2u);
  // The misspelt key also leaves the real one missing; the table comes first in the file.
  EXPECT_EQ(r.errors[0].code, ErrorCode::kMissingKey);
  EXPECT_EQ(r.errors[0].line, 9);
  EXPECT_EQ(r.errors[1].code, ErrorCode::kUnknownKey);
  EXPECT_EQ(r.errors[1].line, 14);
  EXPECT_EQ(r.errors[1].column, 1);
  EXPECT_EQ(r.errors[1].message,
            "unknown key 'categories[0].retrun_days'; did you mean 'return_days'?");
}

TEST(ParseErrors, UnknownKeyWithNoCloseMatch) {
  ExpectOnly(Parse(Policy(0, "", "[extras]\ncolour = \"red\"\n")), ErrorCode::kUnknownKey, 23, 2,
             "unknown key 'extras'");
}

TEST(ParseErrors, MissingRequiredKeyPointsAtItsTable) {
  ExpectOnly(Parse(Policy(16, "")), ErrorCode::kMissingKey, 9, 1,
             "missing required key 'categories[0].free_repair_days'");
  ExpectOnly(Parse(Policy(6, "")), ErrorCode::kMissingKey, 1, 1,
             "missing required key 'policy.currency'");
}

TEST(ParseErrors, MissingNameLanguage) {
  ExpectOnly(Parse(Policy(20, "name = { zh = \"屏幕\" }")), ErrorCode::kMissingKey, 20, 8,
             "missing required key 'faults[0].name.en'");
}

TEST(ParseErrors, WrongType) {
  ExpectOnly(Parse(Policy(21, "fee_fen = 40.5")), ErrorCode::kWrongType, 21, 11,
             "'faults[0].fee_fen' must be an integer, not a floating-point number");
  ExpectOnly(Parse(Policy(12, "warranty_days = \"365\"")), ErrorCode::kWrongType, 12, 17,
             "'categories[0].warranty_days' must be an integer, not a string");
  ExpectOnly(Parse(Policy(22, "categories = \"phone\"")), ErrorCode::kWrongType, 22, 14,
             "'faults[0].categories' must be an array, not a string");
  ExpectOnly(Parse(Policy(22, "categories = [\"phone\", 7]")), ErrorCode::kWrongType, 22, 24,
             "'faults[0].categories[1]' must be a string, not an integer");
}

TEST(ParseErrors, NegativeFee) {
  ExpectOnly(Parse(Policy(21, "fee_fen = -4000")), ErrorCode::kNegativeFee, 21, 11,
             "'faults[0].fee_fen' must not be negative, not -4000");
}

TEST(ParseErrors, FeeAboveTheCeiling) {
  ExpectOnly(Parse(Policy(21, "fee_fen = 100000001")), ErrorCode::kOutOfRange, 21, 11,
             "'faults[0].fee_fen' must be at most 100000000 fen, not 100000001");
}

TEST(ParseErrors, UnknownCategoryReferenced) {
  ExpectOnly(Parse(Policy(22, "categories = [\"phone\", \"fridge\"]")),
             ErrorCode::kUnknownReference, 22, 24,
             "'faults[0].categories[1]' names unknown category 'fridge'");
}

TEST(ParseErrors, UnknownFaultAndCategoryReferencedByACategoryFee) {
  const ParseResult r = Parse(Policy(0, "",
                                     "\n[[category_fees]]\n"  // 23, 24
                                     "category = \"tv\"\n"    // 25
                                     "fault = \"battery\"\n"  // 26
                                     "fee_fen = 100\n"));
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].code, ErrorCode::kUnknownReference);
  EXPECT_EQ(r.errors[0].line, 25);
  EXPECT_EQ(r.errors[0].column, 12);
  EXPECT_EQ(r.errors[0].message, "'category_fees[0].category' names unknown category 'tv'");
  EXPECT_EQ(r.errors[1].code, ErrorCode::kUnknownReference);
  EXPECT_EQ(r.errors[1].line, 26);
  EXPECT_EQ(r.errors[1].column, 9);
  EXPECT_EQ(r.errors[1].message, "'category_fees[0].fault' names unknown fault type 'battery'");
}

TEST(ParseErrors, WindowDaysOutOfRange) {
  ExpectOnly(Parse(Policy(14, "return_days = -1")), ErrorCode::kOutOfRange, 14, 15,
             "'categories[0].return_days' must be between 0 and 3650 days, not -1");
  ExpectOnly(Parse(Policy(15, "exchange_days = 3651")), ErrorCode::kOutOfRange, 15, 17,
             "'categories[0].exchange_days' must be between 0 and 3650 days, not 3651");
  // The bounds themselves are allowed.
  EXPECT_TRUE(Parse(Policy(15, "exchange_days = 3650")).ok());
  EXPECT_TRUE(Parse(Policy(14, "return_days = 0")).ok());
}

TEST(ParseErrors, DuplicateCategoryId) {
  const std::string second =
      "\n[[categories]]\n"  // 23, 24
      "id = \"phone\"\n"    // 25
      "name = { zh = \"手机\", en = \"Phone\" }\nwarranty_days = 1\nwarranty_starts = "
      "\"purchase\"\nreturn_days = 1\nexchange_days = 1\nfree_repair_days = 1\n";
  ExpectOnly(Parse(Policy(0, "", second)), ErrorCode::kDuplicateId, 25, 6,
             "duplicate category id 'phone'; first defined at line 10, column 6");
}

TEST(ParseErrors, DuplicateFaultId) {
  const std::string second =
      "\n[[faults]]\n"       // 23, 24
      "  id = \"screen\"\n"  // 25
      "name = { zh = \"屏\", en = \"Screen\" }\nfee_fen = 1\n";
  ExpectOnly(Parse(Policy(0, "", second)), ErrorCode::kDuplicateId, 25, 8,
             "duplicate fault type id 'screen'; first defined at line 19, column 6");
}

TEST(ParseErrors, BadSeveralFaultsRule) {
  ExpectOnly(Parse(Policy(7, "several_faults = \"max\"")), ErrorCode::kBadValue, 7, 18,
             "'policy.several_faults' must be \"highest_once\" or \"sum\", not \"max\"");
}

TEST(ParseErrors, BadWarrantyStart) {
  ExpectOnly(Parse(Policy(13, "warranty_starts = \"delivery\"")), ErrorCode::kBadValue, 13, 19,
             "'categories[0].warranty_starts' must be \"activation\" or \"purchase\", not "
             "\"delivery\"");
}

TEST(ParseErrors, BadIdAndCurrency) {
  ExpectOnly(Parse(Policy(19, "id = \"Screen X\"")), ErrorCode::kBadValue, 19, 6,
             "'faults[0].id' must be lower-case letters, digits, '_' or '-', not \"Screen X\"");
  ExpectOnly(Parse(Policy(6, "currency = \"yuan\"")), ErrorCode::kBadValue, 6, 12,
             "'policy.currency' must be an ISO 4217 code such as \"CNY\", not \"yuan\"");
}

TEST(ParseErrors, UnsupportedFormat) {
  ExpectOnly(Parse(Policy(2, "format = 2")), ErrorCode::kOutOfRange, 2, 10,
             "unsupported policy format 2; this version reads format 1");
}

TEST(ParseErrors, EveryErrorIsReportedInFileOrder) {
  std::string text = Policy(21, "fee_fen = -1");
  text =
      text.replace(text.find("several_faults = \"highest_once\""), 31, "several_faults = \"max\"");
  const ParseResult r = Parse(text);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_EQ(r.errors[0].line, 7);
  EXPECT_EQ(r.errors[1].line, 21);
}

TEST(ParseErrors, EmptyDocumentMissesEverything) {
  const ParseResult r = Parse("");
  ASSERT_EQ(r.errors.size(), 3u);
  for (const auto& e : r.errors) {
    EXPECT_EQ(e.code, ErrorCode::kMissingKey);
    EXPECT_EQ(e.line, 1);
    EXPECT_EQ(e.column, 1);
  }
  EXPECT_EQ(r.errors[0].message, "missing required key 'policy'");
}

TEST(ParseErrors, EmptyCategoryList) {
  ExpectOnly(Parse("categories = []\n[policy]\nformat = 1\nid = \"t\"\nversion = \"1\"\n"
                   "name = { zh = \"测\", en = \"T\" }\ncurrency = \"CNY\"\n"
                   "several_faults = \"sum\"\n"
                   "[[faults]]\nid = \"a\"\nname = { zh = \"甲\", en = \"A\" }\nfee_fen = 1\n"),
             ErrorCode::kBadValue, 1, 14, "'categories' must list at least one entry");
}

}  // namespace
}  // namespace fieldledger::service_policy
