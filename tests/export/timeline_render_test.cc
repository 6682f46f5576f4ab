// RenderTimeline, read back from the SVG that gvc writes.
#include "export/timeline_render.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>

#include "tests/testing/files.h"
#include "tests/testing/svg.h"

namespace actorgraph {
namespace {

using testing::Joined;
using testing::ReadFile;
using testing::SvgNode;
using testing::SvgNodes;
using testing::SvgUnescape;
using testing::TempDir;

TimelineEvent Event(std::string date, RelationType type, bool from_first, std::string cue,
                    std::string evidence = "") {
  std::string document = "doc-" + date;
  return {std::move(date), type, from_first, std::move(cue), std::move(evidence),
          std::move(document)};
}

// Norway accuses Russia twice; Russia denies it, and criticises Norway.
// Given out of order.
Timeline Jamming() {
  Timeline t;
  t.first = "Norway";
  t.second = "Russia";
  t.events = {
      Event("2024-03-20", RelationType::kAccuses, true, "accused",
            "Norway again accused Russia of jamming signals."),
      Event("2024-03-06T07:00:00Z", RelationType::kDenies, false, "denied",
            "Russia denied Norway's accusation."),
      Event("2024-03-04", RelationType::kAccuses, true, "accused",
            "Norway accused Russia of jamming satellite signals."),
      Event("2024-03-12", RelationType::kCriticizes, false, "condemned",
            "Russia condemned Norway's naval exercise."),
  };
  return t;
}

// Where the PNG is kept for a person to look at, when ACTORGRAPH_KEEP_PNG is set.
void MaybeKeep(const Timeline& t) {
  if (const char* keep = std::getenv("ACTORGRAPH_KEEP_PNG")) {
    Status s = RenderTimeline(t, "png", keep);
    EXPECT_TRUE(s.ok()) << s.ToString();
  }
}

std::map<std::string, SvgNode> Render(const Timeline& t) {
  TempDir dir;
  const std::string path = dir.File("timeline.svg");
  Status s = RenderTimeline(t, "svg", path);
  EXPECT_TRUE(s.ok()) << s.ToString();
  return s.ok() ? SvgNodes(ReadFile(path)) : std::map<std::string, SvgNode>{};
}

TEST(TimelineRenderTest, EventsAreInDateOrderAlongTheAxisOneLaneADirection) {
  std::map<std::string, SvgNode> nodes = Render(Jamming());
  MaybeKeep(Jamming());
  const struct {
    const char* node;
    const char* date;
    const char* texts;
    bool above;
  } cases[] = {
      {"event1", "2024-03-04", "accused | Mar 4", true},
      {"event2", "2024-03-06T07:00:00Z", "denied | Mar 6", false},
      {"event3", "2024-03-12", "condemned | Mar 12", false},
      {"event4", "2024-03-20", "accused | Mar 20", true},
  };
  ASSERT_EQ(nodes.count("tick1-label"), 1u);
  const double axis = nodes["tick1-label"].y;
  EXPECT_EQ(nodes["tick1-label"].texts, std::vector<std::string>{"Mar 2024"});
  EXPECT_EQ(nodes["tick2-label"].texts, std::vector<std::string>{"Apr"});
  EXPECT_EQ(nodes.count("tick3"), 0u) << "one month, two ticks";
  double last_x = nodes["tick1-label"].x;
  for (const auto& c : cases) {
    SCOPED_TRACE(c.node);
    ASSERT_EQ(nodes.count(c.node), 1u);
    const SvgNode& n = nodes[c.node];
    EXPECT_EQ(n.tooltip.substr(0, n.tooltip.find(": ")), c.date) << n.tooltip;
    EXPECT_EQ(Joined(n.texts), c.texts);
    EXPECT_GT(n.x, last_x);
    last_x = n.x;
    EXPECT_EQ(n.y < axis, c.above) << n.y << " against the axis at " << axis;
  }
  EXPECT_LT(last_x, nodes["tick2-label"].x);
  EXPECT_EQ(nodes["lane-first"].texts, std::vector<std::string>{"Norway \u2192 Russia"});
  EXPECT_EQ(nodes["lane-second"].texts, std::vector<std::string>{"Russia \u2192 Norway"});
  EXPECT_LT(nodes["lane-first"].y, axis);
  EXPECT_GT(nodes["lane-second"].y, axis);
}

TEST(TimelineRenderTest, TheTitleNamesBothActorsAndTheFirstAndLastDays) {
  TempDir dir;
  ASSERT_TRUE(RenderTimeline(Jamming(), "svg", dir.File("t.svg")).ok());
  EXPECT_NE(SvgUnescape(ReadFile(dir.File("t.svg")))
                .find(">Norway and Russia: accusations and denials, 2024-03-04 \u2013 2024-03-20<"),
            std::string::npos);
}

TEST(TimelineRenderTest, TooltipsGiveWhoDidWhatAndTheEvidenceAsWritten) {
  Timeline t = Jamming();
  t.events.resize(2);
  t.events[0].evidence = "He said \"no\" & <b>never</b> \\ end";
  t.events[0].cue = "accused\\";
  std::map<std::string, SvgNode> nodes = Render(t);
  EXPECT_EQ(nodes["event2"].tooltip,
            "2024-03-20: Norway accuses Russia (accused\\)\n"
            "He said \"no\" & <b>never</b> \\ end\n"
            "document doc-2024-03-20");
  EXPECT_EQ(nodes["event1"].tooltip,
            "2024-03-06T07:00:00Z: Russia denies Norway (denied)\n"
            "Russia denied Norway's accusation.\n"
            "document doc-2024-03-06T07:00:00Z");
  EXPECT_EQ(nodes["event1-date"].tooltip, nodes["event1"].tooltip) << "its mark on the axis too";
  EXPECT_EQ(nodes["event2"].texts[0], "accused\\");
}

TEST(TimelineRenderTest, TheLegendHoldsOnlyTheTypesDrawn) {
  Timeline t = Jamming();
  EXPECT_EQ(Joined(Render(t)["legend"].texts),
            "\u2501\u2501\u25b6 accuses \u00d72 | \u2501\u2501\u25b7 criticizes | "
            "\u254c\u254c\u2524 denies");
  t.events.erase(t.events.begin() + 1, t.events.end());
  EXPECT_EQ(Joined(Render(t)["legend"].texts), "\u2501\u2501\u25b6 accuses");
}

TEST(TimelineRenderTest, BoxesTooCloseToSitSideBySideAreStacked) {
  Timeline t = Jamming();
  t.events.push_back(Event("2024-03-04", RelationType::kAccuses, true, "blamed"));
  std::map<std::string, SvgNode> nodes = Render(t);
  // Both on March 4, the second further from the axis.
  EXPECT_EQ(nodes["event1"].x, nodes["event2"].x);
  EXPECT_LT(nodes["event2"].y, nodes["event1"].y - 30);
}

TEST(TimelineRenderTest, SpansPastTwoYearsAreMarkedByYear) {
  Timeline t = Jamming();
  t.events[0].date = "2021-06";
  t.events[1].date = "2022";
  std::map<std::string, SvgNode> nodes = Render(t);
  std::vector<std::string> ticks;
  for (int i = 1; nodes.count("tick" + std::to_string(i)) > 0; ++i) {
    ticks.push_back(nodes["tick" + std::to_string(i) + "-label"].texts.at(0));
  }
  EXPECT_EQ(ticks, (std::vector<std::string>{"2021", "2022", "2023", "2024", "2025"}));
  // A month or a year is placed at its middle, and labelled as written.
  EXPECT_EQ(Joined(nodes["event1"].texts), "accused | Jun 2021");
  EXPECT_EQ(Joined(nodes["event2"].texts), "denied | 2022");
  EXPECT_NEAR(nodes["event2"].x, (nodes["tick2-label"].x + nodes["tick3-label"].x) / 2, 1);
}

TEST(TimelineRenderTest, WhatCannotBeDrawnIsAnErrorAndNoFile) {
  TempDir dir;
  const std::string path = dir.File("t.svg");
  Timeline none = Jamming();
  none.events.clear();
  Timeline undated = Jamming();
  undated.events[2].date = "last week";
  const struct {
    const Timeline* timeline;
    const char* format;
    const char* error;
  } cases[] = {
      {&none, "svg", "invalid argument: a timeline needs at least one event"},
      {&undated, "svg", "invalid argument: 'last week' is not a normalised date"},
      {&undated, "gif", "invalid argument: unknown format \"gif\" (valid: svg, png, pdf)"},
  };
  for (const auto& c : cases) {
    Status s = RenderTimeline(*c.timeline, c.format, path);
    EXPECT_EQ(s.ToString(), c.error);
    EXPECT_FALSE(std::filesystem::exists(path)) << c.error;
  }
}

}  // namespace
}  // namespace actorgraph
