// SafeForTerminal: what a terminal would obey is shown instead.
#include "cli/terminal_text.h"

#include <gtest/gtest.h>

#include <string>

namespace actorgraph {
namespace {

struct Case {
  std::string in;
  std::string out;
};

TEST(TerminalTextTest, ControlsAreShownAndTextIsKept) {
  const Case cases[] = {
      {"Plain text, 100% ASCII.", "Plain text, 100% ASCII."},
      {"Oslo \xe2\x80\x93 K\xc3\xb8" "benhavn \xe5\x8c\x97\xe4\xba\xac", "Oslo – København 北京"},
      {"\x1b[2J\x1b[H", "\u241b[2J\u241b[H"},               // clear screen, cursor home
      {"\x1b]0;owned\x07", "\u241b]0;owned\u2407"},          // window title, BEL
      {"line\nbreak\ttab\rreturn", "line\u240abreak\u2409tab\u240dreturn"},
      {std::string("nul\0byte", 8), "nul\u2400byte"},
      {"back\bspace\x7f", "back\u2408space\u2421"},
      {"\xc2\x9b" "31m", "\ufffd31m"},                      // C1 CSI
      {"\xc2\x85next", "\ufffdnext"},                        // C1 NEL
      {"\xe2\x80\xae" "desrever", "\ufffddesrever"},         // right-to-left override
      {"\xe2\x81\xa6isolate\xe2\x81\xa9", "\ufffdisolate\ufffd"},
      {"\xe2\x80\x8f" "mark", "\xe2\x80\x8f" "mark"},        // a right-to-left mark stays
      {"bad \xff byte", "bad \ufffd byte"},
      {"cut \xe2\x80", "cut \ufffd"},
      {"", ""},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(SafeForTerminal(c.in), c.out) << "input: " << c.in;
  }
}

TEST(TerminalTextTest, NoOutputByteIsAControl) {
  std::string every;
  for (int b = 0; b < 256; ++b) every.push_back(static_cast<char>(b));
  const std::string shown = SafeForTerminal(every);
  for (unsigned char c : shown) {
    EXPECT_FALSE(c < 0x20 || c == 0x7f) << int(c);
  }
  EXPECT_EQ(shown.find("\xc2\x80"), std::string::npos);
  EXPECT_EQ(shown.find("\xc2\x9b"), std::string::npos);
}

}  // namespace
}  // namespace actorgraph
