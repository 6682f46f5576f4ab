// End to end: the queries of `actorgraph query` on a store of two dated
// reports written for these tests (tests/data/jamming.jsonl): Norway accuses
// Russia and China, a former official is quoted naming both, both deny, and
// two days later Russia rejects the accusations again. Then date ranges on a
// store of documents dated in every form (DatesTest), and `render
// --timeline` on a dispute over fishing (TimelineRenderTest, at the end).
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "tests/e2e/cli_test.h"
#include "tests/testing/svg.h"

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

  Json groups = Query("components");
  ASSERT_FALSE(groups.empty());
  EXPECT_EQ(groups[0]["component"], 1);
  EXPECT_GE(groups[0]["size"].get<int>(), 5) << groups.dump(2);

  // Communities split what is connected, each actor in one, and their
  // shares of the modularity add up to it.
  Json communities = Query("communities");
  ASSERT_FALSE(communities.empty());
  std::set<std::string> seen;
  size_t members = 0;
  double sum = 0;
  for (const Json& c : communities) {
    for (const Json& id : c["members"]) seen.insert(id.get<std::string>());
    members += c["members"].size();
    sum += c["modularity"].get<double>();
  }
  EXPECT_EQ(seen.size(), members) << "no actor in two communities";
  size_t connected = 0;
  for (const Json& g : groups) connected += g["size"].get<size_t>();
  EXPECT_EQ(members, connected) << "every actor in one";
  EXPECT_NEAR(sum, communities[0]["graph_modularity"].get<double>(), 1e-9);
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
  EXPECT_EQ(header,
            "type,source,source_id,target,target_id,cue,cameo,plover,date,document,evidence,"
            "sources\r");
  EXPECT_NE(r.out.find(",accused,112,ACCUSE,"), std::string::npos) << r.out;  // CAMEO accuse
  // Evidence holds commas, so it is quoted.
  EXPECT_NE(r.out.find(",\"OSLO, March 4 - Norway accused"), std::string::npos) << r.out;
}

TEST_F(QueryTest, UnknownActorIsAnErrorWithSuggestions) {
  RunResult r = Actorgraph("query actor Solbreg --db " + db_);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("did you mean: Ingrid Solberg"), std::string::npos) << r.err;
}

// Documents dated in the forms news inputs write (tests/data/dated.jsonl,
// reports written for these tests): a written-out date, an ISO instant with
// an offset, a dateline with no year and no date field, an RFC 2822 date, a
// date nobody can read, and a bare year; Baltic and Nordic governments
// accuse Russia (Poland accuses Belarus), Russia denies Norway's accusation
// two days later, and Norway accuses Russia again.
class DatesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = tmp_ / "store.db";
    ingest_ = Actorgraph("ingest --db " + db_ + " " + DataFile("dated.jsonl"));
    ASSERT_EQ(ingest_.code, 0) << ingest_.err;
  }

  // The documents of the accusations `query relations` lists with `flags`.
  std::set<std::string> Accused(const std::string& flags) {
    RunResult r = Actorgraph("query relations --type accuses --format json --db " + db_ + " " +
                             flags);
    EXPECT_EQ(r.code, 0) << flags << "\n" << r.err;
    std::set<std::string> docs;
    for (const Json& row : Json::parse(r.out)) docs.insert(row["document"].get<std::string>());
    return docs;
  }

  // document -> its date as `query relations` shows it ("" when undated).
  std::map<std::string, std::string> Dates() {
    RunResult r = Actorgraph("query relations --type accuses --format json --db " + db_);
    EXPECT_EQ(r.code, 0) << r.err;
    std::map<std::string, std::string> out;
    for (const Json& row : Json::parse(r.out)) {
      out[row["document"]] = row["date"].is_null() ? "" : row["date"].get<std::string>();
    }
    return out;
  }

  TempDir tmp_;
  std::string db_;
  RunResult ingest_;
};

TEST_F(DatesTest, EveryFormIsReadIntoOneSortableForm) {
  const std::map<std::string, std::string> expected = {
      {"oslo-jamming", "2024-03-04"},
      {"helsinki-border", "2024-03-11T04:30:00Z"},  // 23:30 at -05:00
      {"tromso-cable", "2024-03-12"},               // the dateline, 2024 from before it
      {"tallinn-drone", "2024-04-01T08:00:00Z"},
      {"riga-hack", ""},
      {"warsaw-year", "2024"},
      {"oslo-again", "2024-03-20"},
  };
  EXPECT_EQ(Dates(), expected);
}

TEST_F(DatesTest, ADateThatCannotBeReadIsAWarningNamingFileAndLine) {
  EXPECT_NE(ingest_.err.find("dated.jsonl:5: document 'riga-hack': cannot read the date 'the "
                             "week after Easter'"),
            std::string::npos)
      << ingest_.err;
  EXPECT_NE(ingest_.err.find("1 warning above"), std::string::npos) << ingest_.err;
  EXPECT_NE(ingest_.err.find("8 added"), std::string::npos) << "the document is still stored";
}

TEST_F(DatesTest, SinceAndUntilCompareDatesNotStrings) {
  // As strings, "March 4, 2024" and "Mon, 01 Apr ..." sort before every
  // ISO date; as dates, one is in March and one in April. A bare year
  // overlaps every month of it; the undated document is in no range.
  EXPECT_EQ(Accused("--since 2024-03-05 --until 2024-03"),
            (std::set<std::string>{"helsinki-border", "tromso-cable", "oslo-again", "warsaw-year"}));
  EXPECT_EQ(Accused("--since 2024-04"), (std::set<std::string>{"tallinn-drone", "warsaw-year"}));
  EXPECT_EQ(Accused("--until 2024-03-04"),
            (std::set<std::string>{"oslo-jamming", "warsaw-year"}));
  EXPECT_EQ(Accused("--since 2024-03-11 --until 2024-03-11"),
            (std::set<std::string>{"helsinki-border", "warsaw-year"}))
      << "an instant is in the day that holds it, in UTC";
  EXPECT_TRUE(Accused("--since 2025").empty());
}

TEST_F(DatesTest, ATimelineBetweenTwoActorsListsTheirAccusationsAndDenialsInOrder) {
  RunResult r = Actorgraph("query timeline Norway Russia --format json --db " + db_);
  ASSERT_EQ(r.code, 0) << r.err;
  const Json rows = Json::parse(r.out);
  std::vector<std::pair<std::string, std::string>> relations;  // kind, document
  std::string last;
  for (const Json& row : rows) {
    const std::string date = row["date"];
    EXPECT_LE(last, date) << "oldest first: " << rows.dump(2);
    last = date;
    const std::set<std::string> pair = {row["source"].get<std::string>(),
                                        row["target"].is_null() ? "" : row["target"].get<std::string>()};
    EXPECT_EQ(pair, (std::set<std::string>{"country:NOR", "country:RUS"})) << row.dump(2);
    if (row["kind"] != "said") relations.emplace_back(row["kind"], row["document"]);
  }
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"accuses", "oslo-jamming"}, {"denies", "kremlin-denial"}, {"accuses", "oslo-again"}};
  EXPECT_EQ(relations, expected);
  // Finland's, Sweden's and Estonia's accusations are not between the two.
  EXPECT_EQ(r.out.find("helsinki-border"), std::string::npos);

  // Counts per ISO week, the quiet week between included.
  r = Actorgraph("query timeline norway russia --by week --format json --db " + db_);
  ASSERT_EQ(r.code, 0) << r.err;
  const Json weeks = Json::parse(r.out);
  ASSERT_EQ(weeks.size(), 3u) << weeks.dump(2);
  EXPECT_EQ(weeks[0]["period"], "2024-W10");
  EXPECT_EQ(weeks[0]["accuses"], 1);
  EXPECT_EQ(weeks[0]["denies"], 1);
  EXPECT_EQ(weeks[1]["period"], "2024-W11");
  EXPECT_EQ(weeks[1]["total"], 0);
  EXPECT_EQ(weeks[2]["accuses"], 1);
  for (const Json& w : weeks) {
    EXPECT_EQ(w["total"], w["said"].get<int>() + w["accuses"].get<int>() +
                              w["criticizes"].get<int>() + w["denies"].get<int>());
  }

  // One actor's timeline holds every accusation against it, in date order.
  r = Actorgraph("query timeline Russia --since 2024-03-10 --format json --db " + db_);
  ASSERT_EQ(r.code, 0) << r.err;
  std::vector<std::string> accusers;
  for (const Json& row : Json::parse(r.out)) {
    if (row["kind"] == "accuses") accusers.push_back(row["source_name"]);
  }
  EXPECT_EQ(accusers, (std::vector<std::string>{"Finland", "Sweden", "Norway", "Estonia"}));

  RunResult same = Actorgraph("query timeline Norway norway --db " + db_);
  EXPECT_EQ(same.code, 1);
  EXPECT_NE(same.err.find("are the same actor"), std::string::npos) << same.err;
}

TEST_F(DatesTest, ExtractWritesTheDateItReadAndWhereFrom) {
  RunResult r = Actorgraph("extract --with-document " + DataFile("dated.jsonl"));
  ASSERT_EQ(r.code, 0) << r.err;
  std::map<std::string, Json> docs;
  size_t at = 0;
  for (size_t nl; (nl = r.out.find('\n', at)) != std::string::npos; at = nl + 1) {
    Json line = Json::parse(r.out.substr(at, nl - at));
    docs[line["doc"]] = line["document"];
  }
  EXPECT_EQ(docs["tromso-cable"]["date"], "2024-03-12");
  EXPECT_EQ(docs["tromso-cable"]["date_written"], "TROMSO, March 12");
  EXPECT_EQ(docs["tromso-cable"]["date_origin"], "dateline, year of the previous document");
  EXPECT_EQ(docs["oslo-jamming"]["date_written"], "March 4, 2024");
  EXPECT_EQ(docs["oslo-jamming"]["date_origin"], "field");
  EXPECT_FALSE(docs["riga-hack"].contains("date"));
  EXPECT_EQ(docs["riga-hack"]["date_written"], "the week after Easter");
  EXPECT_NE(r.err.find("dated.jsonl:5"), std::string::npos) << r.err;
}

// Reports written for these tests (tests/data/fisheries.jsonl): Peru accuses
// Chile, Chile denies it the next day and condemns Peru two weeks later;
// Ecuador accuses Chile; in June Peru accuses Chile again and Chile denies it
// again; an undated report has Peru accuse Chile once more.
class TimelineRenderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = tmp_ / "store.db";
    RunResult r = Actorgraph("ingest --db " + db_ + " " + DataFile("fisheries.jsonl"));
    ASSERT_EQ(r.code, 0) << r.err;
  }

  RunResult Render(const std::string& args) {
    return Actorgraph("render --format svg --out " + svg_ + " --db " + db_ + " " + args);
  }

  TempDir tmp_;
  std::string db_;
  const std::string svg_ = tmp_ / "timeline.svg";
};

TEST_F(TimelineRenderTest, DrawsTheAccusationsAndDenialsBetweenTwoActorsInDateOrder) {
  RunResult r = Render("--timeline peru CHILE");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err,
            "actorgraph: warning: 1 undated relation left out of the timeline (docs/dates.md)\n");
  const std::string svg = ReadFile(svg_);
  std::map<std::string, SvgNode> nodes = SvgNodes(svg);
  const struct {
    const char* tooltip;  // its first line
    bool above;           // Peru's, above the axis
  } cases[] = {
      {"2024-05-02: Peru accuses Chile (accused)", true},
      {"2024-05-03: Chile denies Peru (denied)", false},
      {"2024-05-15: Chile criticizes Peru (condemned)", false},
      {"2024-06-10: Peru accuses Chile (accused)", true},
      {"2024-06-12T15:30:00Z: Chile denies Peru (denied)", false},
  };
  const double axis = nodes["tick1-label"].y;
  double last_x = nodes["tick1-label"].x;
  for (size_t i = 0; i < std::size(cases); ++i) {
    const SvgNode& n = nodes["event" + std::to_string(i + 1)];
    EXPECT_EQ(n.tooltip.substr(0, n.tooltip.find('\n')), cases[i].tooltip) << n.tooltip;
    EXPECT_GT(n.x, last_x) << cases[i].tooltip;
    last_x = n.x;
    EXPECT_EQ(n.y < axis, cases[i].above) << cases[i].tooltip;
  }
  EXPECT_EQ(nodes.count("event6"), 0u) << "statements and the undated report are not drawn";
  EXPECT_EQ(nodes["event2"].tooltip,
            "2024-05-03: Chile denies Peru (denied)\nChile denied Peru's accusation.\n"
            "document santiago-denial");
  EXPECT_EQ(Joined(nodes["lane-first"].texts), "Peru \u2192 Chile");
  EXPECT_EQ(svg.find("Ecuador"), std::string::npos);
  EXPECT_NE(SvgUnescape(svg).find(
                ">Peru and Chile: accusations and denials, 2024-05-02 \u2013 2024-06-12<"),
            std::string::npos);

  // The dates narrow it as they narrow the query.
  r = Render("--timeline Peru Chile --since 2024-06");
  ASSERT_EQ(r.code, 0) << r.err;
  nodes = SvgNodes(ReadFile(svg_));
  EXPECT_EQ(nodes["event1"].tooltip.substr(0, 10), "2024-06-10");
  EXPECT_EQ(nodes["event2"].tooltip.substr(0, 10), "2024-06-12");
  EXPECT_EQ(nodes.count("event3"), 0u);
}

TEST_F(TimelineRenderTest, NothingBetweenTheTwoIsAnErrorAndNoFile) {
  const struct {
    const char* args;
    int code;
    const char* error;
  } cases[] = {
      {"--timeline Ecuador Peru", 1,
       "actorgraph: no dated accusations, criticisms or denials between Ecuador and Peru\n"},
      {"--timeline Peru Chile --since 2025", 1,
       "actorgraph: no dated accusations, criticisms or denials between Peru and Chile in "
       "these dates\n"},
      {"--timeline Peru peru", 1,
       "actorgraph: 'Peru' and 'peru' are the same actor (country:PER): give two actors\n"},
      {"--timeline Peru Chile --actor Peru", 2, "--actor excludes --timeline"},
      {"--timeline Peru", 2, "--timeline: At least 2 required but received 1"},
  };
  for (const auto& c : cases) {
    RunResult r = Render(c.args);
    EXPECT_EQ(r.code, c.code) << c.args << "\n" << r.err;
    EXPECT_NE(r.err.find(c.error), std::string::npos) << c.args << "\n" << r.err;
    EXPECT_FALSE(std::filesystem::exists(svg_)) << c.args;
  }
  RunResult unknown = Render("--timeline Peruu Chile");
  EXPECT_EQ(unknown.code, 1);
  EXPECT_NE(unknown.err.find("did you mean: Peru"), std::string::npos) << unknown.err;
}

}  // namespace
}  // namespace actorgraph::testing
