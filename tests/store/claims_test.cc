// Claims (store/claims.h): one statement copied into many documents is one
// claim with many sources, and edges count claims. Texts are invented.
#include "store/claims.h"

#include <map>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "graph/graph_view.h"
#include "schemas/codec.h"
#include "store/keys.h"
#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace actorgraph::testing {
namespace {

using T = RelationType;

TEST(ClaimWordsTest, FoldsCaseQuotesPunctuationAndSpace) {
  EXPECT_EQ(ClaimWords("\u201cThe river's  DEAD,\u201d she said\u2014again."),
            "the rivers dead she said again");
  EXPECT_EQ(ClaimWords("'The river\u2019s dead', she said - again"),
            "the rivers dead she said again");
  // Figures keep their stops and commas; other stops separate.
  EXPECT_EQ(ClaimWords("It paid 12,500 crowns, or 3.2 mln.end"),
            "it paid 12,500 crowns or 3.2 mln end");
  // Letters beyond ASCII stay as written.
  EXPECT_EQ(ClaimWords("Zo\u00eb G\u00f6ransson\u00a0spoke"), "zo\u00eb g\u00f6ransson spoke");
  EXPECT_EQ(ClaimWords(" ... "), "");
}

TEST(ClaimTextTest, CopiesShareAnIdAndAWireDatelineIsNotPartOfIt) {
  const ClaimText a = MakeClaimText("Velmar ports will close to Ostrian ships from Monday.");
  const ClaimText b =
      MakeClaimText("ORVIK, May 2 (Lakewire) - \u201cVelmar ports will close to Ostrian ships "
                    "from Monday\u201d");
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.id, ExactClaimId(a.words));
  EXPECT_NE(a.id, MakeClaimText("Velmar ports will close to Ostrian ships from Tuesday.").id);
  // Only statements long enough are looked for among near copies.
  EXPECT_EQ(a.bands.size(), kClaimBands);
  EXPECT_TRUE(MakeClaimText("We will not pay.").bands.empty());
}

TEST(ClaimSimilarityTest, NearCopiesPassAndTemplatesWithOtherFiguresDoNot) {
  const std::string original = ClaimWords(
      "The harbour board said the new quay would open in June and take ships of every size "
      "from the northern fleet");
  // An editor's change of one word.
  const std::string edited = ClaimWords(
      "The harbour board said the new quay will open in June and take ships of every size from "
      "the northern fleet");
  EXPECT_GE(ClaimSimilarity(original, edited), kClaimThreshold);
  EXPECT_DOUBLE_EQ(ClaimSimilarity(original, original), 1.0);
  // The same template with other figures is another claim.
  const std::string a = ClaimWords("The board accepted a bid to sell 12,000 tonnes of barley to "
                                   "Ostria for delivery in May");
  const std::string b = ClaimWords("The board accepted a bid to sell 15,000 tonnes of barley to "
                                   "Ostria for delivery in May");
  EXPECT_EQ(ClaimSimilarity(a, b), 0.0);
  // Half of a statement is not the statement.
  EXPECT_LT(ClaimSimilarity(original, ClaimWords("The harbour board said the new quay would "
                                                 "open in June")),
            kClaimThreshold);
  // Short statements match exactly or not at all.
  EXPECT_EQ(ClaimSimilarity("we will not pay", "we will not pay"), 0.0);
}

TEST(ClaimFormatTest, SixteenLowercaseHexDigitsRoundTrip) {
  EXPECT_EQ(FormatClaim(0x00ab), "00000000000000ab");
  EXPECT_EQ(ParseClaim("00000000000000ab"), 0xabu);
  EXPECT_EQ(ParseClaim("00000000000000AB"), std::nullopt);
  EXPECT_EQ(ParseClaim("ab"), std::nullopt);
  EXPECT_EQ(ParseClaim("00000000000000ag"), std::nullopt);
}

// One wire story in five papers: the same accusation and quotation, one
// copy with an edited word and another opening with a dateline.
constexpr const char* kStory =
    "Mara Tesch accused the Ostrian navy of ramming a Velmar trawler off Kell island. "
    "\"The navy rammed our trawler twice and left the crew in the water,\" Tesch said.";

std::string Copy(int i) {
  std::string text = kStory;
  if (i == 2) text.replace(text.find("left"), 4, "abandoned");
  if (i == 3) text = "KELL, March 9 (Lakewire) - " + text;
  if (i == 4) text.replace(text.find("\"The"), 1, "\u201c");
  return text;
}

class ClaimStoreTest : public StoreTest {
 protected:
  void SetUp() override {
    store_ = Open();
    ASSERT_NE(store_, nullptr);
  }

  // Stores copy `i` of the story as document `id`.
  void PutCopy(const std::string& id, int i) {
    const std::string text = Copy(i);
    Document doc;
    doc.id = id;
    doc.date = "2031-03-0" + std::to_string(i + 1);
    doc.text = text;
    const uint32_t quote_start = static_cast<uint32_t>(text.find("The navy") );
    const uint32_t quote_end = static_cast<uint32_t>(text.find(",\"") == std::string::npos
                                                         ? text.find(",\u201d")
                                                         : text.find(",\""));
    const uint32_t sentence_end = static_cast<uint32_t>(text.find("island.") + 7);
    DocumentFacts facts{id, {}, {}, {}};
    facts.actors = {MakeActor("person:mara-tesch", "Mara Tesch", ActorType::kPerson, {"Tesch"},
                              id, {{0, 5}}),
                    MakeActor("org:ostrian-navy", "Ostrian navy", ActorType::kOrganization, {},
                              id, {{0, 5}})};
    Quote q = MakeQuote(id, "person:mara-tesch", quote_start,
                        text.substr(quote_start, quote_end - quote_start));
    q.speaker_mention.reset();
    facts.quotes = {q};
    Relation r = MakeRelation(T::kAccuses, "person:mara-tesch", "org:ostrian-navy", id, 0);
    r.span = {text.starts_with("KELL") ? 27u : 0u, sentence_end};
    facts.relations = {r};
    Result<PutOutcome> put = store_->Put(doc, facts);
    ASSERT_TRUE(put.ok()) << put.status().ToString();
  }

  EdgeCount TheEdge() {
    Result<std::vector<EdgeCount>> edges = store_->Edges(T::kAccuses);
    EXPECT_TRUE(edges.ok());
    if (!edges.ok() || edges->size() != 1) return {};
    return (*edges)[0];
  }

  std::unique_ptr<Store> store_;
};

TEST_F(ClaimStoreTest, FiveCopiesAreOneClaimWithFiveSources) {
  for (int i = 0; i < 5; ++i) PutCopy("paper-" + std::to_string(i), i);
  Result<std::vector<Quote>> quotes = store_->Quotes("person:mara-tesch");
  ASSERT_TRUE(quotes.ok());
  ASSERT_EQ(quotes->size(), 5u);
  for (const Quote& q : *quotes) EXPECT_EQ(q.claim, (*quotes)[0].claim) << q.document;
  EXPECT_NE((*quotes)[0].claim, 0u);

  const EdgeCount edge = TheEdge();
  EXPECT_EQ(edge.statements, 5u);
  EXPECT_EQ(edge.documents, 5u);
  EXPECT_EQ(edge.claims, 1u);

  // The graph has one edge of weight 1 (one claim), from the edges the
  // store keeps and from the relations alike.
  Result<Corpus> corpus = store_->GraphCorpus(false, false);
  ASSERT_TRUE(corpus.ok());
  GraphView view = BuildGraphView(std::move(corpus).value(), GraphFilter{});
  ASSERT_EQ(boost::num_edges(view.graph), 1u);
  const EdgeProps& props = view.graph[*boost::edges(view.graph).first];
  EXPECT_EQ(props.weight, 1u);
  EXPECT_EQ(props.statements, 5u);
  EXPECT_EQ(props.documents, 5u);
}

TEST_F(ClaimStoreTest, ClaimsFollowDocumentsReplacedAndRemoved) {
  for (int i = 0; i < 5; ++i) PutCopy("paper-" + std::to_string(i), i);
  // paper-1 now reports something else Tesch said of the navy.
  Document other;
  other.id = "paper-1";
  other.date = "2031-03-02";
  other.text = "Mara Tesch accused the Ostrian navy of hiding the trawler's log.";
  DocumentFacts facts{"paper-1", {}, {}, {}};
  facts.actors = {MakeActor("person:mara-tesch", "Mara Tesch", ActorType::kPerson, {}, "paper-1",
                            {{0, 10}}),
                  MakeActor("org:ostrian-navy", "Ostrian navy", ActorType::kOrganization, {},
                            "paper-1", {{23, 35}})};
  Relation r = MakeRelation(T::kAccuses, "person:mara-tesch", "org:ostrian-navy", "paper-1", 0);
  r.span = {0, static_cast<uint32_t>(other.text.size())};
  facts.relations = {r};
  ASSERT_TRUE(store_->Put(other, facts).ok());
  EdgeCount edge = TheEdge();
  EXPECT_EQ(edge.statements, 5u);
  EXPECT_EQ(edge.documents, 5u);
  EXPECT_EQ(edge.claims, 2u);

  // Back to the story: one claim again.
  PutCopy("paper-1", 1);
  edge = TheEdge();
  EXPECT_EQ(edge.claims, 1u);
  EXPECT_EQ(edge.statements, 5u);

  // Re-putting a copy changes nothing.
  PutCopy("paper-2", 2);
  store_.reset();
  const Dump before = DumpStore(store_dir());
  store_ = Open();
  ASSERT_NE(store_, nullptr);
  PutCopy("paper-2", 2);
  store_.reset();
  EXPECT_EQ(DumpStore(store_dir()), before);
  store_ = Open();
  ASSERT_NE(store_, nullptr);
  // Each edge's claims are counted by document, and none is left behind.
  const Dump dump = DumpStore(store_dir());
  ASSERT_EQ(dump.at("edge_claims").size(), 1u);
  EXPECT_EQ(dump.at("edge_claims").begin()->second, keys::EncodeBigEndian32(5));
}

TEST_F(ClaimStoreTest, AStoreOfSchema4GainsItsClaimsOnUpgrade) {
  for (int i = 0; i < 5; ++i) PutCopy("paper-" + std::to_string(i), i);
  store_.reset();
  const Dump dump = DumpStore(store_dir());
  // What a store written before claims holds: facts, quotes and relations
  // without them, two counts per edge, no claims or edge_claims, version 4.
  RawBatch batch;
  for (const auto& [key, value] : dump.at("facts")) {
    Result<DocumentFacts> facts = DecodeDocumentFacts(value);
    ASSERT_TRUE(facts.ok());
    batch.emplace_back("facts", key, EncodeDocumentFacts(WithoutClaims(*facts)));
  }
  for (const auto& [key, value] : dump.at("quotes")) {
    Result<Quote> q = DecodeQuote(value);
    ASSERT_TRUE(q.ok());
    q->claim = 0;
    batch.emplace_back("quotes", key, EncodeQuote(*q));
  }
  for (const auto& [key, value] : dump.at("relations")) {
    Result<Relation> r = DecodeRelation(value);
    ASSERT_TRUE(r.ok());
    r->claim = 0;
    batch.emplace_back("relations", key, EncodeRelation(*r));
  }
  for (const auto& [key, value] : dump.at("edges")) {
    batch.emplace_back("edges", key, value.substr(0, 8));
  }
  batch.emplace_back("meta", "schema_version", keys::EncodeBigEndian32(4));
  RawWrite(store_dir(), batch);
  RawClear(store_dir(), "claims");
  RawClear(store_dir(), "edge_claims");
  // A reader is told to upgrade; a writer upgrades.
  Result<std::unique_ptr<Store>> reader = Store::Open(store_dir(), OpenMode::kReadOnly);
  ASSERT_FALSE(reader.ok());
  EXPECT_NE(reader.status().message().find("actorgraph upgrade"), std::string::npos);
  store_ = Open();
  ASSERT_NE(store_, nullptr);
  EXPECT_EQ(store_->upgraded_from(), 4u);
  EXPECT_EQ(TheEdge().claims, 1u);
  store_.reset();
  // The documents were in key order as they came, so the upgrade gives what
  // writing them gave.
  EXPECT_EQ(DumpStore(store_dir()), dump);
}

}  // namespace
}  // namespace actorgraph::testing
