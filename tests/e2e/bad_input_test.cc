// Bad input never crashes and never loses data: each case gives a clear
// error naming the file (and line), exit code 1, and an unchanged store.
#include "cli/terminal_text.h"
#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

struct BadInput {
  const char* name;      // file name written in the temp dir
  std::string content;   // its bytes
  const char* expected;  // text the error must contain (after the file name)
};

class BadInputTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = tmp_ / "store.db";
    RunResult r = Actorgraph("ingest --db " + db_ + " " + DataFile("harbour.txt"));
    ASSERT_EQ(r.code, 0) << r.err;
    before_ = DumpStore(db_);
  }

  TempDir tmp_;
  std::string db_;
  std::string before_;
};

TEST_F(BadInputTest, EachBadFileIsRefusedByNameAndTheStoreStaysAsItWas) {
  const BadInput cases[] = {
      {"empty.txt", "", "empty document"},
      {"blank.txt", "  \n\n \t\n", "empty document"},
      {"binary.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0", 11) + "more",
       "binary data, not text (NUL byte at offset 7)"},
      {"latin1.txt", "Line one.\nCaf\xe9 au lait.\n", "invalid UTF-8 at byte offset 13 (line 2)"},
      {"truncated.txt", "Ends in the middle of \xe2\x80", "invalid UTF-8 at byte offset 22"},
      {"bad.jsonl", "{\"id\": \"a\", \"text\": \"fine\"\n", "bad.jsonl:1: malformed JSON"},
      {"noid.jsonl", "{\"text\": \"no id here\"}\n", "noid.jsonl:1: missing or empty \"id\""},
      {"notext.jsonl", "{\"id\": \"x\", \"body\": \"wrong field\"}\n",
       "notext.jsonl:1: document 'x' has no \"text\" string"},
      {"array.jsonl", "[1, 2, 3]\n", "array.jsonl:1: expected a JSON object"},
      {"nul.jsonl", "{\"id\": \"n\", \"text\": \"a\\u0000b\"}\n",
       "nul.jsonl:1: document 'n': binary data"},
      {"bom-only.txt", "\xEF\xBB\xBF", "empty document"},
      {"bom-later.jsonl", "\n\xEF\xBB\xBF{\"id\": \"b\", \"text\": \"x\"}\n",
       "bom-later.jsonl:2: malformed JSON: a byte order mark (U+FEFF) before the object"},
      {"surrogate.jsonl", "{\"id\": \"s\", \"text\": \"\\ud800 alone\"}\n",
       "surrogate.jsonl:1: malformed JSON: a lone UTF-16 surrogate \\ud800 at byte 21"},
      {"low-surrogate.jsonl", "{\"id\": \"s\", \"text\": \"\\udc00\\ud800\"}\n",
       "malformed JSON: a lone UTF-16 surrogate \\udc00 at byte 21"},
      {"tab.jsonl", "{\"id\": \"t\", \"text\": \"a\tb\"}\n",
       "tab.jsonl:1: malformed JSON: a control character (U+0009) inside a string at byte 22"},
      {"escape.jsonl", "{\"id\": \"e\", \"text\": \"a\\qb\"}\n",
       "escape.jsonl:1: malformed JSON: an unknown escape \\q at byte 22"},
      {"unclosed.jsonl", "{\"id\": \"u\", \"text\": \"x\"\n",
       "unclosed.jsonl:1: malformed JSON: not one complete JSON value"},
      {"two.jsonl", "{\"id\": \"a\", \"text\": \"x\"} {\"id\": \"b\", \"text\": \"y\"}\n",
       "two.jsonl:1: malformed JSON: not one complete JSON value"},
      {"binary.jsonl", std::string("\n{\"id\": \"a\", \"te\0\0\0", 20),
       "binary.jsonl:2: binary data, not JSONL (NUL byte at offset 16)"},
      {"nul-id.jsonl", "{\"id\": \"a\\u0000b\", \"text\": \"fine\"}\n",
       "nul-id.jsonl:1: document 'a\\x00b': document id has a control byte (U+0000) at byte 1"},
      {"newline-id.jsonl", "{\"id\": \"a\\nb\", \"text\": \"fine\"}\n",
       "newline-id.jsonl:1: document 'a\\nb': document id has a control byte (U+000A) at byte 1"},
      {"escape-id.jsonl", "{\"id\": \"a\\u001b[2J\", \"text\": \"fine\"}\n",
       "document 'a\\x1b[2J': document id has a control byte (U+001B) at byte 1"},
      {"c1-id.jsonl", "{\"id\": \"a\\u009bb\", \"text\": \"fine\"}\n",
       "document id has a control character (U+009B) at byte 1"},
      {"long-id.jsonl", "{\"id\": \"" + std::string(2000, 'i') + "\", \"text\": \"fine\"}\n",
       "document id is 2000 bytes, over the 1024-byte limit"},
      {"nul-title.jsonl", "{\"id\": \"t\", \"title\": \"a\\u0000\", \"text\": \"fine\"}\n",
       "nul-title.jsonl:1: document 't': title has a NUL byte at byte 1"},
      {"tab\tname.txt", "A file name is the id of its document.", "(the file name) has a control byte (U+0009) at byte 3"},
  };
  for (const BadInput& c : cases) {
    std::string path = tmp_ / c.name;
    WriteFile(path, c.content);
    RunResult r = Actorgraph("ingest --db " + db_ + " '" + path + "'");
    EXPECT_EQ(r.code, 1) << c.name << "\n" << r.err;
    // Controls in a file name are shown as control pictures (cli/terminal_text.h).
    EXPECT_NE(r.err.find(SafeForTerminal(path)), std::string::npos)
        << c.name << ": file not named\n" << r.err;
    EXPECT_NE(r.err.find(c.expected), std::string::npos) << c.name << "\n" << r.err;
    EXPECT_EQ(DumpStore(db_), before_) << c.name << " changed the store";
  }
}

TEST_F(BadInputTest, MissingPathIsNamed) {
  RunResult r = Actorgraph("ingest --db " + db_ + " " + (tmp_ / "absent.txt"));
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("absent.txt: no such file or directory"), std::string::npos) << r.err;
  EXPECT_EQ(DumpStore(db_), before_);
}

TEST_F(BadInputTest, MalformedJsonlLineIsSkippedWithItsLineNumberAndTheRestIngested) {
  std::string path = DataFile("malformed.jsonl");
  RunResult r = Actorgraph("ingest --db " + db_ + " " + path);
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find(path + ":2: malformed JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 added"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 failed"), std::string::npos) << r.err;
  RunResult said = Actorgraph("query said --db " + db_ + " --format json");
  EXPECT_NE(said.out.find("\"ok-1\""), std::string::npos) << said.out;
  EXPECT_NE(said.out.find("\"ok-2\""), std::string::npos) << said.out;
  EXPECT_EQ(said.out.find("\"broken\""), std::string::npos) << said.out;
}

TEST_F(BadInputTest, UnbalancedQuotationMarksDoNotCrashAndKeepOtherQuotes) {
  std::string path = tmp_ / "unbalanced.txt";
  WriteFile(path,
            "\"This quote never closes, said Jonas Berg, a Swedish trade official.\n"
            "\"The second paragraph is fine,\" said Eva Lind, the Swedish envoy.\n");
  RunResult r = Actorgraph("ingest --db " + db_ + " " + path);
  ASSERT_EQ(r.code, 0) << r.err;
  RunResult said = Actorgraph("query said --db " + db_ + " --by \"Eva Lind\"");
  EXPECT_EQ(said.code, 0) << said.err;
  EXPECT_NE(said.out.find("The second paragraph is fine"), std::string::npos) << said.out;
}

TEST_F(BadInputTest, HugeLineIsHandled) {
  std::string path = tmp_ / "huge.txt";
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "Officials in Oslo met again today without a deal. ";
  WriteFile(path, text);  // ~10 MB on one line
  RunResult r = Actorgraph("ingest --db " + db_ + " " + path);
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("1 added"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace actorgraph::testing
