// End to end: what `render` leaves out of a picture unless asked
// (export/picture_defaults.h), and the one stderr line for each step, through
// the real binary.
#include <string>

#include "export/exporters.h"
#include "export/picture_defaults.h"
#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

bool Has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// tests/data/jamming.jsonl, our own two reports: Norway, Finland, Russia and
// China accuse and deny; Ingrid Solberg is quoted on Russia and China. Four
// affiliations: Solberg with the Norwegian Coastal Administration and the
// Arctic Policy Forum, the Administration with Norway, Pavel Orlov with the
// foreign ministry; the Forum, the Administration, Orlov and the ministry
// have nothing else.
class RenderDefaultsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = tmp_ / "store.db";
    RunResult r = Actorgraph("ingest --db " + db_ + " " + DataFile("jamming.jsonl"));
    ASSERT_EQ(r.code, 0) << r.err;
  }

  RunResult Render(const std::string& flags) {
    return Actorgraph("render --db " + db_ + " --format svg --out " + svg() + " " + flags);
  }
  std::string svg() const { return tmp_ / "g.svg"; }

  TempDir tmp_;
  std::string db_;
};

TEST_F(RenderDefaultsTest, AffiliationsAreLeftOutWithOneLineSayingHowToGetThem) {
  RunResult r = Render("");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err,
            "actorgraph: note: left out 4 affiliated_with edges and 4 actors with no other "
            "relation; --affiliations draws them\n");
  std::string svg = ReadFile(this->svg());
  EXPECT_TRUE(Has(svg, "Ingrid Solberg")) << "she is quoted";
  EXPECT_FALSE(Has(svg, "Arctic Policy Forum")) << "only affiliated";
  EXPECT_FALSE(Has(svg, "Pavel Orlov")) << "only affiliated";
  EXPECT_FALSE(Has(svg, "affiliated_with"));

  for (const char* flags : {"--affiliations", "--type affiliated_with"}) {
    r = Render(flags);
    ASSERT_EQ(r.code, 0) << flags << ": " << r.err;
    EXPECT_EQ(r.err, "") << flags;
    svg = ReadFile(this->svg());
    EXPECT_TRUE(Has(svg, "Arctic Policy Forum")) << flags;
    EXPECT_TRUE(Has(svg, "affiliated_with")) << flags;
  }
}

TEST_F(RenderDefaultsTest, DotExportKeepsTheWholeSelection) {
  RunResult r = Actorgraph("export --db " + db_ + " --format dot");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_TRUE(Has(r.out, "Arctic Policy Forum"));
  EXPECT_TRUE(Has(r.out, "affiliated_with"));
}

TEST_F(RenderDefaultsTest, TheLegendListsOnlyTheTypesInThePicture) {
  RunResult r = Render("");
  ASSERT_EQ(r.code, 0) << r.err;
  std::string svg = ReadFile(this->svg());
  for (const char* shown : {">person<", ">country<", "accuses<", "denies<", "quotes<"}) {
    EXPECT_TRUE(Has(svg, shown)) << shown;
  }
  for (const char* absent : {">agency<", ">organization<", ">location<", ">group<",
                             "criticizes<", "affiliated_with<"}) {
    EXPECT_FALSE(Has(svg, absent)) << absent;
  }
}

// A store of `n` people of our own making, each quoting the next, and the
// first ten accusing one country, loaded through `import`.
std::string CrowdStore(const TempDir& tmp, int n) {
  Corpus c;
  c.documents.push_back(Document{"crowd", "A crowd", "2024-05-01", "", "test", 0, ""});
  Actor core;
  core.id = "country:NOR";
  core.name = "Norway";
  core.type = ActorType::kCountry;
  c.actors.push_back(core);
  auto person = [](int i) { return "person:envoy-" + std::to_string(i); };
  for (int i = 0; i < n; ++i) {
    Actor a;
    a.id = person(i);
    a.name = "Envoy Number" + std::to_string(i);
    a.type = ActorType::kPerson;
    c.actors.push_back(a);
    Relation r;
    r.document = "crowd";
    r.source = person(i);
    r.type = i < 10 ? RelationType::kAccuses : RelationType::kQuotes;
    r.target = i < 10 ? core.id : person((i + 1) % n);
    r.cue = "said";
    c.relations.push_back(r);
  }
  std::string file = tmp / "crowd.capnp";
  EXPECT_TRUE(ExportCapnp(c, file).ok());
  std::string db = tmp / "crowd.db";
  RunResult r = Actorgraph("import --db " + db + " " + file);
  EXPECT_EQ(r.code, 0) << r.err;
  return db;
}

// Nodes drawn in an SVG of ours: each has a tooltip "<type> <key>".
int NodesDrawn(const std::string& svg) {
  int n = 0;
  for (size_t at = svg.find("class=\"node\""); at != std::string::npos;
       at = svg.find("class=\"node\"", at + 1)) {
    ++n;
  }
  return n;
}

TEST(RenderTopTest, PastTheLimitTheMostCentralAreDrawnWithOneLineSayingSo) {
  TempDir tmp;
  const int people = 199;  // and Norway: 200 actors
  std::string db = CrowdStore(tmp, people);
  std::string svg = tmp / "g.svg";
  RunResult r = Actorgraph("render --db " + db + " --format svg --out " + svg);
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err,
            "actorgraph: note: drew the " + std::to_string(kPictureActors) +
                " most central of 200 actors (by degree); --top N draws N, --all draws every "
                "actor\n");
  std::string drawn = ReadFile(svg);
  EXPECT_LE(NodesDrawn(drawn), static_cast<int>(kPictureActors));
  EXPECT_GT(NodesDrawn(drawn), 100);
  EXPECT_TRUE(Has(drawn, "Norway")) << "the most central actor";

  // --top N keeps the N most central, less those left without an edge
  // among them (graph/selection.h).
  const struct {
    std::string flags;
    int fewest, most;
  } cases[] = {{"--all", 200, 200}, {"--top 0", 200, 200}, {"--top 20", 15, 20}};
  for (const auto& c : cases) {
    r = Actorgraph("render --db " + db + " --format svg --out " + svg + " " + c.flags);
    ASSERT_EQ(r.code, 0) << c.flags << ": " << r.err;
    EXPECT_EQ(r.err, "") << c.flags;
    const int nodes = NodesDrawn(ReadFile(svg));
    EXPECT_GE(nodes, c.fewest) << c.flags;
    EXPECT_LE(nodes, c.most) << c.flags;
  }
  r = Actorgraph("render --db " + db + " --format svg --out " + svg + " --all --top 5");
  EXPECT_EQ(r.code, 2) << "--all and --top exclude each other: " << r.err;
}

}  // namespace
}  // namespace actorgraph::testing
