// End to end: ingest texts written for these tests, then query, re-ingest and
// feed bad input, through the real binary and a real store in a temp dir.
#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>

#include "store/keys.h"
#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

class IngestQueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = tmp_ / "store.db";
    RunResult r = Actorgraph("ingest --db " + db_ + " " + DataFile("harbour.txt"));
    ASSERT_EQ(r.code, 0) << r.err;
  }

  TempDir tmp_;
  std::string db_;
};

TEST_F(IngestQueryTest, SummaryLineCountsTheDocument) {
  TempDir other;
  RunResult r = Actorgraph("ingest --db " + (other / "s.db") + " " + DataFile("harbour.txt"));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("ingested 1 document into"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 added"), std::string::npos) << r.err;
}

TEST_F(IngestQueryTest, SaidBySurnameInAnyCaseFindsTheFullName) {
  RunResult r = Actorgraph("query said --db " + db_ + " --by brandhøj");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("Lars Brandhøj"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("We offered a fair compromise"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("harbour"), std::string::npos) << "document id missing:\n" << r.out;
  // Another speaker's words are not listed under him.
  EXPECT_EQ(r.out.find("Our door remains open"), std::string::npos) << r.out;
}

TEST_F(IngestQueryTest, SaidJsonHasSpeakerTextDocumentAndCue) {
  RunResult r = Actorgraph("query said --db " + db_ + " --by Weisskopf --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  ASSERT_TRUE(j.is_array());
  ASSERT_FALSE(j.empty()) << r.out;
  bool found = false;
  for (const auto& q : j) {
    EXPECT_EQ(q["speaker_name"], "Clara Weisskopf") << q.dump();
    EXPECT_EQ(q["document"], "harbour");
    if (q["text"].get<std::string>().find("Our door remains open") != std::string::npos) {
      found = true;
      EXPECT_EQ(q["direct"], true);
      EXPECT_EQ(q["cue"], "said");
    }
  }
  EXPECT_TRUE(found) << r.out;
}

TEST_F(IngestQueryTest, UnknownActorSuggestsNearNames) {
  RunResult r = Actorgraph("query said --db " + db_ + " --by Weiskopf");
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("no actor matches 'Weiskopf'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("did you mean"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Weisskopf"), std::string::npos) << r.err;
}

TEST_F(IngestQueryTest, RelationsShowAccusationWithEvidence) {
  RunResult r = Actorgraph("query relations --db " + db_ + " --type accuses --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  bool found = false;
  for (const auto& rel : j) {
    EXPECT_EQ(rel["type"], "accuses");
    // The evidence is the sentence the relation was read from, in the text.
    EXPECT_NE(rel["evidence"].get<std::string>().find(rel["cue"].get<std::string>()),
              std::string::npos)
        << rel.dump();
    if (rel["source"] == "country:DNK" && rel["target"] == "country:DEU" &&
        rel["evidence"].get<std::string>().find("Denmark on Friday blamed Germany") !=
            std::string::npos) {
      found = true;
    }
  }
  EXPECT_TRUE(found) << r.out;
}

TEST_F(IngestQueryTest, StatsAndActorsReflectTheDocument) {
  RunResult r = Actorgraph("stats --db " + db_ + " --format json");
  ASSERT_EQ(r.code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["documents"], 1);
  EXPECT_GE(j["actors_by_type"]["person"].get<int>(), 2);
  EXPECT_GE(j["actors_by_type"]["country"].get<int>(), 2);
  EXPECT_GE(j["quotes"].get<int>(), 3);

  RunResult actors = Actorgraph("actors --db " + db_ + " --type country");
  ASSERT_EQ(actors.code, 0) << actors.err;
  EXPECT_NE(actors.out.find("country:DNK"), std::string::npos) << actors.out;
  EXPECT_NE(actors.out.find("country:DEU"), std::string::npos) << actors.out;
  EXPECT_EQ(actors.out.find("person:"), std::string::npos) << actors.out;
}

TEST_F(IngestQueryTest, ReingestingTheSameTextChangesNothing) {
  std::string before = DumpStore(db_);
  ASSERT_FALSE(before.empty());
  RunResult r = Actorgraph("ingest --db " + db_ + " " + DataFile("harbour.txt"));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("1 unchanged"), std::string::npos) << r.err;
  EXPECT_EQ(DumpStore(db_), before);
}

TEST_F(IngestQueryTest, ChangedTextReplacesTheDocumentsFacts) {
  std::string changed = tmp_ / "harbour.txt";
  WriteFile(changed, "\"Talks will resume in June,\" said Ola Strand, the Norwegian envoy.\n");
  RunResult r = Actorgraph("ingest --db " + db_ + " " + changed);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("1 replaced"), std::string::npos) << r.err;
  RunResult said = Actorgraph("query said --db " + db_);
  EXPECT_NE(said.out.find("Talks will resume"), std::string::npos) << said.out;
  EXPECT_EQ(said.out.find("fair compromise"), std::string::npos) << said.out;
  RunResult stats = Actorgraph("stats --db " + db_ + " --format json");
  EXPECT_EQ(nlohmann::json::parse(stats.out)["documents"], 1);
}

TEST_F(IngestQueryTest, QueryOnAMissingStoreIsAClearErrorAndCreatesNothing) {
  std::string missing = tmp_ / "nowhere.db";
  RunResult r = Actorgraph("query said --db " + missing);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("no actorgraph store at"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(missing));
}

TEST(CliTest, UnknownCommandSuggestsTheNearestOne) {
  RunResult r = Actorgraph("ingets x");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("did you mean 'ingest'?"), std::string::npos) << r.err;
}

TEST(CliTest, EveryCommandHasHelp) {
  for (const char* cmd : {"ingest", "extract", "query", "query said", "query relations",
                          "actors", "stats", "export", "render"}) {
    RunResult r = Actorgraph(std::string(cmd) + " --help");
    EXPECT_EQ(r.code, 0) << cmd << ": " << r.err;
    EXPECT_NE(r.out.find("--"), std::string::npos) << cmd << ": " << r.out;
  }
}

TEST(CliTest, JsonlMetadataAndIntegerIdsAreKept) {
  TempDir tmp;
  std::string db = tmp / "s.db";
  RunResult r = Actorgraph("ingest --db " + db + " " + DataFile("batch.jsonl"));
  ASSERT_EQ(r.code, 0) << r.err;
  RunResult said = Actorgraph("query said --db " + db + " --format json");
  auto j = nlohmann::json::parse(said.out);
  std::set<std::string> docs;
  for (const auto& q : j) docs.insert(q["document"].get<std::string>());
  EXPECT_TRUE(docs.count("wire-001")) << said.out;
  EXPECT_TRUE(docs.count("3")) << said.out;
}

TEST_F(IngestQueryTest, UpgradeSaysWhatItDidAndNeverCreatesAStore) {
  RunResult current = Actorgraph("upgrade --db " + db_);
  EXPECT_EQ(current.code, 0) << current.err;
  EXPECT_NE(current.out.find("is at schema version " + std::to_string(keys::kStoreSchemaVersion) +
                             " already"),
            std::string::npos)
      << current.out;
  const std::string missing = tmp_ / "nowhere.db";
  RunResult none = Actorgraph("upgrade --db " + missing);
  EXPECT_EQ(none.code, 1);
  EXPECT_NE(none.err.find("no actorgraph store at " + missing), std::string::npos) << none.err;
  EXPECT_FALSE(std::filesystem::exists(missing));
}

}  // namespace
}  // namespace actorgraph::testing
