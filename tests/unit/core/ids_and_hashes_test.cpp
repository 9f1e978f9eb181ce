#include <gtest/gtest.h>

#include <set>

#include "fieldledger/core/sha256.h"
#include "fieldledger/core/uuid.h"

namespace fieldledger {
namespace {

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(Sha256Hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(UuidV7, CarriesTimestampVersionAndVariant) {
  const std::string id = NewUuidV7(0x0190'1234'5678);
  ASSERT_TRUE(IsCanonicalUuid(id)) << id;
  EXPECT_EQ(id.substr(0, 13), "01901234-5678");
  EXPECT_EQ(id[14], '7');
  EXPECT_TRUE(id[19] == '8' || id[19] == '9' || id[19] == 'a' || id[19] == 'b') << id;
}

TEST(UuidV7, SortsByTimeAndIsUnique) {
  std::set<std::string> ids;
  for (int i = 0; i < 1000; ++i) ids.insert(NewUuidV7(1'700'000'000'000 + i / 10));
  EXPECT_EQ(ids.size(), 1000u);
  EXPECT_LT(NewUuidV7(1000), NewUuidV7(2000));
}

TEST(UuidV7, RejectsNonCanonical) {
  EXPECT_FALSE(IsCanonicalUuid(""));
  EXPECT_FALSE(IsCanonicalUuid("01901234-5678-7abc-8def-0123456789AB"));
  EXPECT_FALSE(IsCanonicalUuid("0190123405678-7abc-8def-0123456789ab"));
}

}  // namespace
}  // namespace fieldledger
