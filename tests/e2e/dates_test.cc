// End to end: documents dated in the forms news inputs write
// (tests/data/dated.jsonl, reports written for these tests): a written-out
// date, an ISO instant with an offset, a dateline with no year and no date
// field, an RFC 2822 date, a date nobody can read, and a bare year. Each
// Baltic or Nordic government accuses Russia (Poland accuses Belarus) once.
#include <nlohmann/json.hpp>

#include <set>
#include <string>

#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

using Json = nlohmann::json;

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
  };
  EXPECT_EQ(Dates(), expected);
}

TEST_F(DatesTest, ADateThatCannotBeReadIsAWarningNamingFileAndLine) {
  EXPECT_NE(ingest_.err.find("dated.jsonl:5: document 'riga-hack': cannot read the date 'the "
                             "week after Easter'"),
            std::string::npos)
      << ingest_.err;
  EXPECT_NE(ingest_.err.find("1 warning above"), std::string::npos) << ingest_.err;
  EXPECT_NE(ingest_.err.find("6 added"), std::string::npos) << "the document is still stored";
}

TEST_F(DatesTest, SinceAndUntilCompareDatesNotStrings) {
  // As strings, "March 4, 2024" and "Mon, 01 Apr ..." sort before every
  // ISO date; as dates, one is in March and one in April. A bare year
  // overlaps every month of it; the undated document is in no range.
  EXPECT_EQ(Accused("--since 2024-03-05 --until 2024-03"),
            (std::set<std::string>{"helsinki-border", "tromso-cable", "warsaw-year"}));
  EXPECT_EQ(Accused("--since 2024-04"), (std::set<std::string>{"tallinn-drone", "warsaw-year"}));
  EXPECT_EQ(Accused("--until 2024-03-04"),
            (std::set<std::string>{"oslo-jamming", "warsaw-year"}));
  EXPECT_EQ(Accused("--since 2024-03-11 --until 2024-03-11"),
            (std::set<std::string>{"helsinki-border", "warsaw-year"}))
      << "an instant is in the day that holds it, in UTC";
  EXPECT_TRUE(Accused("--since 2025").empty());
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

}  // namespace
}  // namespace actorgraph::testing
