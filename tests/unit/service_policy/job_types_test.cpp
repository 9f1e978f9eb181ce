// Job types in the service policy: what the work form of each job kind and product
// category offers, what it asks the technician to check, and the errors a bad
// [[job_types]] entry gets, at their line and column.
#include <gtest/gtest.h>

#include <string>

#include "fieldledger/service_policy/default_policy.h"
#include "fieldledger/service_policy/parse.h"

namespace fieldledger::service_policy {
namespace {

// Lines 1-27: a valid policy with two categories and one fault each.
const std::string kBase =
    "[policy]\n"                                   // 1
    "format = 1\n"                                 // 2
    "id = \"test\"\n"                              // 3
    "version = \"1\"\n"                            // 4
    "name = { zh = \"测试\", en = \"Test\" }\n"    // 5
    "currency = \"CNY\"\n"                         // 6
    "several_faults = \"sum\"\n"                   // 7
    "[[categories]]\n"                             // 8
    "id = \"phone\"\n"                             // 9
    "name = { zh = \"手机\", en = \"Phone\" }\n"   // 10
    "warranty_days = 365\n"                        // 11
    "warranty_starts = \"purchase\"\n"             // 12
    "return_days = 7\n"                            // 13
    "exchange_days = 15\n"                         // 14
    "free_repair_days = 365\n"                     // 15
    "[[categories]]\n"                             // 16
    "id = \"aircon\"\n"                            // 17
    "name = { zh = \"空调\", en = \"AC\" }\n"      // 18
    "warranty_days = 365\n"                        // 19
    "warranty_starts = \"purchase\"\n"             // 20
    "return_days = 7\n"                            // 21
    "exchange_days = 15\n"                         // 22
    "free_repair_days = 365\n"                     // 23
    "[[faults]]\n"                                 // 24
    "id = \"screen\"\n"                            // 25
    "name = { zh = \"屏幕\", en = \"Screen\" }\n"  // 26
    "fee_fen = 4000\n"                             // 27
    "categories = [\"phone\"]\n"                   // 28
    "[[faults]]\n"                                 // 29
    "id = \"piping\"\n"                            // 30
    "name = { zh = \"铜管\", en = \"Piping\" }\n"  // 31
    "fee_fen = 6000\n"                             // 32
    "categories = [\"aircon\"]\n";                 // 33

ParseResult Parse(const std::string& job_types) {
  return ParsePolicy(kBase + job_types, "types.toml");
}

TEST(JobTypes, AreOptional) {
  const ParseResult r = Parse("");
  ASSERT_TRUE(r.ok()) << r.errors[0].ToString();
  EXPECT_TRUE(r.policy->job_types.empty());
  // Without a job type, a category's work items are the faults that apply to it.
  const auto items = r.policy->WorkItemsFor("installation", "aircon");
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]->id, "piping");
  // An unknown category offers every fault type (its quote then names the problem).
  EXPECT_EQ(r.policy->WorkItemsFor("repair", "").size(), 2u);
}

TEST(JobTypes, NameWorkItemsAndChecks) {
  const ParseResult r = Parse(
      "[[job_types]]\n"                                           // 34
      "kind = \"installation\"\n"                                 // 35
      "category = \"aircon\"\n"                                   // 36
      "name = { zh = \"空调安装\", en = \"AC installation\" }\n"  // 37
      "work_items = [\"piping\"]\n"                               // 38
      "checks = [ { id = \"vacuum\", name = { zh = \"抽真空\", en = \"Vacuum\" } } ]\n");
  ASSERT_TRUE(r.ok()) << r.errors[0].ToString();
  const JobTypeSpec* t = r.policy->FindJobType("installation", "aircon");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->name.en, "AC installation");
  ASSERT_EQ(t->checks.size(), 1u);
  EXPECT_EQ(t->checks[0].id, "vacuum");
  EXPECT_EQ(t->checks[0].name.zh, "抽真空");
  EXPECT_EQ(r.policy->FindJobType("repair", "aircon"), nullptr);
}

void ExpectOnly(const ParseResult& r, ErrorCode code, int line, int column,
                const std::string& message) {
  ASSERT_EQ(r.errors.size(), 1u) << (r.errors.empty() ? "no error" : r.errors[1].ToString());
  EXPECT_EQ(r.errors[0].code, code) << r.errors[0].ToString();
  EXPECT_EQ(r.errors[0].line, line);
  EXPECT_EQ(r.errors[0].column, column);
  EXPECT_EQ(r.errors[0].message, message);
}

const std::string kHead =
    "[[job_types]]\n"                                            // 34
    "name = { zh = \"空调安装\", en = \"AC installation\" }\n";  // 35

TEST(JobTypes, BadKind) {
  ExpectOnly(
      Parse(kHead + "kind = \"fitting\"\ncategory = \"aircon\"\nwork_items = [\"piping\"]\n"),
      ErrorCode::kBadValue, 36, 8,
      "'job_types[0].kind' must be \"repair\", \"installation\" or \"maintenance\", not "
      "\"fitting\"");
}

TEST(JobTypes, UnknownCategory) {
  ExpectOnly(Parse(kHead + "kind = \"repair\"\ncategory = \"fridge\"\nwork_items = [\"piping\"]\n"),
             ErrorCode::kUnknownReference, 37, 12,
             "'job_types[0].category' names unknown category 'fridge'");
}

TEST(JobTypes, WorkItemMustBeAKnownFaultOfTheCategory) {
  ExpectOnly(Parse(kHead + "kind = \"repair\"\ncategory = \"aircon\"\nwork_items = [\"pump\"]\n"),
             ErrorCode::kUnknownReference, 38, 15,
             "'job_types[0].work_items[0]' names unknown fault type 'pump'");
  ExpectOnly(
      Parse(kHead +
            "kind = \"repair\"\ncategory = \"aircon\"\nwork_items = [\"piping\", \"screen\"]\n"),
      ErrorCode::kBadValue, 38, 25,
      "'job_types[0].work_items[1]' names fault type 'screen', which does not apply to category "
      "'aircon'");
  ExpectOnly(Parse(kHead + "kind = \"repair\"\ncategory = \"aircon\"\nwork_items = []\n"),
             ErrorCode::kBadValue, 38, 14,
             "'job_types[0].work_items' must list at least one fault type");
}

TEST(JobTypes, DuplicateJobTypeAndCheck) {
  const std::string one =
      kHead + "kind = \"repair\"\ncategory = \"aircon\"\nwork_items = [\"piping\"]\n";  // 34-38
  ExpectOnly(Parse(one + one), ErrorCode::kDuplicateId, 41, 8,
             "duplicate job type 'repair/aircon'; first defined at line 36, column 8");
  ExpectOnly(
      Parse(one + "checks = [ { id = \"a\", name = { zh = \"甲\", en = \"A\" } },\n"     // 39
                  "           { id = \"a\", name = { zh = \"乙\", en = \"B\" } } ]\n"),  // 40
      ErrorCode::kDuplicateId, 40, 19,
      "duplicate check id 'a'; first defined at line 39, column 19");
}

TEST(JobTypes, UnknownKeyInACheck) {
  const ParseResult r =
      Parse(kHead +
            "kind = \"repair\"\ncategory = \"aircon\"\nwork_items = [\"piping\"]\n"
            "checks = [ { id = \"a\", nam = \"x\" } ]\n");  // 39
  ASSERT_FALSE(r.ok());
  bool saw_unknown = false;
  for (const auto& e : r.errors) {
    if (e.code == ErrorCode::kUnknownKey) {
      saw_unknown = true;
      EXPECT_EQ(e.line, 39);
      EXPECT_NE(e.message.find("job_types[0].checks[0].nam"), std::string::npos) << e.message;
    }
  }
  EXPECT_TRUE(saw_unknown);
}

// The seed's trades, each with its own work items: no phone fault on an air conditioner.
TEST(JobTypes, DefaultPolicyCoversTheSeedsTrades) {
  const Policy& p = DefaultPolicy();
  for (const auto& [kind, category] :
       {std::pair{"repair", "phone"}, std::pair{"repair", "tv"}, std::pair{"installation", "tv"},
        std::pair{"installation", "aircon"}, std::pair{"repair", "aircon"}}) {
    const JobTypeSpec* t = p.FindJobType(kind, category);
    ASSERT_NE(t, nullptr) << kind << "/" << category;
    EXPECT_FALSE(t->checks.empty()) << kind << "/" << category;
    const Category* c = p.FindCategory(category);
    ASSERT_NE(c, nullptr);
    for (const FaultType* f : p.WorkItemsFor(kind, category)) {
      EXPECT_TRUE(p.AppliesTo(*f, *c)) << f->id << " on " << category;
    }
  }
  for (const FaultType* f : p.WorkItemsFor("installation", "aircon")) {
    EXPECT_NE(f->id, "firmware_reflash");
  }
}

}  // namespace
}  // namespace fieldledger::service_policy
