// End to end: the selection flags of export and render (graph/selection.h),
// checked through what real consumers read back: Graphviz's `dot -Tplain`
// for DOT and the Cap'n Proto reader for capnp.
#include <set>
#include <sstream>
#include <string>

#include "export/exporters.h"
#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

// Two dated reports of our own (tests/data/jamming.jsonl):
//   barents-jamming, 2024-03-04: Norway accuses Russia and China; Ingrid
//     Solberg (Norwegian Coastal Administration, Arctic Policy Forum) is
//     quoted on both; both deny.
//   moscow-reply, 2024-03-06: Finland blamed Russia; Russia rejects.
class ExportSelectionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = tmp_ / "store.db";
    RunResult r = Actorgraph("ingest --db " + db_ + " " + DataFile("jamming.jsonl"));
    ASSERT_EQ(r.code, 0) << r.err;
  }

  // The actor keys Graphviz reads from `export --format dot FLAGS`, legend
  // nodes left out.
  std::set<std::string> DotActors(const std::string& flags) {
    std::string dot = tmp_ / "g.dot";
    RunResult r = Actorgraph("export --db " + db_ + " --format dot --out " + dot + " " + flags);
    EXPECT_EQ(r.code, 0) << flags << ": " << r.err;
    RunResult plain = Shell("dot -Tplain " + dot);
    EXPECT_EQ(plain.code, 0) << plain.err;
    std::set<std::string> keys;
    std::istringstream lines(plain.out);
    for (std::string line; std::getline(lines, line);) {
      std::istringstream words(line);
      std::string kind, name;
      words >> kind >> name;
      if (kind != "node") continue;
      if (name.size() >= 2 && name.front() == '"') name = name.substr(1, name.size() - 2);
      if (name.rfind("legend:", 0) != 0) keys.insert(name);
    }
    return keys;
  }

  TempDir tmp_;
  std::string db_;
};

using Keys = std::set<std::string>;

TEST_F(ExportSelectionTest, FlagsChooseTheActorsDrawn) {
  const struct {
    std::string flags;
    Keys actors;
  } cases[] = {
      {"", Keys{"country:NOR", "country:RUS", "country:CHN", "country:FIN",
                "person:ingrid-solberg", "agency:norwegian-coastal-administration",
                "org:arctic-policy-forum", "person:pavel-orlov", "agency:foreign-ministry"}},
      {"--actor 'ingrid solberg' --depth 1",
       Keys{"person:ingrid-solberg", "agency:norwegian-coastal-administration",
            "org:arctic-policy-forum", "country:RUS", "country:CHN"}},
      {"--actor Finland --depth 1", Keys{"country:FIN", "country:RUS"}},
      {"--since 2024-03-05",
       Keys{"country:FIN", "country:RUS", "person:pavel-orlov", "agency:foreign-ministry"}},
      {"--until 2024-03-04 --type accuses", Keys{"country:NOR", "country:RUS", "country:CHN"}},
      {"--type accuses --top 2", Keys{"country:NOR", "country:RUS"}},
      {"--doc moscow-reply --type denies", Keys{"country:FIN", "country:RUS"}},
      {"--min-weight 2", Keys{}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(DotActors(c.flags), c.actors) << c.flags;
  }
}

TEST_F(ExportSelectionTest, CapnpCarriesTheSameSelection) {
  const std::string flags = "--actor 'ingrid solberg' --depth 1";
  std::string file = tmp_ / "sel.capnp";
  RunResult r = Actorgraph("export --db " + db_ + " --format capnp --out " + file + " " + flags);
  ASSERT_EQ(r.code, 0) << r.err;
  auto corpus = ImportCapnp(file);
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  Keys actors;
  for (const Actor& a : corpus->actors) actors.insert(a.id);
  EXPECT_EQ(actors, DotActors(flags));
  ASSERT_EQ(corpus->documents.size(), 1u);
  EXPECT_EQ(corpus->documents[0].id, "barents-jamming");
  for (const Relation& rel : corpus->relations) {
    EXPECT_TRUE(actors.count(rel.source)) << rel.source;
    EXPECT_NE(rel.source, "country:NOR") << "Norway is two hops from Solberg";
  }
  size_t by_solberg = 0;
  for (const Quote& q : corpus->quotes) {
    EXPECT_TRUE(actors.count(q.speaker)) << q.speaker << ": " << q.text;
    by_solberg += q.speaker == "person:ingrid-solberg";
  }
  EXPECT_EQ(by_solberg, 2u);
}

TEST_F(ExportSelectionTest, RenderTakesTheSameFlags) {
  std::string out = tmp_ / "ego.svg";
  RunResult r = Actorgraph("render --db " + db_ + " --format svg --out " + out +
                           " --actor Finland --layout neato");
  ASSERT_EQ(r.code, 0) << r.err;
  std::string svg = ReadFile(out);
  EXPECT_NE(svg.find("Finland"), std::string::npos);
  EXPECT_EQ(svg.find("Solberg"), std::string::npos) << "outside Finland's ego network";
}

TEST_F(ExportSelectionTest, BadSelectionsAreClearErrors) {
  const struct {
    std::string args;
    int code;
    std::string message;
  } cases[] = {
      {"--format dot --actor 'Ingrid Solberk'", 1, "did you mean"},
      {"--format dot --since 2024/03", 2, "bad date '2024/03'"},
      {"--format png", 2, "name a file with --out"},
      {"--format csv", 2, "name a directory with --out DIR"},
      {"--format dot --top-by fame", 2, "--top-by"},
  };
  for (const auto& c : cases) {
    RunResult r = Actorgraph("export --db " + db_ + " " + c.args);
    EXPECT_EQ(r.code, c.code) << c.args << ": " << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.args << ": " << r.err;
  }
}

}  // namespace
}  // namespace actorgraph::testing
