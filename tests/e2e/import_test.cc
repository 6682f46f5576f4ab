// End to end: `actorgraph import` of Cap'n Proto exports through the real
// binary, into real stores in a temp dir. The round trip must keep stats and
// query answers; bad files must be refused with the store untouched.
#include <capnp/message.h>
#include <capnp/serialize-packed.h>
#include <kj/io.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "export/exporters.h"
#include "schemas/actorgraph.capnp.h"
#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

// What a user compares after a round trip: every command whose answer comes
// from the store, as printed.
const char* const kComparedCommands[] = {
    "stats",           "stats --format json",     "actors",
    "query said",      "query said --by Valente", "query said --by Ortega",
    "query relations",
};

class ImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    source_ = tmp_ / "source.db";
    RunResult r = Actorgraph("ingest --db " + source_ + " " + DataFile("roundtrip.jsonl") + " " +
                             DataFile("harbour.txt"));
    ASSERT_EQ(r.code, 0) << r.err;
  }

  std::string Export(const std::string& db, const std::string& name,
                     const std::string& flags = "") {
    std::string file = tmp_ / name;
    RunResult r = Actorgraph("export --db " + db + " --format capnp --out " + file + " " + flags);
    EXPECT_EQ(r.code, 0) << r.err;
    return file;
  }

  void ExpectSameAnswers(const std::string& a, const std::string& b) {
    for (const char* command : kComparedCommands) {
      RunResult x = Actorgraph(std::string(command) + " --db " + a);
      RunResult y = Actorgraph(std::string(command) + " --db " + b);
      EXPECT_EQ(x.code, 0) << command << ": " << x.err;
      EXPECT_EQ(y.code, x.code) << command << ": " << y.err;
      EXPECT_EQ(y.out, x.out) << command;
    }
  }

  TempDir tmp_;
  std::string source_;
};

TEST_F(ImportTest, RoundTripKeepsStatsAndQueryAnswers) {
  std::string file = Export(source_, "all.capnp");
  std::string copy = tmp_ / "copy.db";
  RunResult r = Actorgraph("import --db " + copy + " " + file);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("imported 6 documents from " + file + " into " + copy +
                       ": 6 added, 0 replaced, 0 unchanged, 0 failed;"),
            std::string::npos)
      << r.err;
  RunResult stats = Actorgraph("stats --db " + copy);
  EXPECT_NE(stats.out.find("documents  6"), std::string::npos) << stats.out;
  ExpectSameAnswers(source_, copy);
  // The imported store exports the very same message.
  EXPECT_EQ(ReadFile(Export(copy, "again.capnp")), ReadFile(file));
}

TEST_F(ImportTest, RoundTripWithoutTextsKeepsStatsAndStatements) {
  std::string file = Export(source_, "notext.capnp", "--no-text");
  std::string copy = tmp_ / "copy.db";
  RunResult r = Actorgraph("import --db " + copy + " " + file);
  ASSERT_EQ(r.code, 0) << r.err;
  for (const char* command : {"stats", "actors", "query said", "query said --by Valente"}) {
    RunResult x = Actorgraph(std::string(command) + " --db " + source_);
    RunResult y = Actorgraph(std::string(command) + " --db " + copy);
    EXPECT_EQ(y.out, x.out) << command;
  }
  // Texts are what evidence sentences are cut from: without them the
  // relations are the same but their evidence is empty.
  RunResult x = Actorgraph("query relations --format json --db " + source_);
  RunResult y = Actorgraph("query relations --format json --db " + copy);
  EXPECT_GT(x.out.size(), y.out.size()) << y.out;
}

TEST_F(ImportTest, ImportingTwiceChangesNothing) {
  std::string file = Export(source_, "all.capnp");
  std::string copy = tmp_ / "copy.db";
  ASSERT_EQ(Actorgraph("import --db " + copy + " " + file).code, 0);
  std::string before = DumpStore(copy);
  RunResult r = Actorgraph("import --db " + copy + " " + file);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find(": 0 added, 0 replaced, 6 unchanged, 0 failed; 0 new actors, 0 quotes, "
                       "0 relations;"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(DumpStore(copy), before);
}

TEST_F(ImportTest, ImportingAnExportIntoItsOwnStoreChangesNothing) {
  for (const char* flags : {"", "--no-text"}) {
    std::string file = Export(source_, "own.capnp", flags);
    std::string before = DumpStore(source_);
    RunResult r = Actorgraph("import --db " + source_ + " " + file);
    ASSERT_EQ(r.code, 0) << flags << ": " << r.err;
    EXPECT_NE(r.err.find(": 0 added, 0 replaced, 6 unchanged,"), std::string::npos)
        << flags << ": " << r.err;
    EXPECT_EQ(DumpStore(source_), before) << flags;
  }
}

TEST_F(ImportTest, MergesIntoAStoreWithOtherDocumentsUnifyingActors) {
  std::string file = Export(source_, "all.capnp");
  std::string other = tmp_ / "other.db";
  // jamming.jsonl shares Norway and Russia with the export.
  ASSERT_EQ(Actorgraph("ingest --db " + other + " " + DataFile("jamming.jsonl")).code, 0);
  RunResult r = Actorgraph("import --db " + other + " " + file);
  ASSERT_EQ(r.code, 0) << r.err;
  RunResult stats = Actorgraph("stats --db " + other);
  EXPECT_NE(stats.out.find("documents  8"), std::string::npos) << stats.out;
  RunResult norway = Actorgraph("actors --db " + other);
  size_t first = norway.out.find("country:NOR");
  ASSERT_NE(first, std::string::npos) << norway.out;
  EXPECT_EQ(norway.out.find("country:NOR", first + 1), std::string::npos) << norway.out;
  RunResult said = Actorgraph("query said --by Solberg --db " + other);
  EXPECT_EQ(said.code, 0) << said.err;
  EXPECT_NE(said.out.find("deliberate"), std::string::npos) << said.out;
}

// A file that imports must decode; everything else is refused, naming the
// file, with exit code 1 and the store as it was.
struct BadFile {
  const char* name;
  std::string bytes;
  const char* message;  // what the error says after "actorgraph: <file>: "
};

std::string NewerSchemaMessage() {
  capnp::MallocMessageBuilder message;
  message.initRoot<schema::Graph>().setSchemaVersion(999);
  kj::VectorOutputStream out;
  capnp::writePackedMessage(out, message);
  return std::string(reinterpret_cast<const char*>(out.getArray().begin()), out.getArray().size());
}

// A packed segment table claiming 2^28 words (2 GiB) followed by zero runs:
// a few hundred bytes that would unpack to gigabytes.
std::string HugeClaim() {
  std::string bytes = "\x80\x10";  // tag: only byte 7 is non-zero; it is 0x10
  for (int i = 0; i < 100; ++i) bytes += std::string("\x00\xff", 2);
  return bytes;
}

// Packs unpacked message words (segment table first) the way
// capnp::writePackedMessage would, one word at a time.
std::string Packed(const std::vector<uint64_t>& words) {
  std::string out;
  for (uint64_t w : words) {
    unsigned char tag = 0;
    std::string nonzero;
    for (int b = 0; b < 8; ++b) {
      unsigned char byte = static_cast<unsigned char>(w >> (8 * b));
      if (byte != 0) tag |= static_cast<unsigned char>(1 << b), nonzero += static_cast<char>(byte);
    }
    out += static_cast<char>(tag);
    out += nonzero;
    if (tag == 0 || tag == 0xff) out += '\0';  // a run of no further words
  }
  return out;
}

// A 24-byte Graph whose document list claims 2^29 - 1 empty elements: each
// costs nothing to store, so only the traversal limit stops a reader from
// building half a billion documents.
std::string EmptyElementBomb() {
  const uint64_t kRoot = uint64_t{1} << 32 | uint64_t{5} << 48;  // struct: 1 data, 5 ptrs
  const uint64_t kList = 1 | 4 << 2 | uint64_t{7} << 32;         // inline composite, +4
  const uint64_t kTag = ((uint64_t{1} << 29) - 1) << 2;          // N elements of 0 words
  return Packed({uint64_t{8} << 32, kRoot, 1, kList, 0, 0, 0, 0, kTag});
}

TEST_F(ImportTest, BadFilesAreRefusedAndLeaveTheStoreUnchanged) {
  std::string good = ReadFile(Export(source_, "all.capnp"));
  std::mt19937 rng(5);
  std::string noise(4096, '\0');
  for (char& c : noise) c = static_cast<char>(rng() & 0xff);
  const BadFile cases[] = {
      {"empty.capnp", "", "empty graph"},
      {"head.capnp", good.substr(0, 9), "bad graph: "},
      {"half.capnp", good.substr(0, good.size() / 2), "bad graph: "},
      {"lastbyte.capnp", good.substr(0, good.size() - 1), "bad graph: "},
      {"noise.capnp", noise, "bad graph: "},
      {"text.capnp", ReadFile(DataFile("harbour.txt")), "bad graph: "},
      {"newer.capnp", NewerSchemaMessage(),
       "graph has schema version 999, newer than this build's 1; upgrade actorgraph"},
      {"huge.capnp", HugeClaim(),
       "bad graph: expected totalWords <= options.traversalLimitInWords [268435456 <= 1048576]"},
      {"bomb.capnp", EmptyElementBomb(), "bad graph: Exceeded message traversal limit."},
      {"trailing.capnp", good + "tail", "bad graph: 4 bytes after the end of the message"},
      {"twice.capnp", good + good, "bad graph: "},
  };
  std::string target = tmp_ / "target.db";
  ASSERT_EQ(Actorgraph("ingest --db " + target + " " + DataFile("jamming.jsonl")).code, 0);
  const std::string before = DumpStore(target);
  for (const BadFile& c : cases) {
    std::string path = tmp_ / c.name;
    WriteFile(path, c.bytes);
    RunResult r = Actorgraph("import --db " + target + " " + path);
    EXPECT_EQ(r.code, 1) << c.name << ": " << r.err;
    EXPECT_EQ(r.err.rfind("actorgraph: " + path + ": " + c.message, 0), 0u)
        << c.name << ": " << r.err;
    EXPECT_EQ(DumpStore(target), before) << c.name;
    // Nor is a missing store created for a bad file.
    std::string fresh = tmp_ / "fresh.db";
    EXPECT_EQ(Actorgraph("import --db " + fresh + " " + path).code, 1) << c.name;
    EXPECT_FALSE(std::filesystem::exists(fresh)) << c.name;
  }
}

TEST_F(ImportTest, MissingFileAndMissingArgument) {
  std::string path = tmp_ / "nope.capnp";
  RunResult r = Actorgraph("import --db " + (tmp_ / "x.db") + " " + path);
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.err, "actorgraph: no such file: " + path + "\n");
  EXPECT_EQ(Actorgraph("import").code, 2);
}

// A selection exports part of a corpus: relations whose actors are left
// out, a quote whose speaker is absent, a document named only by its facts,
// a document without text. All of it imports, and re-importing is a no-op.
TEST_F(ImportTest, PartialCorpusImports) {
  Corpus c;
  c.documents.push_back(Document{"listed", "Listed", "2025-01-01", "", "", 42, ""});
  Actor pia{"person:pia-lund", "Pia Lund", ActorType::kPerson, {"Pia Lund", "Lund"}, {}};
  pia.mentions.push_back(Mention{"listed", Span{0, 8}});
  pia.mentions.push_back(Mention{"unlisted", Span{5, 9}});
  c.actors.push_back(pia);
  // Named only by a relation: no mentions in the file.
  c.actors.push_back(Actor{"country:ISL", "Iceland", ActorType::kCountry, {"Iceland"}, {}});
  Quote q;
  q.document = "listed";
  q.span = Span{10, 20};
  q.text = "we will wait";
  q.speaker = "person:absent";  // not among the actors
  q.cue = "said";
  c.quotes.push_back(q);
  Relation r;
  r.type = RelationType::kAccuses;
  r.source = "country:ISL";
  r.target = "country:absent";
  r.document = "unlisted";
  r.span = Span{0, 30};
  r.cue = "accused";
  r.confidence = 0.5;
  c.relations.push_back(r);
  std::string file = tmp_ / "partial.capnp";
  ASSERT_TRUE(ExportCapnp(c, file).ok());

  std::string db = tmp_ / "partial.db";
  RunResult first = Actorgraph("import --db " + db + " " + file);
  ASSERT_EQ(first.code, 0) << first.err;
  EXPECT_NE(first.err.find("actorgraph: warning: " + file +
                           ": document 'unlisted' is named by facts but not listed"),
            std::string::npos)
      << first.err;
  EXPECT_NE(first.err.find(": 2 added, 0 replaced, 0 unchanged, 0 failed; 2 new actors, 1 "
                           "quotes, 1 relations;"),
            std::string::npos)
      << first.err;
  RunResult stats = Actorgraph("stats --format json --db " + db);
  ASSERT_EQ(stats.code, 0) << stats.err;
  auto counts = nlohmann::json::parse(stats.out);
  EXPECT_EQ(counts["documents"], 2) << stats.out;
  EXPECT_EQ(counts["actors"], 2) << stats.out;  // Pia Lund, and Iceland without mentions
  EXPECT_EQ(counts["quotes"], 1) << stats.out;
  EXPECT_EQ(counts["relations_by_type"]["accuses"], 1) << stats.out;
  RunResult said = Actorgraph("query said --db " + db);
  EXPECT_EQ(said.code, 0) << said.err;
  EXPECT_NE(said.out.find("we will wait"), std::string::npos) << said.out;

  const std::string before = DumpStore(db);
  RunResult second = Actorgraph("import --db " + db + " " + file);
  ASSERT_EQ(second.code, 0) << second.err;
  EXPECT_NE(second.err.find(": 0 added, 0 replaced, 2 unchanged,"), std::string::npos)
      << second.err;
  EXPECT_EQ(DumpStore(db), before);
}

}  // namespace
}  // namespace actorgraph::testing
