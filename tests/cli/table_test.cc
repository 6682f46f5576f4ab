// Display width (ICU's East Asian width and combining marks) and tables that
// fit a width: what a reader at an 80-column terminal relies on.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "cli/common.h"
#include "cli/terminal_text.h"

namespace actorgraph {
namespace {

TEST(DisplayWidthTest, CountsColumnsNotBytesOrCodePoints) {
  EXPECT_EQ(DisplayWidth("Oslo"), 4u);
  EXPECT_EQ(DisplayWidth("Brandh\xC3\xB8j"), 8u);          // ø: two bytes, one column
  EXPECT_EQ(DisplayWidth("\xE5\x8C\x97\xE4\xBA\xAC"), 4u);  // 北京: two wide characters
  EXPECT_EQ(DisplayWidth("\xEF\xBC\xA1"), 2u);              // Ａ: fullwidth
  EXPECT_EQ(DisplayWidth("\xED\x95\x9C"), 2u);              // 한: a Hangul syllable
  EXPECT_EQ(DisplayWidth("e\xCC\x81"), 1u);                 // e + combining acute
  EXPECT_EQ(DisplayWidth("a\xE2\x80\x8D" "b"), 2u);         // zero-width joiner
  EXPECT_EQ(DisplayWidth("\xE2\x80\x9C" "x" "\xE2\x80\x9D"), 3u);  // curly quotes: narrow
  EXPECT_EQ(DisplayWidth(""), 0u);
}

TEST(FitToWidthTest, CutsWithAnEllipsisAndKeepsAccentsWithTheirLetter) {
  EXPECT_EQ(FitToWidth("Helsinki", 8), "Helsinki");
  EXPECT_EQ(FitToWidth("Helsinki", 6), "Helsi\xE2\x80\xA6");
  EXPECT_EQ(DisplayWidth(FitToWidth("Helsinki", 6)), 6u);
  // "Café" with a combining accent, cut after the é: the accent stays.
  EXPECT_EQ(FitToWidth("Cafe\xCC\x81 Nord", 5), "Cafe\xCC\x81\xE2\x80\xA6");
  // A wide character that would straddle the edge is left out whole.
  const std::string beijing = "\xE5\x8C\x97\xE4\xBA\xAC\xE5\xB8\x82";  // 北京市, 6 columns
  EXPECT_EQ(FitToWidth(beijing, 4), "\xE5\x8C\x97\xE2\x80\xA6");    // 北… is 3 columns
  EXPECT_LE(DisplayWidth(FitToWidth(beijing, 4)), 4u);
  EXPECT_EQ(FitToWidth("abc", 0), "");
}

Table SampleTable() {
  Table table({"TYPE", "SOURCE", "DOCUMENT", "EVIDENCE"});
  table.Add({"accuses", "International Association of Ports and Harbors", "pier",
             "Finland on Monday accused Estonia of ignoring repeated warnings about a cargo "
             "ship that damaged a ferry pier."});
  table.Add({"denies", "Estonia", "pier", "Estonia denied the accusation."});
  return table;
}

TEST(TableTest, FitsTheWidthGivingWayFromTheWidestColumns) {
  const Table table = SampleTable();
  const std::vector<size_t> full = table.ColumnWidths(0);
  EXPECT_EQ(full, (std::vector<size_t>{7, 46, 8, 109}));
  EXPECT_EQ(table.ColumnWidths(500), full) << "room enough: nothing is cut";

  const std::vector<size_t> fitted = table.ColumnWidths(80);
  size_t total = 2 * (fitted.size() - 1);
  for (size_t w : fitted) total += w;
  EXPECT_EQ(total, 80u);
  EXPECT_EQ(fitted[0], 7u) << "a column narrower than its share is not cut";
  EXPECT_EQ(fitted[2], 8u);
  EXPECT_LT(fitted[1], 46u);
  EXPECT_GT(fitted[3], fitted[1]) << "the last column, the free text, gets the most room";
}

TEST(TableTest, NeverCutsBelowTheHeader) {
  const std::vector<size_t> narrow = SampleTable().ColumnWidths(20);
  EXPECT_EQ(narrow, (std::vector<size_t>{6, 6, 8, 8}));
}

// Prints `table` to a temporary file (not a terminal) and returns the text.
std::string Printed(const Table& table) {
  std::FILE* f = std::tmpfile();
  table.Print(f);
  std::rewind(f);
  std::string text;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) text.append(buf, n);
  std::fclose(f);
  return text;
}

TEST(TableTest, AlignsWideCharactersByDisplayWidth) {
  Table table({"NAME", "CITY"});
  table.Add({"\xE6\x9D\x8E\xE5\xBC\xBA", "Beijing"});  // 李强: four columns
  table.Add({"Li Qiang", "Beijing"});
  const std::string text = Printed(table);
  // "李强" is padded to the width of "Li Qiang" (8) plus the two-space gap.
  EXPECT_NE(text.find("\xE6\x9D\x8E\xE5\xBC\xBA" "      Beijing\n"), std::string::npos) << text;
  EXPECT_NE(text.find("Li Qiang  Beijing\n"), std::string::npos) << text;
}

TEST(TableTest, OutputToAFileIsNeverCut) {
  std::FILE* f = std::tmpfile();
  EXPECT_EQ(TableWidth(f), 0u) << "a file is not a terminal: no limit";
  std::fclose(f);
  const std::string text = Printed(SampleTable());
  EXPECT_NE(text.find("International Association of Ports and Harbors"), std::string::npos);
  EXPECT_EQ(text.find("\xE2\x80\xA6"), std::string::npos) << text;
}

}  // namespace
}  // namespace actorgraph
