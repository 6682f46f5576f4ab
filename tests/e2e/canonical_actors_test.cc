// One actor across documents, as a user meets it: ingest merges the names
// of one actor, `actors --merges` says which and why, an alias file forces
// or forbids a merge and a re-ingest applies it. The corpus
// (tests/data/canonical.jsonl) is invented: a company written "Kestrel
// Systems Inc", "Kestrel Systems" and "Kestrel Systems Corp"; Ada Quill,
// later only "Quill"; two Velts, and a "Velt" that may be either.
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

class CanonicalActorsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = tmp_ / "store.db";
    corpus_ = DataFile("canonical.jsonl");
    RunResult r = Actorgraph("ingest --db " + db_ + " " + corpus_);
    ASSERT_EQ(r.code, 0) << r.err;
  }

  nlohmann::json Json(const std::string& args) {
    RunResult r = Actorgraph(args + " --db " + db_ + " --format json");
    EXPECT_EQ(r.code, 0) << r.err;
    return nlohmann::json::parse(r.out, nullptr, false);
  }
  std::vector<std::string> ActorIds() {
    std::vector<std::string> ids;
    for (const auto& a : Json("actors")) ids.push_back(a["id"]);
    return ids;
  }
  // "NAME -> INTO (reason, documents)" for each merge.
  std::vector<std::string> Merges() {
    std::vector<std::string> out;
    for (const auto& m : Json("actors --merges")) {
      out.push_back(m["name"].get<std::string>() + " -> " + m["into"].get<std::string>() + " (" +
                    m["reason"].get<std::string>() + ", " +
                    std::to_string(m["documents"].get<int>()) + ")");
    }
    return out;
  }

  TempDir tmp_;
  std::string db_, corpus_;
};

TEST_F(CanonicalActorsTest, OneCompanyOnePersonAndTheMergeLog) {
  const std::vector<std::string> ids = ActorIds();
  auto has = [&](const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  EXPECT_TRUE(has("org:kestrel-systems-inc"));
  EXPECT_FALSE(has("org:kestrel-systems"));
  EXPECT_FALSE(has("org:kestrel-systems-corp"));
  EXPECT_FALSE(has("person:quill"));
  // Two Velts are known: the bare "Velt" of c4 is neither.
  EXPECT_TRUE(has("person:bram-velt"));
  EXPECT_TRUE(has("person:cora-velt"));
  EXPECT_TRUE(has("person:velt"));

  EXPECT_EQ(Merges(), (std::vector<std::string>{
                          "Kestrel Systems -> org:kestrel-systems-inc (name, 2)",
                          "Kestrel Systems Corp -> org:kestrel-systems-inc (name, 1)",
                          "Quill -> person:ada-quill (surname, 1)"}));

  // What Quill said two days later is Ada Quill's.
  nlohmann::json said = Json("query said --by 'Ada Quill'");
  ASSERT_EQ(said.size(), 2u);
  EXPECT_EQ(said[1]["document"], "c2");
  // The accusation of c1 and the denial of c2 now name one company: a dispute.
  nlohmann::json disputes = Json("query disputes");
  ASSERT_EQ(disputes.size(), 1u) << disputes.dump();
  EXPECT_EQ(disputes[0]["accused"], "org:kestrel-systems-inc");

  // And the timeline between the accuser and the company holds the denial
  // two days later, which names no one.
  nlohmann::json timeline = Json("query timeline 'Bram Velt' 'Kestrel Systems'");
  std::vector<std::string> kinds;
  for (const auto& e : timeline) {
    if (e["kind"] != "said") kinds.push_back(e["kind"].get<std::string>() + " " +
                                             e["date"].get<std::string>());
  }
  EXPECT_EQ(kinds, (std::vector<std::string>{"accuses 2025-02-03", "denies 2025-02-05"}));

  RunResult table = Actorgraph("actors --merges --db " + db_);
  EXPECT_NE(table.out.find("REASON"), std::string::npos) << table.out;
  EXPECT_NE(table.out.find("surname"), std::string::npos) << table.out;
  RunResult into = Actorgraph("actors --merges --into 'Ada Quill' --format csv --db " + db_);
  EXPECT_EQ(into.out,
            "name,from,into,into_name,reason,documents,first_document\r\n"
            "Quill,person:quill,person:ada-quill,Ada Quill,surname,1,c2\r\n");
}

TEST_F(CanonicalActorsTest, AnAliasFileForcesAndForbidsAndARe_ingestAppliesIt) {
  const std::string rules = tmp_ / "aliases.txt";
  ASSERT_EQ(Shell("printf '# ours\\nVelt = person:cora-velt\\n"
                  "Kestrel Systems Corp != Kestrel Systems Inc\\n' > " + rules).code, 0);
  RunResult r = Actorgraph("ingest --db " + db_ + " --aliases " + rules + " " + corpus_);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("1 replaced, 3 unchanged"), std::string::npos) << r.err;
  EXPECT_EQ(Merges(), (std::vector<std::string>{
                          "Kestrel Systems -> org:kestrel-systems-inc (name, 2)",
                          "Quill -> person:ada-quill (surname, 1)",
                          "Velt -> person:cora-velt (user, 1)"}));
  const std::vector<std::string> ids = ActorIds();
  EXPECT_NE(std::find(ids.begin(), ids.end(), "org:kestrel-systems-corp"), ids.end());

  // The store keeps the rules: the next ingest applies them without the
  // file, and finds nothing to do.
  r = Actorgraph("ingest --db " + db_ + " " + corpus_);
  EXPECT_NE(r.err.find("0 replaced, 4 unchanged"), std::string::npos) << r.err;
  EXPECT_EQ(Merges().size(), 3u);

  // A bad rule names its file and line, and changes nothing.
  const std::string before = DumpStore(db_);
  ASSERT_EQ(Shell("printf 'A = B\\nVelt =\\n' > " + rules).code, 0);
  r = Actorgraph("ingest --db " + db_ + " --aliases " + rules + " " + corpus_);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find(rules + ":2: expected 'X = Y' or 'X != Y'"), std::string::npos) << r.err;
  EXPECT_EQ(DumpStore(db_), before);
}

}  // namespace
}  // namespace actorgraph::testing
