// End to end: what every command prints for a reader and for a script. CSV
// from every query and from `actors` and `stats` (complete: the speaker as
// written, the direct flag, ids beside names, nested evidence flattened into
// columns), tables cut to a fixed width, and errors that name the
// subcommand. The store is tests/data/pier.txt, written for these tests.
#include <nlohmann/json.hpp>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "cli/terminal_text.h"
#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

using Row = std::vector<std::string>;

// RFC 4180: fields split by commas, quoted fields may hold commas, doubled
// quotes and line breaks; records end in CRLF. Fails the test on a bare LF
// ending a record or a quote left open.
std::vector<Row> ParseCsv(const std::string& text) {
  std::vector<Row> rows;
  Row row;
  std::string field;
  bool quoted = false, field_started = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"' && !field_started) {
      quoted = field_started = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      field_started = false;
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      row.push_back(std::move(field));
      rows.push_back(std::move(row));
      row.clear();
      field.clear();
      field_started = false;
      ++i;
    } else {
      EXPECT_NE(c, '\n') << "a record ended in a bare LF";
      field += c;
      field_started = true;
    }
  }
  EXPECT_FALSE(quoted) << "a quoted field was left open";
  EXPECT_TRUE(row.empty() && field.empty()) << "the last record has no CRLF";
  return rows;
}

// The rows of a CSV as maps from header to field.
std::vector<std::map<std::string, std::string>> Records(const std::vector<Row>& csv) {
  std::vector<std::map<std::string, std::string>> out;
  for (size_t i = 1; i < csv.size(); ++i) {
    std::map<std::string, std::string> record;
    for (size_t k = 0; k < csv[0].size() && k < csv[i].size(); ++k) record[csv[0][k]] = csv[i][k];
    out.push_back(std::move(record));
  }
  return out;
}

class OutputTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir;
    db_ = *tmp_ / "pier.db";
    RunResult r = Actorgraph("ingest --db " + db_ + " " + DataFile("pier.txt"));
    ASSERT_EQ(r.code, 0) << r.err;
  }
  static void TearDownTestSuite() { delete tmp_; }

  // `actorgraph ARGS --db STORE --format csv`, parsed; every record has the
  // header's number of fields.
  static std::vector<Row> Csv(const std::string& args) {
    RunResult r = Actorgraph(args + " --db " + db_ + " --format csv");
    EXPECT_EQ(r.code, 0) << args << ": " << r.err;
    std::vector<Row> csv = ParseCsv(r.out);
    EXPECT_FALSE(csv.empty()) << args << " printed no header";
    for (const Row& row : csv) {
      EXPECT_EQ(row.size(), csv.empty() ? 0 : csv[0].size()) << args << ": ragged record";
    }
    return csv;
  }

  static inline TempDir* tmp_ = nullptr;
  static inline std::string db_;
};

TEST_F(OutputTest, EveryListingCommandHasCsvWithOneRecordPerJsonRow) {
  const std::vector<std::string> commands = {
      "query said",
      "query said --copies",
      "query relations",
      "query disputes",
      "query timeline Finland",
      "query timeline Finland Estonia",
      "query timeline Finland --by month",
      "query neighbors Finland --depth 2",
      "query path Finland \"Tarmo Kask\"",
      "query central",
      "query central --by betweenness",
      "query communities",
      "query components",
      "actors",
      "actors --merges",
  };
  for (const std::string& command : commands) {
    SCOPED_TRACE(command);
    const std::vector<Row> csv = Csv(command);
    RunResult json = Actorgraph(command + " --db " + db_ + " --format json");
    ASSERT_EQ(json.code, 0) << json.err;
    const nlohmann::json rows = nlohmann::json::parse(json.out);
    ASSERT_TRUE(rows.is_array());
    EXPECT_EQ(csv.size() - 1, rows.size()) << "CSV and JSON list different rows";
    if (command != "actors --merges") {
      EXPECT_GT(rows.size(), 0u);
    }
  }
}

TEST_F(OutputTest, SaidCsvGivesAnUnnamedSpeakerAsWrittenAndTheDirectFlag) {
  const auto records = Records(Csv("query said"));
  std::map<std::string, std::map<std::string, std::string>> by_speaker;
  for (const auto& r : records) by_speaker[r.at("speaker")] = r;
  ASSERT_EQ(by_speaker.count("Dock workers"), 1u) << "the unnamed source lost its words";
  EXPECT_EQ(by_speaker["Dock workers"]["speaker_id"], "") << "no actor: no id";
  EXPECT_EQ(by_speaker["Dock workers"]["direct"], "false");
  ASSERT_EQ(by_speaker.count("Aino Virtanen"), 1u);
  EXPECT_EQ(by_speaker["Aino Virtanen"]["speaker_id"], "person:aino-virtanen");
  EXPECT_EQ(by_speaker["Aino Virtanen"]["direct"], "true");
  EXPECT_EQ(by_speaker["Aino Virtanen"]["statement"],
            "The ship should never have left port in that condition,");
  EXPECT_EQ(by_speaker["Aino Virtanen"]["date"], "2025-06-03");
}

TEST_F(OutputTest, DisputesCsvFlattensBothPiecesOfEvidence) {
  const auto records = Records(Csv("query disputes"));
  ASSERT_FALSE(records.empty());
  const auto& r = records.front();
  EXPECT_EQ(r.at("accuser_id"), "country:FIN");
  EXPECT_EQ(r.at("accused"), "Estonia");
  EXPECT_EQ(r.at("denial"), "Estonia denied the accusation.");
  EXPECT_EQ(r.at("denial_cue"), "denied");
  EXPECT_EQ(r.at("denial_date"), "2025-06-03");
  EXPECT_EQ(r.at("accusation_document"), "pier");
  for (const auto& [column, value] : r) {
    EXPECT_EQ(value.find('{'), std::string::npos) << column << " holds JSON: " << value;
  }
}

TEST_F(OutputTest, RelationsCsvCarriesIdsAndCodes) {
  const auto records = Records(Csv("query relations --type accuses"));
  ASSERT_FALSE(records.empty());
  EXPECT_EQ(records[0].at("source_id"), "country:FIN");
  EXPECT_EQ(records[0].at("target_id"), "country:EST");
  EXPECT_EQ(records[0].at("cameo"), "112");
  EXPECT_EQ(records[0].at("plover"), "ACCUSE");
}

TEST_F(OutputTest, ActorProfileCsvHasOneRecordPerFact) {
  const auto records = Records(Csv("query actor Estonia"));
  std::map<std::string, int> sections;
  for (const auto& r : records) sections[r.at("section")]++;
  EXPECT_EQ(sections["actor"], 1);
  EXPECT_GE(sections["count"], 1);
  EXPECT_GE(sections["counterpart"], 1);
  EXPECT_GE(sections["statement"], 1);
  EXPECT_EQ(records.front().at("id"), "country:EST");
  EXPECT_EQ(records.front().at("value"), "country");
  bool accused = false;
  for (const auto& r : records) {
    if (r.at("section") == "count" && r.at("name") == "accuses_received") {
      accused = r.at("value") == "2";
    }
  }
  EXPECT_TRUE(accused) << "Finland accuses Estonia twice in the text";
}

TEST_F(OutputTest, StatsCsvMatchesStatsJson) {
  RunResult json = Actorgraph("stats --db " + db_ + " --format json");
  ASSERT_EQ(json.code, 0) << json.err;
  const nlohmann::json stats = nlohmann::json::parse(json.out);
  const auto records = Records(Csv("stats"));
  size_t seen = 0;
  for (const auto& r : records) {
    const std::string& what = r.at("what");
    const std::string& type = r.at("type");
    const nlohmann::json& expected =
        type.empty() ? stats[what] : stats[what == "actors" ? "actors_by_type" : "relations_by_type"][type];
    EXPECT_EQ(r.at("count"), expected.dump()) << what << " " << type;
    ++seen;
  }
  EXPECT_EQ(seen, 3 + stats["actors_by_type"].size() + stats["relations_by_type"].size());
}

// Every line of `text` fits in `width` display columns.
void ExpectFits(const std::string& text, size_t width) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    EXPECT_LE(DisplayWidth(line), width) << line;
  }
}

TEST_F(OutputTest, TablesFitAFixedWidthWithAnEllipsis) {
  const std::string long_name =
      "International Association of Ports and Harbors and Inland Waterway Operators of "
      "Northern Europe";
  RunResult piped = Actorgraph("actors --db " + db_);
  ASSERT_EQ(piped.code, 0) << piped.err;
  EXPECT_NE(piped.out.find(long_name), std::string::npos) << "piped output is never cut";
  EXPECT_EQ(piped.out.find("\u2026"), std::string::npos);

  for (const std::string command : {"actors", "query said", "query relations"}) {
    SCOPED_TRACE(command);
    RunResult cut = Actorgraph(command + " --db " + db_ + " --width 72");
    ASSERT_EQ(cut.code, 0) << cut.err;
    ExpectFits(cut.out, 72);
    EXPECT_NE(cut.out.find("\u2026"), std::string::npos) << cut.out;
    EXPECT_EQ(cut.out.find(long_name), std::string::npos);
  }
  RunResult cut = Actorgraph("actors --db " + db_ + " --width 72");
  EXPECT_NE(cut.out.find("person:aino-virtanen"), std::string::npos) << "short cells stay whole";
  EXPECT_NE(cut.out.find("International Assoc"), std::string::npos) << cut.out;

  RunResult wide = Actorgraph("actors --db " + db_ + " --width 72 --wide");
  ASSERT_EQ(wide.code, 0) << wide.err;
  EXPECT_NE(wide.out.find(long_name), std::string::npos) << "--wide prints cells in full";

  RunResult too_narrow = Actorgraph("actors --db " + db_ + " --width 5");
  EXPECT_EQ(too_narrow.code, 2) << "a width below 20 is a usage error";
}

TEST_F(OutputTest, AMissingArgumentNamesTheSubcommand) {
  RunResult r = Actorgraph("query path --db " + db_ + " Finland");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("actorgraph query path: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("Run 'actorgraph query path --help'"), std::string::npos) << r.err;
}

TEST_F(OutputTest, CytoscapeJsonHoldsEveryActorAndEdgeAsElements) {
  RunResult cyjs = Actorgraph("export --db " + db_ + " --format cyjs");
  ASSERT_EQ(cyjs.code, 0) << cyjs.err;
  RunResult links = Actorgraph("export --db " + db_ + " --format json");
  ASSERT_EQ(links.code, 0) << links.err;
  const nlohmann::json c = nlohmann::json::parse(cyjs.out);
  const nlohmann::json l = nlohmann::json::parse(links.out);
  const nlohmann::json& nodes = c["elements"]["nodes"];
  const nlohmann::json& edges = c["elements"]["edges"];
  ASSERT_EQ(nodes.size(), l["nodes"].size());
  ASSERT_EQ(edges.size(), l["links"].size());
  std::map<std::string, std::string> label;
  for (const nlohmann::json& n : nodes) label[n["data"]["id"]] = n["data"]["label"];
  for (size_t i = 0; i < edges.size(); ++i) {
    const nlohmann::json& d = edges[i]["data"];
    EXPECT_EQ(label.count(d["source"]), 1u) << "an edge's source is a node id";
    EXPECT_EQ(label.count(d["target"]), 1u);
    EXPECT_EQ(d["type"], l["links"][i]["type"]);
    EXPECT_EQ(d["evidence"], l["links"][i]["evidence"]);
  }
  EXPECT_EQ(label["country:FIN"], "Finland");
}

}  // namespace
}  // namespace actorgraph::testing
