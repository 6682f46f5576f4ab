#include "store/keys.h"

#include <gtest/gtest.h>

namespace actorgraph::keys {
namespace {

TEST(KeysTest, BigEndianRoundTripsAndSortsNumerically) {
  const uint32_t cases[] = {0, 1, 255, 256, 65535, 65536, 0x01020304u, 0xffffffffu};
  for (uint32_t v : cases) {
    SCOPED_TRACE(v);
    EXPECT_EQ(DecodeBigEndian32(EncodeBigEndian32(v)), v);
  }
  for (size_t i = 1; i < std::size(cases); ++i) {
    EXPECT_LT(EncodeBigEndian32(cases[i - 1]), EncodeBigEndian32(cases[i])) << cases[i];
  }
  EXPECT_EQ(DecodeBigEndian32("abc"), std::nullopt);
  EXPECT_EQ(DecodeBigEndian32("abcde"), std::nullopt);
}

TEST(KeysTest, ShorterIdPrefixDoesNotMatchLongerIdsKeys) {
  const std::string ann = Prefix("person:ann");
  const std::string anne_quote = QuoteKey("person:anne", "2024-03-04", "doc-1", 7);
  const std::string anne_posting = PostingKey("person:anne", "doc-1");
  EXPECT_FALSE(anne_quote.starts_with(ann));
  EXPECT_FALSE(anne_posting.starts_with(ann));
  EXPECT_TRUE(QuoteKey("person:ann", "", "doc-1", 7).starts_with(ann));
  // All of ann's keys sort before any of anne's.
  EXPECT_LT(QuoteKey("person:ann", "9999", "zzz", 0xffffffffu),
            QuoteKey("person:anne", "", "a", 0));
}

TEST(KeysTest, QuoteKeysOrderByDateThenDocumentThenOffset) {
  // A speaker's statements read oldest first, so the first N are a prefix.
  EXPECT_LT(QuoteKey("s", "2024-03-04", "doc-9", 300), QuoteKey("s", "2024-03-05", "doc-1", 5));
  // Undated documents first, as the query sorts an empty date.
  EXPECT_LT(QuoteKey("s", "", "doc-9", 0), QuoteKey("s", "1987", "doc-1", 0));
  // A shorter date that prefixes a longer one sorts first.
  EXPECT_LT(QuoteKey("s", "2024", "zzz", 0xffffffffu), QuoteKey("s", "2024-01", "a", 0));
  EXPECT_LT(QuoteKey("s", "d", "doc-1", 300), QuoteKey("s", "d", "doc-2", 5));
  EXPECT_LT(QuoteKey("s", "d", "doc-1", 5), QuoteKey("s", "d", "doc-1", 300));
  // A document id that prefixes another sorts first whatever the offsets.
  EXPECT_LT(QuoteKey("s", "d", "doc-1", 0xffffffffu), QuoteKey("s", "d", "doc-10", 0));
  EXPECT_EQ(QuoteKeyDate(QuoteKey("s", "March 4, 2024", "doc-1", 0)), "March 4, 2024");
  EXPECT_EQ(QuoteKeyDate("s"), std::nullopt);
}

TEST(KeysTest, AnEdgeKeyPrefixesItsRelationsKeys) {
  const std::string edge = EdgeKey(RelationType::kAccuses, "country:NOR", "country:RUS");
  EXPECT_TRUE(RelationKey(RelationType::kAccuses, "country:NOR", "country:RUS", "d", 3)
                  .starts_with(edge + kSep));
  // Not another target's that the target prefixes.
  EXPECT_FALSE(RelationKey(RelationType::kAccuses, "country:NOR", "country:RUSS", "d", 3)
                   .starts_with(edge + kSep));
  std::optional<EdgeSums> sums = DecodeEdgeCounts(EncodeEdgeCounts({7, 3, 2}));
  ASSERT_TRUE(sums.has_value());
  EXPECT_EQ(sums->statements, 7u);
  EXPECT_EQ(sums->documents, 3u);
  EXPECT_EQ(sums->claims, 2u);
  EXPECT_EQ(DecodeEdgeCounts("12345678"), std::nullopt);  // schema 4's two counts
  // One edge's claims sort under the edge, by claim.
  EXPECT_TRUE(EdgeClaimKey(edge, 5).starts_with(edge + kSep));
  EXPECT_LT(EdgeClaimKey(edge, 5), EdgeClaimKey(edge, 256));
  EXPECT_EQ(DecodeBigEndian64(EncodeBigEndian64(0x0123456789abcdefULL)), 0x0123456789abcdefULL);
}

TEST(KeysTest, RelationKeyLeadsWithTypeName) {
  const std::string key = RelationKey(RelationType::kAffiliatedWith, "a", "", "d", 3);
  std::vector<std::string_view> parts = SplitKey(key, 5);
  ASSERT_EQ(parts.size(), 5u);
  EXPECT_EQ(parts[0], "affiliated_with");
  EXPECT_EQ(parts[1], "a");
  EXPECT_EQ(parts[2], "");
  EXPECT_EQ(parts[3], "d");
  EXPECT_EQ(parts[4], EncodeBigEndian32(3));
}

TEST(KeysTest, NameWordsSplitOnPunctuationAndLowercase) {
  struct Case {
    std::string name;
    std::vector<std::string> words;
  } cases[] = {
      {"Jim Lewis", {"jim", "lewis"}},
      {"Jean-Claude O'Neil", {"jean", "claude", "o'neil"}},
      {"  Dr. Mara  Quist ", {"dr", "mara", "quist"}},
      {"Zoë Ångström", {"zoë", "Ångström"}},  // ASCII folding only
      {"", {}},
      {"--", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(NameWords(c.name), c.words) << "name: '" << c.name << "'";
  }
}

TEST(KeysTest, ToLowerAsciiFoldsAsciiOnly) {
  EXPECT_EQ(ToLowerAscii("Country:CHN"), "country:chn");
  EXPECT_EQ(ToLowerAscii("ÅSA"), "Åsa");
}

}  // namespace
}  // namespace actorgraph::keys
