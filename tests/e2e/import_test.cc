// End to end: `actorgraph import` of Cap'n Proto exports through the real
// binary, into real stores in a temp dir. The round trip must keep stats and
// query answers; bad files must be refused with the store untouched.
#include <capnp/message.h>
#include <capnp/serialize-packed.h>
#include <kj/io.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "export/exporters.h"
#include "schemas/actorgraph.capnp.h"
#include "schemas/codec.h"
#include "tests/e2e/cli_test.h"
#include "tests/testing/packed_words.h"

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
  std::string message;  // what the error says after "actorgraph: <file>: "
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

// A 24-byte Graph whose document list claims 2^29 - 1 empty elements: each
// costs nothing to store, so only the traversal limit stops a reader from
// building half a billion documents.
std::string EmptyElementBomb() { return EmptyElementGraph((uint64_t{1} << 29) - 1); }

// `bytes` wrapped as an export of format version `version` whose header
// announces them, with a checksum that does not match (version checks come
// first).
std::string FramedAs(uint32_t version, const std::string& bytes) {
  std::string out("\x89" "AGX\r\n\x1a\n", 8);
  for (int i = 0; i < 4; ++i) out += static_cast<char>(version >> (8 * i));
  for (int i = 0; i < 8; ++i) out += static_cast<char>(uint64_t{bytes.size()} >> (8 * i));
  out += std::string(8, '\0');
  return out + bytes;
}

// Runs `actorgraph import FILE` into `db` and checks the refusal: exit 1,
// stderr `actorgraph: FILE: <message...>`, the store as it was, and no
// store created where there was none.
void ExpectRefused(const std::string& db, const std::string& file, const std::string& message,
                   bool exact, const std::string& label) {
  const std::string before = DumpStore(db);
  RunResult r = Actorgraph("import --db " + db + " " + file);
  EXPECT_EQ(r.code, 1) << label << ": " << r.err;
  const std::string expected = "actorgraph: " + file + ": " + message;
  if (exact) {
    EXPECT_EQ(r.err, expected + "\n") << label;
  } else {
    EXPECT_EQ(r.err.rfind(expected, 0), 0u) << label << ": " << r.err;
  }
  EXPECT_EQ(DumpStore(db), before) << label;
  const std::string fresh = db + ".fresh";
  EXPECT_EQ(Actorgraph("import --db " + fresh + " " + file).code, 1) << label;
  EXPECT_FALSE(std::filesystem::exists(fresh)) << label;
}

TEST_F(ImportTest, BadFilesAreRefusedAndLeaveTheStoreUnchanged) {
  std::string good = ReadFile(Export(source_, "all.capnp"));
  const std::string size = std::to_string(good.size());
  std::mt19937 rng(5);
  std::string noise(4096, '\0');
  for (char& c : noise) c = static_cast<char>(rng() & 0xff);
  const std::string headerless = "not an actorgraph export (bad magic); read as a headerless "
                                 "export of an earlier release: bad graph: ";
  const BadFile cases[] = {
      {"empty.capnp", "", "empty file"},
      {"head.capnp", good.substr(0, 9), "truncated: 9 bytes, shorter than the header (28)"},
      {"half.capnp", good.substr(0, good.size() / 2), "truncated: the header announces "},
      {"lastbyte.capnp", good.substr(0, good.size() - 1),
       "truncated: the header announces " + size + " bytes, the file has " +
           std::to_string(good.size() - 1)},
      {"noise.capnp", noise, "not an actorgraph export (bad magic)"},
      {"text.capnp", ReadFile(DataFile("harbour.txt")), "not an actorgraph export (bad magic)"},
      {"newer-format.capnp", FramedAs(2, "x"),
       "export format version 2 is newer than this build's 1 (upgrade actorgraph, unless the "
       "file is damaged)"},
      {"format-zero.capnp", FramedAs(0, "x"),
       "export format version 0 is not one this build knows: the file is damaged"},
      {"checksum.capnp", FramedAs(1, good.substr(28)), "checksum mismatch: the file is damaged"},
      {"trailing.capnp", good + "tail",
       "4 bytes after the end of the export (a damaged or concatenated file)"},
      {"twice.capnp", good + good,
       size + " bytes after the end of the export (a damaged or concatenated file)"},
      // Headerless files (an earlier release's) are decoded with kj's limits.
      {"newer.capnp", NewerSchemaMessage(),
       "graph has schema version 999, newer than this build's 1; upgrade actorgraph"},
      {"huge.capnp", HugeClaim(),
       headerless +
           "expected totalWords <= options.traversalLimitInWords [268435456 <= 1048576]"},
      {"bomb.capnp", EmptyElementBomb(), headerless + "Exceeded message traversal limit."},
  };
  std::string target = tmp_ / "target.db";
  ASSERT_EQ(Actorgraph("ingest --db " + target + " " + DataFile("jamming.jsonl")).code, 0);
  for (const BadFile& c : cases) {
    std::string path = tmp_ / c.name;
    WriteFile(path, c.bytes);
    ExpectRefused(target, path, c.message, /*exact=*/false, c.name);
  }
}

// Damage in transit or on disk: bits flipped anywhere in an export of our
// own test texts. Every damaged file is refused, naming the file, and the
// store it came from (which it would otherwise overwrite) is unchanged.
TEST_F(ImportTest, EveryFileWithFlippedBitsIsRefused) {
  const std::string good = ReadFile(Export(source_, "all.capnp"));
  ASSERT_GT(good.size(), 1000u);
  struct Flip {
    int bits;
    uint32_t seed;
    bool header;  // all flips inside the 28-byte header
  };
  std::vector<Flip> flips;
  for (int bits : {1, 2, 4, 8, 16, 32}) {
    for (uint32_t seed = 1; seed <= 5; ++seed) flips.push_back({bits, seed, seed == 1});
  }
  for (const Flip& f : flips) {
    std::mt19937 rng(f.seed * 1000 + f.bits);
    const uint64_t limit = (f.header ? 28 : good.size()) * 8;
    std::set<uint64_t> positions;
    while (positions.size() < static_cast<size_t>(f.bits)) positions.insert(rng() % limit);
    std::string bad = good;
    for (uint64_t bit : positions) {
      bad[bit / 8] = static_cast<char>(bad[bit / 8] ^ (1 << (bit % 8)));
    }
    const std::string label = std::to_string(f.bits) + " bits, seed " + std::to_string(f.seed) +
                              ", first at byte " + std::to_string(*positions.begin() / 8);
    std::string path = tmp_ / ("flip-" + std::to_string(f.bits) + "-" + std::to_string(f.seed));
    WriteFile(path, bad);
    ExpectRefused(source_, path, "", /*exact=*/false, label);
  }
}

// A device or pipe that never ends is refused once its first bytes show it
// is no export (a regression would hang: the timeout turns it into a failure).
TEST_F(ImportTest, EndlessInputIsRefusedAtOnce) {
  const std::string db = tmp_ / "zero.db";
  const std::string binary = ACTORGRAPH_BINARY;
  RunResult zero = Shell("timeout 20 " + binary + " import --db " + db + " /dev/zero");
  EXPECT_EQ(zero.code, 1) << zero.err;
  EXPECT_EQ(zero.err, "actorgraph: /dev/zero: not an actorgraph export (bad magic)\n");
  RunResult yes = Shell("yes | timeout 20 " + binary + " import --db " + db + " /dev/stdin");
  EXPECT_EQ(yes.code, 1) << yes.err;
  EXPECT_EQ(yes.err, "actorgraph: /dev/stdin: not an actorgraph export (bad magic)\n");
  EXPECT_FALSE(std::filesystem::exists(db));
}

TEST_F(ImportTest, AnExportThroughAPipeImports) {
  const std::string file = Export(source_, "all.capnp");
  const std::string copy = tmp_ / "copy.db";
  const std::string binary = ACTORGRAPH_BINARY;
  RunResult r =
      Shell("cat " + file + " | timeout 60 " + binary + " import --db " + copy + " /dev/stdin");
  ASSERT_EQ(r.code, 0) << r.err;
  ExpectSameAnswers(source_, copy);
  RunResult tail = Shell("(cat " + file + "; echo tail) | timeout 60 " + binary +
                         " import --db " + copy + " /dev/stdin");
  EXPECT_EQ(tail.code, 1);
  EXPECT_EQ(tail.err,
            "actorgraph: /dev/stdin: 5 bytes after the end of the export (a damaged or "
            "concatenated file)\n");
}

// Files written by the previous release have no header: they still import,
// with a warning that they cannot be verified.
TEST_F(ImportTest, HeaderlessExportOfAnEarlierReleaseImportsWithAWarning) {
  auto corpus = ImportCapnp(Export(source_, "all.capnp"));
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  const std::string file = tmp_ / "old.capnp";
  WriteFile(file, EncodeGraph(*corpus));
  const std::string copy = tmp_ / "copy.db";
  RunResult r = Actorgraph("import --db " + copy + " " + file);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err.rfind("actorgraph: warning: " + file +
                            ": a headerless export of an earlier release: it has no checksum, "
                            "so damage to it cannot be detected (export it again for a verified "
                            "file)\n",
                        0),
            0u)
      << r.err;
  ExpectSameAnswers(source_, copy);
}

// What ingest never produces, written through the codec with a valid
// checksum: the import refuses the whole file before opening the store.
TEST_F(ImportTest, WhatIngestNeverProducesIsRefused) {
  const std::string text = "Ann Vale said \"we are ready\" on Monday. Borovia denied it.";
  const std::string n = std::to_string(text.size());
  auto base = [&] {
    Corpus c;
    c.documents.push_back(Document{"d", "Title", "2025-01-01", "", "", 0, text});
    c.documents[0].content_hash = ContentHash(text);
    c.documents.push_back(Document{"other", "", "", "", "", 0, "Nothing to see."});
    c.documents[1].content_hash = ContentHash(c.documents[1].text);
    c.actors.push_back(Actor{"person:ann-vale", "Ann Vale", ActorType::kPerson, {"Ann Vale"},
                             {Mention{"d", Span{0, 8}}}});
    c.actors.push_back(Actor{"country:BOR", "Borovia", ActorType::kCountry, {"Borovia"},
                             {Mention{"d", Span{40, 47}}}});
    Quote q;
    q.document = "d";
    q.span = Span{15, 27};
    q.text = "we are ready";
    q.speaker = "person:ann-vale";
    q.cue = "said";
    c.quotes.push_back(q);
    Relation r;
    r.type = RelationType::kDenies;
    r.source = "country:BOR";
    r.document = "d";
    r.span = Span{40, 58};
    r.cue = "denied";
    c.relations.push_back(r);
    return c;
  };
  struct Case {
    const char* what;
    Corpus corpus;
    std::string message;
  };
  std::vector<Case> cases;
  {
    Corpus c = base();
    c.actors[0].id = "person:ann\nvale";
    cases.push_back({"newline in a key", c,
                     "actor 'person:ann\\nvale': actor id has a control byte (U+000A) at byte 10"});
  }
  {
    Corpus c = base();
    c.quotes[0].speaker = "person:\x1b]0;pwned\x07";
    cases.push_back({"ESC in a speaker", c,
                     "quote 1 of document 'd': speaker has a control byte (U+001B) at byte 7"});
  }
  {
    Corpus c = base();
    c.documents[0].id = std::string(10240, 'd');
    for (Actor& a : c.actors) a.mentions[0].document = c.documents[0].id;
    c.quotes[0].document = c.relations[0].document = c.documents[0].id;
    cases.push_back({"10 KB id", c,
                     "document '" + std::string(64, 'd') +
                         "...': document id is 10240 bytes, over the 1024-byte limit"});
  }
  {
    Corpus c = base();
    c.actors[1].name = "Boro\xffvia";
    cases.push_back({"invalid UTF-8 in a name", c,
                     "actor 'country:BOR' of document 'd': name has invalid UTF-8 at byte 4"});
  }
  {
    Corpus c = base();
    c.quotes[0].text = "we are \xe2\x80";
    cases.push_back({"invalid UTF-8 in a quote", c,
                     "quote 1 of document 'd': text has invalid UTF-8 at byte 7"});
  }
  {
    Corpus c = base();
    c.quotes[0].span = Span{15, 900};
    cases.push_back({"span past the end", c,
                     "quote 1 of document 'd': span 15..900 ends past the text (" + n +
                         " bytes)"});
  }
  {
    Corpus c = base();
    c.relations[0].span = Span{58, 40};
    cases.push_back({"start after end", c,
                     "relation 1 of document 'd': span 58..40 starts after its end"});
  }
  {
    Corpus c = base();
    c.documents[1].text = "bad \xc3(";
    c.documents[1].content_hash = ContentHash(c.documents[1].text);
    cases.push_back({"invalid UTF-8 in a text", c,
                     "document 'other': invalid UTF-8 at byte offset 4 (line 1)"});
  }
  // The store holds an older version of "d": a refused file must not touch it.
  const std::string db = tmp_ / "target.db";
  {
    const std::string seed = tmp_ / "seed.capnp";
    Corpus c = base();
    c.documents[0].text = "An older text of d.";
    c.documents[0].content_hash = ContentHash(c.documents[0].text);
    c.actors.clear();
    c.quotes.clear();
    c.relations.clear();
    ASSERT_TRUE(ExportCapnp(c, seed).ok());
    RunResult r = Actorgraph("import --db " + db + " " + seed);
    ASSERT_EQ(r.code, 0) << r.err;
  }
  for (size_t i = 0; i < cases.size(); ++i) {
    const std::string file = tmp_ / ("case-" + std::to_string(i) + ".capnp");
    ASSERT_TRUE(ExportCapnp(cases[i].corpus, file).ok()) << cases[i].what;
    ExpectRefused(db, file, cases[i].message, /*exact=*/true, cases[i].what);
  }
  // The base corpus itself imports.
  const std::string file = tmp_ / "base.capnp";
  ASSERT_TRUE(ExportCapnp(base(), file).ok());
  RunResult r = Actorgraph("import --db " + db + " " + file);
  EXPECT_EQ(r.code, 0) << r.err;
}

// A text-less document keeps the stored text, so its spans must fit that
// text: checked against the store before anything is written.
TEST_F(ImportTest, SpansOfATextlessDocumentMustFitTheStoredText) {
  const std::string db = tmp_ / "target.db";
  Corpus c;
  c.documents.push_back(Document{"a", "", "", "", "", 0, "Short text."});
  c.documents[0].content_hash = ContentHash(c.documents[0].text);
  c.documents.push_back(Document{"b", "", "", "", "", 0, "Another short text."});
  c.documents[1].content_hash = ContentHash(c.documents[1].text);
  const std::string seed = tmp_ / "seed.capnp";
  ASSERT_TRUE(ExportCapnp(c, seed).ok());
  ASSERT_EQ(Actorgraph("import --db " + db + " " + seed).code, 0);
  const std::string before = DumpStore(db);

  for (Document& d : c.documents) d.text.clear();  // --no-text: hashes kept
  c.actors.push_back(Actor{"person:x", "X", ActorType::kPerson, {"X"},
                           {Mention{"a", Span{0, 5}}, Mention{"b", Span{0, 500}}}});
  const std::string file = tmp_ / "notext.capnp";
  ASSERT_TRUE(ExportCapnp(c, file).ok());
  RunResult r = Actorgraph("import --db " + db + " " + file);
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.err.find("actorgraph: mention 1 of actor 'person:x' of document 'b': span 0..500 "
                       "ends past the text (19 bytes); nothing was imported\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(DumpStore(db), before);
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
                           "quote, 1 relation;"),
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
