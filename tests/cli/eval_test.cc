#include "cli/eval.h"

#include <gtest/gtest.h>

#include <string>

namespace actorgraph {
namespace {

TEST(EvalTest, JaccardAtExactlyHalfMatchesAndJustBelowDoesNot) {
  struct Case {
    Span a, b;
    bool match;
  } cases[] = {
      {{0, 10}, {0, 10}, true},
      {{0, 10}, {0, 5}, true},    // 5 / 10 = 0.5
      {{0, 10}, {0, 4}, false},   // 4 / 10
      {{0, 6}, {2, 8}, true},     // 4 / 8 = 0.5
      {{0, 6}, {3, 9}, false},    // 3 / 9
      {{0, 10}, {10, 20}, false}, // touching, no overlap
      {{0, 0}, {0, 0}, false},    // empty spans never match
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(testing::Message() << "[" << c.a.start << "," << c.a.end << ") vs ["
                                    << c.b.start << "," << c.b.end << ")");
    EXPECT_EQ(QuoteSpansMatch(c.a, c.b), c.match);
    EXPECT_EQ(QuoteSpansMatch(c.b, c.a), c.match);
  }
  EXPECT_DOUBLE_EQ(Jaccard({0, 6}, {2, 8}), 0.5);
}

TEST(EvalTest, ByteOffsetsBecomeCodePoints) {
  // "Zoë said “no”." : ë is 2 bytes, the curly quotes 3 bytes each.
  std::string text = "Zo\xC3\xAB said \xE2\x80\x9Cno\xE2\x80\x9D.";
  CodePointMap map(text);
  EXPECT_EQ(map.code_points(), 14u);
  EXPECT_EQ(map.ToCodePoint(2), 2u);   // ë starts
  EXPECT_EQ(map.ToCodePoint(3), 2u);   // inside ë
  EXPECT_EQ(map.ToCodePoint(4), 3u);   // the space after ë
  EXPECT_EQ(map.ToCodePoint(11), 9u);  // inside “
  EXPECT_EQ(map.ToCodePoint(13), 10u); // "n" after the 3-byte “
  EXPECT_EQ(map.ToCodePoint(static_cast<uint32_t>(text.size())), 14u);
  EXPECT_EQ(map.ToCodePoints(Span{13, 15}), (Span{10, 12}));  // "no"
  std::u32string cps = DecodeUtf8(text);
  EXPECT_EQ(cps.substr(10, 2), U"no");
}

DocumentFacts OneQuote(Span bytes, std::optional<Span> speaker_bytes, bool direct) {
  DocumentFacts facts;
  facts.document = "d";
  Quote q;
  q.span = bytes;
  q.speaker_mention = speaker_bytes;
  q.direct = direct;
  facts.quotes.push_back(q);
  return facts;
}

GoldQuote Gold(Span span, std::optional<Span> speaker, bool direct) {
  GoldQuote g;
  g.span = span;
  g.speaker = speaker;
  g.direct = direct;
  return g;
}

TEST(EvalTest, NonAsciiQuoteIsMatchedAfterOffsetConversion) {
  // Greek letters and « » take two bytes each, so byte offsets run far
  // ahead of code points: unconverted, the predicted span would miss.
  std::string text = "Ελένη είπε «καλά».";
  // Code points: Ελένη [0,5), « 11, καλά [12,16), » 16. Gold includes the marks.
  GoldDocument gold{"d", text, std::vector<GoldQuote>{Gold({11, 17}, Span{0, 5}, true)}, std::nullopt, std::nullopt, false};
  uint32_t quote_byte = static_cast<uint32_t>(text.find("καλά"));
  ASSERT_EQ(quote_byte, 22u);
  EvalReport report;
  ScoreDocument(gold, OneQuote({22, 30}, Span{0, 10}, true), &report);
  EXPECT_EQ(report.all.span, (Counts{1, 0, 0}));
  EXPECT_EQ(report.all.attribution, (Counts{1, 0, 0}));
  EXPECT_EQ(report.direct.span, (Counts{1, 0, 0}));
  EXPECT_EQ(report.indirect.span, (Counts{0, 0, 0}));
}

TEST(EvalTest, AttributionNeedsOverlappingSpeakerSpan) {
  std::vector<GoldQuote> gold = {Gold({20, 40}, Span{0, 5}, false)};
  struct Case {
    std::optional<Span> speaker;
    Counts want;
  } cases[] = {
      {Span{4, 9}, {1, 0, 0}},      // overlaps by one code point
      {Span{5, 9}, {0, 1, 1}},      // touches only
      {std::nullopt, {0, 1, 1}},    // no speaker: a wrong prediction
  };
  for (const Case& c : cases) {
    QuoteScores s = ScoreQuotes(gold, {{{20, 40}, c.speaker}});
    SCOPED_TRACE(testing::Message() << "speaker " << (c.speaker ? int(c.speaker->start) : -1));
    EXPECT_EQ(s.span, (Counts{1, 0, 0}));
    EXPECT_EQ(s.attribution, c.want);
  }
}

TEST(EvalTest, UnattributedGoldQuotesAreLeftOutOfAttribution) {
  std::vector<GoldQuote> gold = {Gold({0, 10}, std::nullopt, false), Gold({20, 30}, Span{40, 45}, false)};
  std::vector<PredictedQuote> predicted = {{{0, 10}, Span{50, 52}}, {{60, 70}, Span{40, 45}}};
  QuoteScores s = ScoreQuotes(gold, predicted);
  EXPECT_EQ(s.span, (Counts{1, 1, 1}));
  EXPECT_EQ(s.attribution, (Counts{0, 1, 1}));
}

TEST(EvalTest, MatchingIsOneToOneByBestOverlap) {
  // Both predictions overlap gold 0 by >= 0.5; the better one wins, the
  // other is a false positive.
  std::vector<GoldQuote> gold = {Gold({0, 10}, std::nullopt, false)};
  QuoteScores s = ScoreQuotes(gold, {{{0, 6}, std::nullopt}, {{0, 9}, std::nullopt}});
  EXPECT_EQ(s.span, (Counts{1, 1, 0}));
}

TEST(EvalTest, F1Arithmetic) {
  Counts c{6, 2, 4};
  EXPECT_DOUBLE_EQ(c.Precision(), 0.75);
  EXPECT_DOUBLE_EQ(c.Recall(), 0.6);
  EXPECT_DOUBLE_EQ(c.F1(), 2 * 0.75 * 0.6 / 1.35);
  Counts empty;
  EXPECT_EQ(empty.Precision(), 0.0);
  EXPECT_EQ(empty.F1(), 0.0);
}

TEST(EvalTest, ActorTypesMapToConllTypes) {
  EXPECT_EQ(ConllType(ActorType::kPerson), "PER");
  EXPECT_EQ(ConllType(ActorType::kAgency), "ORG");
  EXPECT_EQ(ConllType(ActorType::kOrganization), "ORG");
  EXPECT_EQ(ConllType(ActorType::kCountry), "LOC");
  EXPECT_EQ(ConllType(ActorType::kLocation), "LOC");
  EXPECT_EQ(ConllType(ActorType::kGroup), "MISC");
}

TEST(EvalTest, EntitiesScoredExactAndByOverlapPerType) {
  // "Dr Ann Lee of Acme Corp met Ann Lee in Paris ."
  std::string text = "Dr Ann Lee of Acme Corp met Ann Lee in Paris .";
  GoldDocument gold{"d", text, std::nullopt,
                    std::vector<GoldEntity>{{{3, 10}, "PER"},
                                            {{14, 23}, "ORG"},
                                            {{28, 35}, "PER"},
                                            {{39, 44}, "LOC"}},
                    std::nullopt, false};
  DocumentFacts facts;
  Actor lee{"person:ann-lee", "Ann Lee", ActorType::kPerson, {}, {{"d", {0, 10}}, {"d", {28, 35}}}};
  Actor acme{"org:acme", "Acme Corp", ActorType::kOrganization, {}, {{"d", {14, 23}}}};
  Actor paris{"group:paris", "Paris", ActorType::kGroup, {}, {{"d", {39, 44}}}};
  facts.actors = {lee, acme, paris};
  EvalReport report;
  ScoreDocument(gold, facts, &report);
  EXPECT_EQ(report.entities_exact["PER"], (Counts{1, 1, 1}));
  EXPECT_EQ(report.entities_lenient["PER"], (Counts{2, 0, 0}));
  EXPECT_EQ(report.entities_exact["ORG"], (Counts{1, 0, 0}));
  EXPECT_EQ(report.entities_exact["LOC"], (Counts{0, 0, 1}));  // typed MISC
  EXPECT_EQ(report.entities_exact["MISC"], (Counts{0, 1, 0}));
  EXPECT_EQ(report.gold_quotes, 0u);  // no "quotes" key: not scored
}

TEST(EvalTest, DirectGoldOnlyWhenTheQuotationIsTheStatement) {
  EXPECT_TRUE(IsDirectGold(U"plain words", true));  // a span without its marks
  EXPECT_TRUE(IsDirectGold(U"\u201CWe will win,\u201D", false));
  EXPECT_TRUE(IsDirectGold(U"''We will win.''", false));
  EXPECT_TRUE(IsDirectGold(U"\"We will win,\" she said. \"Soon.\"", false));
  // Mixed quotations are reported speech, flagged or not.
  EXPECT_FALSE(IsDirectGold(U"that it was \"a disgrace\".", false));
  EXPECT_FALSE(IsDirectGold(U"that it was \"a disgrace\".", true));
  EXPECT_FALSE(IsDirectGold(U"\"A disgrace,\" she wrote on Monday", false));
  EXPECT_FALSE(IsDirectGold(U"that the plan failed", false));
  EXPECT_FALSE(IsDirectGold(U"that it hurt the Democrats\u2019", false));
}

TEST(EvalTest, ParseErrorsNameTheField) {
  struct Case {
    const char* line;
    const char* error;  // empty: parses
  } cases[] = {
      {R"({"id":"a","text":"abc"})", ""},
      {R"({"id":"a","text":"\u00e9t\u00e9","quotes":[{"start":0,"end":3,"speaker":null,"speaker_start":null,"speaker_end":null}]})", ""},
      {R"({"id":"a","text":"abc")", "not valid JSON"},
      {R"(["a"])", "not a JSON object"},
      {R"({"text":"abc"})", "\"id\" must be a string"},
      {R"({"id":"a","text":"abc","quotes":{}})", "\"quotes\" must be an array"},
      {R"({"id":"a","text":"\u00e9t\u00e9","quotes":[{"start":0,"end":4}]})",
       "quotes[0]: \"end\" 4 is outside the text's 3 code points"},
      {R"({"id":"a","text":"abc","quotes":[{"start":2,"end":1}]})",
       "quotes[0]: \"end\" is before \"start\""},
      {R"({"id":"a","text":"abc","entities":[{"start":0,"end":1}]})",
       "entities[0]: \"type\" must be a string"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.line);
    auto doc = ParseGoldDocument(c.line);
    EXPECT_EQ(doc.status().message(), c.error);
  }
}

}  // namespace
}  // namespace actorgraph

namespace actorgraph {
namespace {

TEST(EvalTest, CueFamiliesFollowTheStemsOfTheCue) {
  EXPECT_EQ(CueFamily("accused"), RelationType::kAccuses);
  EXPECT_EQ(CueFamily("has long blamed"), RelationType::kAccuses);
  EXPECT_EQ(CueFamily("denied the notion"), RelationType::kDenies);
  EXPECT_EQ(CueFamily("denials"), RelationType::kDenies);
  EXPECT_EQ(CueFamily("denounced"), RelationType::kCriticizes);  // not a denial
  EXPECT_EQ(CueFamily("criticized"), RelationType::kCriticizes);
  EXPECT_EQ(CueFamily("said"), std::nullopt);
}

TEST(EvalTest, RelationsMatchGoldCueAndSpeaker) {
  // "Norway accused Sweden. Finland blamed Estonia." Gold: both accusations;
  // predicted: Norway's (right source mention) and Finland's named at the
  // wrong place (a miss and a false positive).
  std::string text = "Norway accused Sweden. Finland blamed Estonia.";
  GoldQuote a = Gold({15, 21}, Span{0, 6}, false);
  a.cue = "accused";
  a.cue_start = 7;
  GoldQuote b = Gold({38, 45}, Span{23, 30}, false);
  b.cue = "blamed";
  b.cue_start = 31;
  GoldDocument gold{"d", text, std::vector<GoldQuote>{a, b}, std::nullopt, std::nullopt, false};
  DocumentFacts facts;
  Relation r1;
  r1.type = RelationType::kAccuses;
  r1.source = "country:NOR";
  r1.target = "country:SWE";
  r1.span = {0, 22};
  r1.cue = "accused";
  r1.source_mention = Span{0, 6};
  Relation r2 = r1;
  r2.source = "country:FIN";
  r2.span = {23, 46};
  r2.cue = "blamed";
  r2.source_mention = Span{38, 45};  // names Estonia, not the speaker
  facts.relations = {r1, r2, r1};   // a repeated edge counts once
  EvalReport report;
  ScoreDocument(gold, facts, &report);
  EXPECT_EQ(report.relations[RelationType::kAccuses], (Counts{1, 1, 1}));
}

TEST(EvalTest, EventRecordsCountTheirEdges) {
  auto doc = [](const char* codes, bool none) {
    std::string line = std::string(R"({"id": "r", "text": "Norway condemned Sweden.", "events": [)") +
                       codes + R"(], "meta": {"noevents": )" + (none ? "true" : "false") + "}}";
    auto parsed = ParseGoldDocument(line);
    EXPECT_TRUE(parsed.ok());
    return *parsed;
  };
  Relation criticism;
  criticism.type = RelationType::kCriticizes;
  criticism.source = "country:NOR";
  criticism.target = "country:SWE";
  DocumentFacts with_edge;
  with_edge.relations = {criticism};
  EvalReport report;
  ScoreDocument(doc(R"({"code": "CAMEO:112"})", false), with_edge, &report);
  ScoreDocument(doc(R"({"code": "CAMEO:111"})", false), DocumentFacts(), &report);
  ScoreDocument(doc("", true), with_edge, &report);
  EXPECT_EQ(report.accuse_events.records, 1u);
  EXPECT_EQ(report.accuse_events.with_type, 0u);    // no accuses edge
  EXPECT_EQ(report.accuse_events.with_family, 1u);  // but a DISAPPROVE one
  EXPECT_EQ(report.criticize_events.records, 1u);
  EXPECT_EQ(report.criticize_events.with_family, 0u);
  EXPECT_EQ(report.no_event_records, 1u);
  EXPECT_EQ(report.no_event_records_with_edge, 1u);
}

}  // namespace
}  // namespace actorgraph
