// ExportNeo4jCsv read back by Python's csv module in strict mode
// (tests/export/read_exports.py), which reads RFC 4180 as neo4j-admin does.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "export/exporters.h"
#include "tests/export/read_back.h"
#include "tests/export/sample_corpus.h"

namespace actorgraph {
namespace {

using nlohmann::json;
using testing::KeepAllView;
using testing::MakeActor;
using testing::MakeRelation;
using testing::ReadBack;
using testing::SampleCorpus;

json Read(const Neo4jCsv& csv) {
  json out;
  EXPECT_TRUE(ReadBack("csv", {csv.nodes, csv.relationships}, &out));
  return out;
}

// The row whose first field is `first` (and second `second`, if given).
json Row(const json& rows, const std::string& first, const std::string& second = "") {
  for (const json& r : rows) {
    if (r[0] == first && (second.empty() || r[1] == second)) return r;
  }
  return json();
}

TEST(Neo4jCsvWriterTest, HeadersFollowNeo4jImportConventions) {
  auto csv = ExportNeo4jCsv(KeepAllView(SampleCorpus()));
  ASSERT_TRUE(csv.ok()) << csv.status().ToString();
  json t = Read(*csv);
  ASSERT_TRUE(t.is_object());
  EXPECT_EQ(t["nodes"][0], json::array({"key:ID(Actor)", "name", "type", ":LABEL", "mentions:int",
                                        "documents:int", "aliases:string[]", "community:int"}));
  EXPECT_EQ(t["relationships"][0],
            json::array({":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "weight:int",
                         "statements:int", "documents:int", "cues:string[]", "evidence",
                         "start:date", "cameo:string[]", "plover"}));
  EXPECT_EQ(t["nodes"].size(), 1u + 6u);
  EXPECT_EQ(t["relationships"].size(), 1u + 5u);
}

TEST(Neo4jCsvWriterTest, RowsCarryLabelsTypesAndCounts) {
  auto csv = ExportNeo4jCsv(KeepAllView(SampleCorpus()));
  ASSERT_TRUE(csv.ok());
  json t = Read(*csv);
  ASSERT_TRUE(t.is_object());
  EXPECT_EQ(Row(t["nodes"], "person:ada-quill"),
            json::array({"person:ada-quill", "Ada Quill", "person", "Actor;Person", "2", "2",
                         "Ada Quill", "0"}));
  EXPECT_EQ(Row(t["nodes"], "agency:fisheries")[3], "Actor;Agency");
  EXPECT_EQ(Row(t["relationships"], "person:ada-quill", "country:NOR"),
            json::array({"person:ada-quill", "country:NOR", "ACCUSES", "3", "3", "2",
                         "accused;blamed", "accused", "2024-02-03", "112", "ACCUSE"}));
  EXPECT_EQ(Row(t["relationships"], "group:netmakers")[2], "AFFILIATED_WITH");
  EXPECT_EQ(Row(t["relationships"], "country:NOR")[2], "DENIES");
}

TEST(Neo4jCsvWriterTest, EveryRecordIsOneLineAndQuotesRoundTrip) {
  Corpus c = SampleCorpus();
  c.actors[1].name = "Norway, \"the Kingdom\"\nof the north";
  c.actors[1].aliases = {"Norway; officially", "Noreg"};
  c.relations[0].cue = "said, \"loudly\";\r\nagain";
  auto csv = ExportNeo4jCsv(KeepAllView(std::move(c)));
  ASSERT_TRUE(csv.ok());
  // --multiline-fields is off by default: one record per physical line.
  EXPECT_EQ(std::count(csv->nodes.begin(), csv->nodes.end(), '\n'), 1 + 6) << csv->nodes;
  EXPECT_EQ(std::count(csv->relationships.begin(), csv->relationships.end(), '\n'), 1 + 5)
      << csv->relationships;
  json t = Read(*csv);
  ASSERT_TRUE(t.is_object());
  json norway = Row(t["nodes"], "country:NOR");
  ASSERT_EQ(norway.size(), 8u) << t.dump(1);
  EXPECT_EQ(norway[1], "Norway, \"the Kingdom\" of the north");
  // ';' is the array delimiter, so one inside an alias becomes ','.
  EXPECT_EQ(norway[6], "Norway, officially;Noreg");
  json accuses = Row(t["relationships"], "person:ada-quill", "country:NOR");
  ASSERT_EQ(accuses.size(), 11u);
  EXPECT_EQ(accuses[6], "said, \"loudly\", again;blamed");
  EXPECT_EQ(accuses[9], "112");  // the type's code: these relations carry none
  EXPECT_EQ(accuses[10], "ACCUSE");
}

TEST(Neo4jCsvWriterTest, MissingDatesAndEmptyListsAreEmptyFields) {
  Corpus c;
  c.actors = {MakeActor("person:a", "A", ActorType::kPerson),
              MakeActor("person:b", "B", ActorType::kPerson)};
  c.actors[1].aliases.clear();
  c.relations = {MakeRelation(RelationType::kQuotes, "person:a", "person:b", "doc-9", "")};
  auto csv = ExportNeo4jCsv(BuildGraphView(std::move(c), GraphFilter{}));
  ASSERT_TRUE(csv.ok());
  // Unquoted empty fields: Neo4j sets no property, rather than "" or [""].
  EXPECT_NE(csv->nodes.find("\"person:b\",\"B\",\"person\",Actor;Person,0,0,,0\n"), std::string::npos)
      << csv->nodes;
  EXPECT_NE(csv->relationships.find("QUOTES,1,1,1,,\"\",,\"010\",\n"), std::string::npos)
      << csv->relationships;
}

}  // namespace
}  // namespace actorgraph
