#include "export/dot_text.h"

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

struct EscCase {
  const char* input;
  bool entities;
  const char* want;
};

TEST(DotTextTest, EscStringValueEscapesWhatGraphvizWouldInterpret) {
  const EscCase cases[] = {
      {"plain", true, "plain"},
      {"back\\slash", true, "back\\\\slash"},
      {"ends in \\", true, "ends in \\\\"},
      {"two\nlines", true, "two\\nlines"},
      {"crlf\r\nline", false, "crlf\\nline"},
      {"\\N is not the node name", false, "\\\\N is not the node name"},
      {"AT&T", true, "AT&amp;T"},
      {"AT&T", false, "AT&T"},
      {"tab\there", false, "tab here"},
      {"bad \xFF byte", false, "bad \xEF\xBF\xBD byte"},
      {"cut \xC3", false, "cut \xEF\xBF\xBD"},
      {"surrogate \xED\xA0\x80", false, "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"ünïcode ×3", true, "ünïcode ×3"},
  };
  for (const EscCase& c : cases) {
    EXPECT_EQ(EscStringValue(c.input, c.entities), c.want)
        << "input: " << c.input << " entities: " << c.entities;
  }
}

TEST(DotTextTest, TruncateUtf8CutsAtCodePointBoundaries) {
  EXPECT_EQ(TruncateUtf8("short", 10), "short");
  EXPECT_EQ(TruncateUtf8("abcdef", 3), "abc\xE2\x80\xA6");
  // "ü" is two bytes; a cut inside it backs off to before it.
  EXPECT_EQ(TruncateUtf8("aü", 2), "a\xE2\x80\xA6");
}

TEST(DotTextTest, PlainIdsExcludeBackslashesAndControls) {
  EXPECT_TRUE(IsPlainDotId("person:ada-quill"));
  EXPECT_TRUE(IsPlainDotId("country:NOR <x> \"q\""));
  EXPECT_FALSE(IsPlainDotId(""));
  EXPECT_FALSE(IsPlainDotId("a\\"));
  EXPECT_FALSE(IsPlainDotId("a\nb"));
  EXPECT_FALSE(IsPlainDotId("a\xFF"));
}

}  // namespace
}  // namespace actorgraph
