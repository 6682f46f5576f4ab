// End to end: the queries of `actorgraph query` on a store of two dated
// reports written for these tests (tests/data/jamming.jsonl): Norway accuses
// Russia and China, a former official is quoted naming both, both deny, and
// two days later Russia rejects the accusations again.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <sstream>

#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

using Json = nlohmann::json;

class QueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = tmp_ / "store.db";
    RunResult r = Actorgraph("ingest --db " + db_ + " " + DataFile("jamming.jsonl"));
    ASSERT_EQ(r.code, 0) << r.err;
  }

  // Runs `query ARGS --db DB --format json` and parses the output.
  Json Query(const std::string& args) {
    RunResult r = Actorgraph("query " + args + " --db " + db_ + " --format json");
    EXPECT_EQ(r.code, 0) << args << "\n" << r.err;
    return Json::parse(r.out.empty() ? "null" : r.out);
  }

  TempDir tmp_;
  std::string db_;
};

TEST_F(QueryTest, SaidByListsTheSpeakersQuotationsWithDates) {
  Json rows = Query("said --by 'ingrid solberg'");
  ASSERT_EQ(rows.size(), 2u) << rows.dump(2);
  for (const Json& q : rows) {
    EXPECT_EQ(q["speaker"], "person:ingrid-solberg");
    EXPECT_EQ(q["document"], "barents-jamming");
    EXPECT_EQ(q["date"], "2024-03-04");
    EXPECT_TRUE(q["direct"].get<bool>());
  }
  EXPECT_NE(rows[0]["text"].get<std::string>().find("interference is deliberate"),
            std::string::npos);
}

TEST_F(QueryTest, SaidAboutTextAndDatesFilter) {
  // Solberg's quotation naming Beijing, and Norway's accusation read as a
  // reported statement ("accused Russia and China"); nothing else names China.
  Json about = Query("said --about China");
  ASSERT_EQ(about.size(), 2u) << about.dump(2);
  bool quotation = false;
  for (const Json& q : about) {
    const Json& ids = q["about"];
    EXPECT_NE(std::find(ids.begin(), ids.end(), "country:CHN"), ids.end()) << q.dump(2);
    quotation |= q["text"].get<std::string>().find("Beijing and Moscow") != std::string::npos;
  }
  EXPECT_TRUE(quotation) << about.dump(2);

  Json text = Query("said --text 'SANCTIONS invented'");
  ASSERT_EQ(text.size(), 1u) << text.dump(2);
  EXPECT_EQ(text[0]["speaker_name"], "Pavel Orlov");

  Json later = Query("said --since 2024-03-05");
  ASSERT_FALSE(later.empty());
  for (const Json& q : later) EXPECT_EQ(q["document"], "moscow-reply") << later.dump(2);
  // Two of the six statements are in the later report.
  Json all = Query("said");
  EXPECT_EQ(Query("said --until 2024-03").size(), all.size());
  EXPECT_EQ(Query("said --until 2024-03-05").size(), all.size() - 2) << all.dump(2);
}

TEST_F(QueryTest, SaidByWithALimitIsTheOldestStatementsFirst) {
  // The store reads a speaker's statements oldest first and stops at the
  // limit: the first N rows are the first N of the whole list. An earlier
  // report quotes Solberg too, and is ingested last.
  const std::string earlier = (tmp_ / "earlier.jsonl");
  WriteFile(earlier,
            "{\"id\": \"tromso-warning\", \"date\": \"2024-02-27\", \"text\": \"TROMSO, "
            "Feb 27 - \u201cThe signals dropped out twice this week,\u201d said Ingrid Solberg, "
            "a fellow at the Arctic Policy Forum.\"}\n");
  RunResult r = Actorgraph("ingest --db " + db_ + " " + earlier);
  ASSERT_EQ(r.code, 0) << r.err;
  Json solberg = Query("said --by 'ingrid solberg' --limit 1");
  ASSERT_EQ(solberg.size(), 1u);
  EXPECT_EQ(solberg[0]["document"], "tromso-warning") << solberg.dump(2);
  EXPECT_EQ(solberg[0]["date"], "2024-02-27");
  std::set<std::string> speakers;
  for (const Json& q : Query("said")) {
    if (!q["speaker"].is_null()) speakers.insert(q["speaker"].get<std::string>());
  }
  ASSERT_GE(speakers.size(), 3u);
  bool across_documents = false;  // one speaker, two reports
  for (const std::string& id : speakers) {
    Json all = Query("said --by '" + id + "'");
    ASSERT_FALSE(all.empty()) << id;
    for (size_t i = 1; i < all.size(); ++i) {
      EXPECT_LE(all[i - 1]["date"].get<std::string>(), all[i]["date"].get<std::string>()) << id;
    }
    across_documents |= all.front()["document"] != all.back()["document"];
    Json first = Query("said --by '" + id + "' --limit 1");
    ASSERT_EQ(first.size(), 1u) << id;
    EXPECT_EQ(first[0], all[0]) << id;
  }
  EXPECT_TRUE(across_documents) << "a speaker quoted in both reports";
}

TEST_F(QueryTest, BadDateIsAUsageError) {
  RunResult r = Actorgraph("query said --db " + db_ + " --since 2024-3");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("bad date '2024-3'"), std::string::npos) << r.err;
}

TEST_F(QueryTest, RelationsShowAccusationsAndDenialsWithEvidence) {
  Json accuses = Query("relations --type accuses --to china");
  ASSERT_EQ(accuses.size(), 1u) << accuses.dump(2);
  EXPECT_EQ(accuses[0]["source_name"], "Norway");
  EXPECT_NE(accuses[0]["evidence"].get<std::string>().find("Norway accused Russia and China"),
            std::string::npos);

  Json denies = Query("relations --type denies");
  std::multiset<std::string> deniers;
  for (const Json& r : denies) deniers.insert(r["source_name"].get<std::string>());
  EXPECT_EQ(deniers.count("China"), 1u) << denies.dump(2);
  EXPECT_EQ(deniers.count("Russia"), 2u) << denies.dump(2);
}

TEST_F(QueryTest, DisputesPairAccusationsWithLaterOrSameDocumentDenials) {
  Json rows = Query("disputes");
  bool china_same_document = false, russia_later = false;
  for (const Json& d : rows) {
    if (d["accuser"] != "country:NOR") continue;
    if (d["accused"] == "country:CHN") {
      china_same_document = d["denial"]["document"] == "barents-jamming";
    }
    if (d["accused"] == "country:RUS" && d["denial"]["document"] == "moscow-reply") {
      russia_later = true;
      EXPECT_EQ(d["denial"]["date"], "2024-03-06");
      EXPECT_NE(d["denial"]["evidence"].get<std::string>().find("rejected the accusations"),
                std::string::npos);
    }
  }
  EXPECT_TRUE(china_same_document) << rows.dump(2);
  EXPECT_TRUE(russia_later) << rows.dump(2);
  // Dates bound both sides: before the reply, only the same-day denial pairs.
  for (const Json& d : Query("disputes --until 2024-03-04")) {
    EXPECT_EQ(d["denial"]["document"], "barents-jamming") << d.dump(2);
  }
}

TEST_F(QueryTest, ActorProfileShowsFormerAffiliationAndStatements) {
  RunResult r = Actorgraph("query actor solberg --db " + db_);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("Ingrid Solberg"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Norwegian Coastal Administration"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("former"), std::string::npos) << r.out;

  Json p = Query("actor Solberg");
  EXPECT_EQ(p["id"], "person:ingrid-solberg");
  ASSERT_FALSE(p["affiliations"].empty()) << p.dump(2);
  EXPECT_EQ(p["affiliations"][0]["name"], "Norwegian Coastal Administration");
  EXPECT_TRUE(p["affiliations"][0]["former"].get<bool>());
  EXPECT_EQ(p["counts"]["statements"], 2);
  EXPECT_EQ(p["latest"].size(), 2u);
}

TEST_F(QueryTest, PathGivesEachHopWithEvidence) {
  Json hops = Query("path 'Ingrid Solberg' Russia");
  ASSERT_FALSE(hops.empty());
  EXPECT_EQ(hops.front()["from"], "person:ingrid-solberg");
  EXPECT_EQ(hops.back()["to"], "country:RUS");
  for (size_t i = 0; i < hops.size(); ++i) {
    EXPECT_EQ(hops[i]["hop"], i + 1);
    EXPECT_FALSE(hops[i]["evidence"].get<std::string>().empty()) << hops.dump(2);
    if (i > 0) {
      EXPECT_EQ(hops[i]["from"], hops[i - 1]["to"]);
    }
  }
  RunResult none = Actorgraph("query path Solberg 'Pavel Orlov' --db " + db_ + " --type accuses");
  EXPECT_EQ(none.code, 1);
}

TEST_F(QueryTest, NeighborsCentralAndCommunities) {
  Json near = Query("neighbors China");
  std::set<std::string> ids;
  for (const Json& n : near) {
    EXPECT_EQ(n["distance"], 1);
    ids.insert(n["actor"].get<std::string>());
  }
  EXPECT_TRUE(ids.count("country:NOR")) << near.dump(2);
  EXPECT_TRUE(ids.count("person:ingrid-solberg")) << near.dump(2);
  EXPECT_GT(Query("neighbors China --depth 2").size(), near.size());

  // The accused countries draw the accusations, denials and quotations.
  Json ranked = Query("central --by pagerank");
  ASSERT_GE(ranked.size(), 3u);
  std::set<std::string> top3;
  for (size_t i = 0; i < 3; ++i) top3.insert(ranked[i]["actor"].get<std::string>());
  EXPECT_TRUE(top3.count("country:RUS") && top3.count("country:CHN")) << ranked.dump(2);
  EXPECT_EQ(Query("central --by betweenness --limit 2").size(), 2u);

  // Restricted to the later report, China is in no relation at all.
  RunResult only_reply =
      Actorgraph("query neighbors China --doc moscow-reply --db " + db_ + " --format json");
  EXPECT_EQ(only_reply.code, 1);
  EXPECT_NE(only_reply.err.find("has no relations in the selected graph"), std::string::npos)
      << only_reply.err;
  Json russia = Query("neighbors Russia --doc moscow-reply");
  ASSERT_EQ(russia.size(), 1u) << russia.dump(2);
  EXPECT_EQ(russia[0]["actor"], "country:FIN");

  Json groups = Query("communities");
  ASSERT_FALSE(groups.empty());
  EXPECT_EQ(groups[0]["community"], 1);
  EXPECT_GE(groups[0]["size"].get<int>(), 5) << groups.dump(2);
}

TEST_F(QueryTest, BetweennessSaysHowManyPivotsItSummed) {
  // A small graph is exact by default: every actor is a pivot.
  Json exact = Query("central --by betweenness");
  ASSERT_FALSE(exact.empty());
  for (const Json& row : exact) {
    EXPECT_TRUE(row["exact"].get<bool>()) << row.dump();
    EXPECT_EQ(row["pivots"], exact.size()) << row.dump();
  }
  Json sampled = Query("central --by betweenness --pivots 2");
  ASSERT_EQ(sampled.size(), exact.size());
  EXPECT_FALSE(sampled[0]["exact"].get<bool>()) << sampled[0].dump();
  EXPECT_EQ(sampled[0]["pivots"], 2);
  EXPECT_FALSE(Query("central --by degree")[0].contains("pivots"));

  RunResult table =
      Actorgraph("query central --by betweenness --pivots 2 --db " + db_);
  ASSERT_EQ(table.code, 0) << table.err;
  const std::string note = "betweenness estimated from 2 of " + std::to_string(exact.size()) +
                           " actors (Brandes-Pich pivots; --pivots 0 for exact)\n";
  EXPECT_TRUE(table.out.ends_with(note)) << table.out;
  RunResult whole = Actorgraph("query central --by betweenness --db " + db_);
  EXPECT_EQ(whole.out.find("estimated"), std::string::npos) << whole.out;

  RunResult degree = Actorgraph("query central --pivots 2 --db " + db_);
  EXPECT_EQ(degree.code, 2);
  EXPECT_NE(degree.err.find("--pivots needs --by betweenness"), std::string::npos)
      << degree.err;
}

TEST_F(QueryTest, CsvHasAHeaderAndQuotedFields) {
  RunResult r = Actorgraph("query relations --type accuses --db " + db_ + " --format csv");
  ASSERT_EQ(r.code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string header;
  std::getline(lines, header);
  EXPECT_EQ(header, "type,source,target,cue,cameo,date,document,evidence\r");
  EXPECT_NE(r.out.find(",accused,112,"), std::string::npos) << r.out;  // CAMEO accuse
  // Evidence holds commas, so it is quoted.
  EXPECT_NE(r.out.find(",\"OSLO, March 4 - Norway accused"), std::string::npos) << r.out;
}

TEST_F(QueryTest, UnknownActorIsAnErrorWithSuggestions) {
  RunResult r = Actorgraph("query actor Solbreg --db " + db_);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("did you mean: Ingrid Solberg"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace actorgraph::testing
