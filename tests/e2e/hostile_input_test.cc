// Input as an attacker or an unlucky user gives it: devices that never end,
// streams, byte order marks, empty folders, bad numbers, and articles that
// carry terminal control sequences. Each ends at once with a clear message
// (or is read correctly), and nothing a document holds reaches the terminal
// as a control.
#include <filesystem>

#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

const std::string kBinary = ACTORGRAPH_BINARY;

// Runs actorgraph under `timeout`, so a read that never ends fails the test
// instead of hanging it.
RunResult Bounded(const std::string& args) { return Shell("timeout 20 " + kBinary + " " + args); }

TEST(HostileInputTest, DevicesThatNeverEndAreRefusedAtOnce) {
  TempDir tmp;
  const std::string zero_jsonl = tmp / "zero.jsonl";
  std::filesystem::create_symlink("/dev/zero", zero_jsonl);
  struct Case {
    std::string args;
    std::string error;
  };
  const Case cases[] = {
      {"extract /dev/zero", "actorgraph: /dev/zero: binary data, not text (NUL byte at offset 0)\n"},
      {"extract " + zero_jsonl,
       "actorgraph: " + zero_jsonl +
           ":1: binary data, not JSONL (NUL byte at offset 0); the rest of the file is not read\n"},
      {"extract - < /dev/zero", "actorgraph: <stdin>: binary data, not text (NUL byte at offset 0)\n"},
      {"ingest --db " + (tmp / "z.db") + " /dev/zero",
       "actorgraph: /dev/zero: binary data, not text (NUL byte at offset 0)\n"},
  };
  for (const Case& c : cases) {
    RunResult r = Bounded(c.args);
    EXPECT_EQ(r.code, 1) << c.args;
    EXPECT_NE(r.err.find(c.error), std::string::npos) << c.args << "\n" << r.err;
    EXPECT_EQ(r.out, "") << c.args;
  }
  // Random bytes hold a NUL within the first read.
  RunResult r = Bounded("extract /dev/urandom");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("actorgraph: /dev/urandom: binary data, not text (NUL byte at offset "),
            std::string::npos)
      << r.err;
}

TEST(HostileInputTest, ATextOverTheLimitIsRefusedWithoutReadingItAll) {
  // An endless stream of text: reading stops at the 64 MiB limit.
  RunResult r = Shell("yes 'Officials met again.' | timeout 60 " + kBinary + " extract -");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.err, "actorgraph: <stdin>: file is larger than the 64 MiB document limit\n");
}

TEST(HostileInputTest, LinesBeforeANulByteAreStillRead) {
  TempDir tmp;
  const std::string path = tmp / "tail.jsonl";
  // The NUL inside belongs to the file; sizeof also counts the closing one.
  static constexpr char kLines[] =
      "{\"id\": \"ok\", \"text\": \"Norway said no.\"}\n"
      "{\"id\": \"cut\", \"text\": \"bin\0ary\"}\n";
  WriteFile(path, std::string(kLines, sizeof kLines - 1));
  RunResult r = Bounded("extract " + path);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("\"doc\":\"ok\""), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\"doc\":\"cut\""), std::string::npos) << r.out;
  EXPECT_NE(r.err.find(path + ":2: binary data, not JSONL (NUL byte at offset 66)"),
            std::string::npos)
      << r.err;
}

TEST(HostileInputTest, StdinLineNumbersCountLeadingBlankLines) {
  RunResult r = Shell("printf '\\n\\n{\"id\": \"a\", \"text\": \"Norway said no.\"}\\n{\"id\": \\n' | "
                      "timeout 20 " + kBinary + " extract -");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.out.find("\"doc\":\"a\""), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("<stdin>:4: malformed JSON"), std::string::npos) << r.err;
}

TEST(HostileInputTest, AByteOrderMarkOpeningAFileIsNotPartOfTheText) {
  TempDir tmp;
  const std::string txt = tmp / "bom.txt", jsonl = tmp / "bom.jsonl";
  WriteFile(txt, "\xEF\xBB\xBFNorway said no.");
  WriteFile(jsonl, "\xEF\xBB\xBF{\"id\": \"j\", \"text\": \"Norway said no.\"}\n");
  for (const std::string& args :
       {"extract " + txt, "extract " + jsonl, "extract - < " + txt, "extract - < " + jsonl}) {
    RunResult r = Bounded(args);
    EXPECT_EQ(r.code, 0) << args << "\n" << r.err;
    // Norway is the first word: its mention starts at offset 0.
    EXPECT_NE(r.out.find("\"start\":0,\"end\":6"), std::string::npos) << args << "\n" << r.out;
  }
}

TEST(HostileInputTest, ADirectoryWithoutDocumentsIsAnError) {
  TempDir tmp;
  const std::string dir = tmp / "empty";
  std::filesystem::create_directories(dir + "/sub");
  WriteFile(dir + "/notes.md", "not a document");
  RunResult r = Bounded("ingest --db " + (tmp / "s.db") + " " + dir);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("actorgraph: " + dir + ": no .txt or .jsonl files in this directory"),
            std::string::npos)
      << r.err;
}

TEST(HostileInputTest, NegativeCountsAreUsageErrors) {
  TempDir tmp;
  const std::string db = tmp / "s.db";
  ASSERT_EQ(Bounded("ingest -q --db " + db + " " + DataFile("harbour.txt")).code, 0);
  const std::string cases[] = {"query said --limit -1", "query actor Quill --latest -1",
                               "query central --min-weight -1", "export --format json --min-weight -2",
                               "render --format svg --out x.svg --top -5"};
  for (const std::string& args : cases) {
    RunResult r = Bounded(args + " --db " + db);
    EXPECT_EQ(r.code, 2) << args << "\n" << r.err;
    EXPECT_NE(r.err.find("expected a count (a whole number, 0 or more), not '-"), std::string::npos)
        << args << "\n" << r.err;
  }
}

TEST(HostileInputTest, ControlsInAnArticleAreShownNotObeyed) {
  TempDir tmp;
  const std::string db = tmp / "s.db";
  // ESC sequences that would clear the screen and retitle the terminal, a
  // BEL, a C1 CSI and a right-to-left override, in a quotation and a title.
  const std::string path = tmp / "escapes.jsonl";
  WriteFile(path,
            "{\"id\": \"esc\", \"title\": \"\\u001b]0;owned\\u0007\", \"text\": "
            "\"Norway accused Russia of jamming. \\\"We saw it \\u001b[2J\\u001b[H\\u0007 "
            "clearly \\u009b31m and \\u202egnihton\\\",\\\" said Ada Quill, a Norwegian "
            "minister.\"}\n");
  ASSERT_EQ(Bounded("ingest -q --db " + db + " " + path).code, 0);
  for (const std::string query : {"query said", "query relations", "query actor Quill",
                                   "actors", "query said --by Quill --format csv"}) {
    RunResult r = Bounded(query + " --db " + db);
    EXPECT_EQ(r.code, 0) << query << "\n" << r.err;
    if (query.ends_with("csv")) continue;  // data formats keep the bytes
    for (char c : r.out + r.err) {
      EXPECT_FALSE((c >= 0 && c < 0x20 && c != '\n') || c == 0x7f)
          << query << ": control byte " << int(c) << " in\n" << r.out;
    }
    EXPECT_EQ(r.out.find("\xC2\x9B"), std::string::npos) << query;
    EXPECT_EQ(r.out.find("\xE2\x80\xAE"), std::string::npos) << query;
  }
  RunResult said = Bounded("query said --db " + db);
  EXPECT_NE(said.out.find("We saw it \u241b[2J\u241b[H\u2407 clearly \ufffd31m and \ufffdgnihton"),
            std::string::npos)
      << said.out;
  // JSON keeps the text exactly, escaped.
  RunResult json = Bounded("query said --format json --db " + db);
  EXPECT_NE(json.out.find("We saw it \\u001b[2J\\u001b[H\\u0007 clearly"), std::string::npos)
      << json.out;
  // Ids in errors are escaped too.
  const std::string bad = tmp / "bad-id.jsonl";
  WriteFile(bad, "{\"id\": \"\\u001b]0;owned\\u0007\", \"text\": \"x\"}\n");
  RunResult r = Bounded("ingest -q --db " + db + " " + bad);
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err.find('\x1b'), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("document '\\x1b]0;owned\\x07': document id has a control byte (U+001B)"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace actorgraph::testing
