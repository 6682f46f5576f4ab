// `actorgraph export --format html`: one file holding the page, its scripts
// and the selection's data, safe to open from disk. The browser test
// (tests/browser/serve_browser_test.py) opens it in Chromium; this checks
// what can be checked without one: nothing from the news can end a script
// element early, and the data is all there.
#include <regex>

#include <nlohmann/json.hpp>

#include "serve/page.h"
#include "tests/e2e/cli_test.h"

namespace actorgraph::testing {
namespace {

// The JSON assigned to window.ACTORGRAPH_DATA in `page`.
nlohmann::json DataOf(const std::string& page) {
  const std::string start = "window.ACTORGRAPH_DATA = ";
  const size_t from = page.find(start);
  if (from == std::string::npos) return nullptr;
  const size_t to = page.find(";</script>", from);
  if (to == std::string::npos) return nullptr;
  return nlohmann::json::parse(page.substr(from + start.size(), to - from - start.size()),
                               nullptr, false);
}

TEST(HtmlExportTest, TheFileHoldsTheGraphProfilesAndEvidence) {
  TempDir tmp;
  const std::string db = tmp / "store.db";
  ASSERT_EQ(Actorgraph("ingest --db " + db + " " + DataFile("serve.jsonl")).code, 0);
  const std::string out = tmp / "graph.html";
  RunResult r = Actorgraph("export --db " + db + " --format html --out " + out);
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string page = ReadFile(out);

  // No network: no script or style from anywhere else.
  EXPECT_EQ(page.find("src=\"http"), std::string::npos);
  EXPECT_EQ(page.find("<script src="), std::string::npos);
  EXPECT_NE(page.find("cytoscape"), std::string::npos);

  nlohmann::json data = DataOf(page);
  ASSERT_TRUE(data.is_object()) << "no data in the page";
  EXPECT_EQ(data["mode"], "file");
  std::vector<std::string> nodes;
  for (const auto& n : data["graph"]["nodes"]) nodes.push_back(n["id"]);
  for (const char* id : {"country:FJI", "country:AUS", "country:TON"}) {
    EXPECT_NE(std::find(nodes.begin(), nodes.end(), id), nodes.end()) << id;
    EXPECT_TRUE(data["actors"].contains(id)) << id;
  }
  const auto& evidence = data["evidence"]["accuses|country:FJI|country:AUS"];
  ASSERT_TRUE(evidence.is_object());
  EXPECT_EQ(evidence["statements"][0]["match"], "accused");
  // The hostile title and quote are data, whole, and never markup.
  EXPECT_NE(data.dump().find("</script><script>window.pwned=3</script>"), std::string::npos);
}

TEST(HtmlExportTest, NothingInTheDataEndsItsScript) {
  Json data;
  data["a"] = "</script><script>alert(1)</script>";
  data["b"] = "</SCRIPT >";
  data["c"] = "<!-- <script>";
  data["d"] = "line\u2028break";
  auto page = StandalonePage(data);
  ASSERT_TRUE(page.ok()) << page.status().message();
  // Every "</script" left closes one of the page's own script elements.
  std::regex close("</script", std::regex::icase);
  std::regex open("<script", std::regex::icase);
  const auto count = [&](const std::regex& re) {
    return std::distance(std::sregex_iterator(page->begin(), page->end(), re),
                         std::sregex_iterator());
  };
  EXPECT_EQ(count(close), count(open));
  EXPECT_EQ(page->find("<!-- <script>"), std::string::npos);
  EXPECT_EQ(page->find("alert(1)"), page->rfind("alert(1)"));  // once, escaped
  EXPECT_EQ(DataOf(*page), nlohmann::json::parse(data.dump()));
}

}  // namespace
}  // namespace actorgraph::testing
