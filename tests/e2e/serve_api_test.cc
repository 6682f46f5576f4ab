// The JSON API of `actorgraph serve` (serve/api.h) on a store built by the
// real binary from tests/data/serve.jsonl (invented: Fiji accuses Australia
// in a story two papers print, Australia denies, Tonga accuses Fiji; one
// title and one quote carry markup). What the page relies on: ranked search,
// a capped graph that says it is capped, evidence grouped by claim with the
// words to highlight, clear errors, and a view that follows an ingest.
#include <nlohmann/json.hpp>

#include "cli/queries.h"
#include "serve/api.h"
#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

class ServeApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = tmp_ / "store.db";
    RunResult r = Actorgraph("ingest --db " + db_ + " " + DataFile("serve.jsonl"));
    ASSERT_EQ(r.code, 0) << r.err;
    auto store = Store::Open(db_, OpenMode::kReadOnly);
    ASSERT_TRUE(store.ok()) << store.status().message();
    store_ = std::move(store).value();
    api_ = std::make_unique<Api>(*store_);
  }

  // The body of a call that must succeed.
  actorgraph::Json Ok(Result<actorgraph::Json> r) {
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : actorgraph::Json();
  }

  static Result<std::vector<RelationType>> Types(const std::string& names) {
    std::vector<RelationType> types;
    size_t from = 0;
    while (from < names.size()) {
      size_t comma = std::min(names.find(',', from), names.size());
      types.push_back(*ParseRelationType(names.substr(from, comma - from)));
      from = comma + 1;
    }
    return types;
  }

  static std::vector<std::string> Ids(const actorgraph::Json& list, const char* field = "id") {
    std::vector<std::string> ids;
    for (const actorgraph::Json& x : list) ids.push_back(x[field]);
    return ids;
  }

  TempDir tmp_;
  std::string db_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Api> api_;
};

TEST_F(ServeApiTest, SearchRanksWholeNamesThenStartsThenWords) {
  actorgraph::Json fi = Ok(api_->Search({{"q", "fi"}}));
  std::vector<std::string> ids = Ids(fi["actors"]);
  ASSERT_FALSE(ids.empty());
  EXPECT_EQ(ids.front(), "country:FJI");  // a name's start beats a surname's
  EXPECT_EQ(fi["actors"][0]["match"], "name");
  EXPECT_NE(std::find(ids.begin(), ids.end(), "person:lupe-fifita"), ids.end());
  EXPECT_EQ(fi["actors"].back()["match"], "word");

  actorgraph::Json vatu = Ok(api_->Search({{"q", "VATU"}}));  // a word of a name, any case
  ASSERT_EQ(Ids(vatu["actors"]), std::vector<std::string>{"person:sereana-vatu"});
  EXPECT_EQ(vatu["actors"][0]["name"], "Sereana Vatu");

  actorgraph::Json exact = Ok(api_->Search({{"q", "tonga"}}));
  EXPECT_EQ(exact["actors"][0]["id"], "country:TON");

  EXPECT_TRUE(Ok(api_->Search({{"q", ""}}))["actors"].empty());
  EXPECT_TRUE(Ok(api_->Search({{"q", "zzz"}}))["actors"].empty());
  EXPECT_EQ(Ok(api_->Search({{"q", "a"}, {"limit", "1"}}))["actors"].size(), 1u);
}

TEST_F(ServeApiTest, GraphHoldsTheEdgesWithTheirCounts) {
  actorgraph::Json g = Ok(api_->Graph({}));
  EXPECT_EQ(g["capped"], false);
  EXPECT_EQ(g["total_nodes"], g["nodes"].size());
  const actorgraph::Json* accuses = nullptr;
  for (const actorgraph::Json& e : g["edges"]) {
    if (e["id"] == "accuses|country:FJI|country:AUS") accuses = &e;
  }
  ASSERT_NE(accuses, nullptr) << g.dump(2);
  EXPECT_EQ((*accuses)["weight"], 1);     // one claim
  EXPECT_EQ((*accuses)["documents"], 2);  // printed twice
  EXPECT_EQ((*accuses)["statements"], 2);
  const std::vector<std::string> nodes = Ids(g["nodes"]);
  for (const actorgraph::Json& e : g["edges"]) {
    for (const char* end : {"source", "target"}) {
      EXPECT_NE(std::find(nodes.begin(), nodes.end(), e[end]), nodes.end()) << e.dump();
    }
  }
}

// The server selects a neighbourhood from the edges near its centre; the
// answer is what selecting it from the whole graph gives.
TEST_F(ServeApiTest, ANeighbourhoodIsTheSameAsFromTheWholeGraph) {
  const actorgraph::Json whole = Ok(api_->Graph({}));
  ASSERT_GT(whole["nodes"].size(), 3u);
  for (const char* types : {"", "accuses", "accuses,denies,affiliated_with"}) {
    for (const actorgraph::Json& node : whole["nodes"]) {
      for (const char* depth : {"1", "2"}) {
        const std::string id = node["id"];
        ApiParams params{{"actor", id}, {"depth", depth}};
        Selection selection;
        selection.centres = {id};
        selection.depth = depth[0] - '0';
        if (*types) {
          params.emplace("types", types);
          selection.types = *Types(types);
        }
        auto got = api_->Graph(params);
        auto view = LoadGraph(*store_, selection);
        if (!view.ok()) {  // the centre has no edge of these types
          EXPECT_FALSE(got.ok()) << id << " " << types;
          continue;
        }
        actorgraph::Json want = Ok(GraphJson(*store_, *view, /*details=*/false));
        ASSERT_TRUE(got.ok()) << id << " " << types << ": " << got.status().message();
        EXPECT_EQ((*got)["nodes"], want["nodes"]) << id << " " << types;
        EXPECT_EQ((*got)["edges"], want["edges"]) << id << " " << types;
      }
    }
  }
}

TEST_F(ServeApiTest, GraphIsCappedAndSaysSo) {
  const size_t all = Ok(api_->Graph({}))["nodes"].size();
  ASSERT_GT(all, 2u);
  actorgraph::Json g = Ok(api_->Graph({{"top", "2"}}));
  EXPECT_EQ(g["capped"], true);
  EXPECT_EQ(g["total_nodes"], all);
  EXPECT_EQ(g["nodes"].size(), 2u);
}

TEST_F(ServeApiTest, GraphNarrowsByActorTypeAndDate) {
  actorgraph::Json tonga = Ok(api_->Graph({{"actor", "Tonga"}, {"types", "accuses"}}));
  EXPECT_EQ(Ids(tonga["edges"]), std::vector<std::string>{"accuses|country:TON|country:FJI"});

  actorgraph::Json march = Ok(api_->Graph({{"since", "2026-03"}, {"types", "accuses,denies"}}));
  EXPECT_EQ(Ids(march["edges"]), std::vector<std::string>{"accuses|country:TON|country:FJI"});
}

TEST_F(ServeApiTest, BadRequestsAreErrorsThatSayWhy) {
  auto bad_top = api_->Graph({{"top", "abc"}});
  ASSERT_FALSE(bad_top.ok());
  EXPECT_EQ(bad_top.status().code(), Status::Code::kInvalidArgument);
  EXPECT_NE(bad_top.status().message().find("top"), std::string::npos);

  auto bad_type = api_->Graph({{"types", "praises"}});
  ASSERT_FALSE(bad_type.ok());
  EXPECT_EQ(bad_type.status().code(), Status::Code::kInvalidArgument);

  auto bad_date = api_->Evidence({{"type", "accuses"}, {"source", "country:FJI"},
                                  {"target", "country:AUS"}, {"since", "March"}});
  ASSERT_FALSE(bad_date.ok());
  EXPECT_EQ(bad_date.status().code(), Status::Code::kInvalidArgument);

  auto nobody = api_->Actor({{"id", "nobody-at-all"}});
  ASSERT_FALSE(nobody.ok());
  EXPECT_EQ(nobody.status().code(), Status::Code::kNotFound);

  auto twice = api_->Search({{"q", "a"}, {"q", "b"}});
  EXPECT_FALSE(twice.ok());
  EXPECT_FALSE(api_->Actor({}).ok());  // id is required
}

TEST_F(ServeApiTest, EvidenceGroupsCopiesAndMarksTheCue) {
  actorgraph::Json ev = Ok(api_->Evidence(
      {{"type", "accuses"}, {"source", "country:FJI"}, {"target", "country:AUS"}}));
  EXPECT_EQ(ev["source_name"], "Fiji");
  EXPECT_EQ(ev["target_name"], "Australia");
  EXPECT_EQ(ev["total"], 2);  // two statements, one claim
  ASSERT_EQ(ev["statements"].size(), 1u);
  const actorgraph::Json& st = ev["statements"][0];
  EXPECT_EQ(st["match"], "accused");
  EXPECT_EQ(st["before"], "SUVA, Feb 10 - Fiji on Tuesday ");
  EXPECT_EQ(st["after"].get<std::string>().rfind(" Australia of leaking", 0), 0u);
  EXPECT_EQ(st["sources"], 2);
  EXPECT_EQ(st["source_documents"], actorgraph::Json::array({"reef-1", "reef-2"}));
  EXPECT_EQ(st["document"], "reef-1");
  EXPECT_EQ(st["url"], "https://news.example/reef-1");
  EXPECT_EQ(st["title"], "Fiji accuses Australia over reef survey <b>leak</b>");  // text, as written

  actorgraph::Json later = Ok(api_->Evidence({{"type", "accuses"}, {"source", "Fiji"},
                                  {"target", "Australia"}, {"since", "2026-02-11"}}));
  EXPECT_EQ(later["total"], 1);
  EXPECT_EQ(later["statements"][0]["document"], "reef-2");
}

TEST_F(ServeApiTest, ActorProfileAndTimeline) {
  actorgraph::Json fiji = Ok(api_->Actor({{"id", "country:FJI"}}));
  EXPECT_EQ(fiji["name"], "Fiji");
  EXPECT_EQ(fiji["counts"]["accuses"], 2);  // two statements, one claim
  EXPECT_EQ(fiji["counts"]["accuses_received"], 1);

  actorgraph::Json months = Ok(api_->Timeline({{"actor", "country:FJI"}, {"by", "month"}}));
  ASSERT_EQ(months.size(), 2u);
  EXPECT_EQ(months[0]["period"], "2026-02");
  EXPECT_EQ(months[1]["period"], "2026-03");
}

TEST_F(ServeApiTest, TheViewFollowsAnIngestAfterCatchUp) {
  Api& api = *api_;
  ASSERT_TRUE(Ok(api.Search({{"q", "samoa"}}))["actors"].empty());
  const std::string more = tmp_ / "more.txt";
  WriteFile(more, "Samoa accuses Tonga over fishing fleet\n\n"
                  "APIA, April 4 - Samoa on Friday accused Tonga of letting its fishing fleet "
                  "into Samoan waters.\n");
  RunResult r = Actorgraph("ingest --db " + db_ + " " + more);
  ASSERT_EQ(r.code, 0) << r.err;

  auto moved = store_->CatchUp();
  ASSERT_TRUE(moved.ok()) << moved.status().message();
  EXPECT_TRUE(*moved);
  api.Refresh();
  actorgraph::Json g = Ok(api.Graph({{"types", "accuses"}}));
  std::vector<std::string> edges = Ids(g["edges"]);
  EXPECT_NE(std::find(edges.begin(), edges.end(), "accuses|country:WSM|country:TON"),
            edges.end());
  auto again = store_->CatchUp();
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(*again);
}

}  // namespace
}  // namespace actorgraph::testing
