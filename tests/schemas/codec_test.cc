#include "schemas/codec.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/testing/packed_words.h"

namespace actorgraph {
namespace {

DocumentFacts SampleFacts() {
  DocumentFacts f;
  f.document = "doc-1";
  f.actors.push_back(Actor{"person:ada-quill", "Ada Quill", ActorType::kPerson,
                           {"Ada Quill", "Quill"}, {Mention{"doc-1", Span{3, 12}}}});
  f.actors.push_back(Actor{"country:NOR", "Norway", ActorType::kCountry, {"Norway"}, {}});
  Quote q;
  q.document = "doc-1";
  q.span = Span{20, 40};
  q.text = "We \"never\" agreed — ünïcode";
  q.direct = true;
  q.speaker = "person:ada-quill";
  q.speaker_mention = Span{3, 12};
  q.speaker_text = "Ada Quill";
  q.cue = "said";
  q.about = {"country:NOR"};
  f.quotes.push_back(q);
  Quote reported = q;
  reported.direct = false;
  reported.speaker.clear();
  reported.speaker_mention.reset();
  reported.fragments = {Span{20, 28}, Span{31, 40}};
  f.quotes.push_back(reported);
  f.relations.push_back(Relation{RelationType::kAffiliatedWith, "person:ada-quill",
                                 "country:NOR", "doc-1", Span{0, 50}, "former envoy", 0.75,
                                 "former envoy", true, "", std::nullopt});
  f.relations.push_back(Relation{RelationType::kCriticizes, "country:NOR", "country:SWE",
                                 "doc-1", Span{0, 50}, "condemned", 0.5, "", false, "111",
                                 Span{0, 6}});
  return f;
}

TEST(CodecTest, DocumentFactsRoundTripExactly) {
  DocumentFacts f = SampleFacts();
  auto decoded = DecodeDocumentFacts(EncodeDocumentFacts(f));
  ASSERT_TRUE(decoded.ok()) << decoded.status().ToString();
  EXPECT_EQ(*decoded, f);
}

TEST(CodecTest, GraphRoundTripKeepsEveryPart) {
  DocumentFacts f = SampleFacts();
  Corpus c;
  c.documents.push_back(Document{"doc-1", "A title", "2024-02-03", "http://x", "wire",
                                 ContentHash("text"), "text"});
  c.actors = f.actors;
  c.quotes = f.quotes;
  c.relations = f.relations;
  auto decoded = DecodeGraph(EncodeGraph(c));
  ASSERT_TRUE(decoded.ok()) << decoded.status().ToString();
  EXPECT_EQ(decoded->documents, c.documents);
  EXPECT_EQ(decoded->actors, c.actors);
  EXPECT_EQ(decoded->quotes, c.quotes);
  EXPECT_EQ(decoded->relations, c.relations);
}

TEST(CodecTest, TruncatedMessageIsCorruptionNotACrash) {
  Corpus c;
  DocumentFacts f = SampleFacts();
  c.actors = f.actors;
  c.quotes = f.quotes;
  std::string bytes = EncodeGraph(c);
  for (size_t cut : {size_t{1}, size_t{7}, bytes.size() / 2, bytes.size() - 1}) {
    auto decoded = DecodeGraph(std::string_view(bytes).substr(0, cut));
    EXPECT_FALSE(decoded.ok()) << "cut at " << cut;
    EXPECT_EQ(decoded.status().code(), Status::Code::kCorruption) << "cut at " << cut;
  }
}

TEST(CodecTest, BytesAfterTheMessageAreCorruption) {
  std::string bytes = EncodeGraph(Corpus{});
  auto decoded = DecodeGraph(bytes + "xy");
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.status().message(), "bad graph: 2 bytes after the end of the message");
  EXPECT_FALSE(DecodeDocument(EncodeDocument(Document{}) + std::string(8, '\0')).ok());
}

TEST(CodecTest, GarbageIsCorruption) {
  std::string garbage(64, '\xff');
  auto decoded = DecodeGraph(garbage);
  EXPECT_FALSE(decoded.ok());
  EXPECT_FALSE(DecodeDocumentFacts("").ok());
}

TEST(CodecTest, GraphTraversalLimitGrowsWithTheFile) {
  EXPECT_EQ(GraphTraversalLimitWords(0), uint64_t{1} << 20);
  EXPECT_EQ(GraphTraversalLimitWords(1000), uint64_t{1} << 20);
  EXPECT_EQ(GraphTraversalLimitWords(size_t{100} << 20), uint64_t{800} << 20);
}

TEST(CodecTest, GraphPastTheFloorOfTheLimitDecodes) {
  // 12 MB of text unpacks past the 8 MiB floor: only a limit that grows with
  // the message lets it through.
  Corpus c;
  std::string text;
  while (text.size() < (size_t{12} << 20)) text += "A long text for a large export. ";
  c.documents.push_back(Document{"big", "", "", "", "", ContentHash(text), text});
  auto decoded = DecodeGraph(EncodeGraph(c));
  ASSERT_TRUE(decoded.ok()) << decoded.status().ToString();
  EXPECT_EQ(decoded->documents[0].text.size(), text.size());
}

TEST(CodecTest, GraphWithoutSchemaVersionIsNotOurs) {
  // A message of another schema (or noise that parses) reads as version 0.
  std::string bytes = EncodeDocument(Document{"d", "t", "", "", "", 0, "x"});
  auto decoded = DecodeGraph(bytes);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.status().code(), Status::Code::kCorruption);
  EXPECT_EQ(decoded.status().message(), "not an actorgraph graph: schema version is 0");
}

TEST(CodecTest, GraphWhoseListsClaimMoreElementsThanItsBytesIsRefusedBeforeConverting) {
  // 19 bytes: a Graph whose actor list holds 2^19 empty structs, within the
  // traversal limit's floor. Converting them took a second and 100 MB; no
  // export writes an element without a pointer in it.
  const std::string bomb = testing::EmptyElementGraph(uint64_t{1} << 19);
  auto decoded = DecodeGraph(bomb);
  ASSERT_FALSE(decoded.ok());
  EXPECT_EQ(decoded.status().code(), Status::Code::kCorruption);
  EXPECT_EQ(decoded.status().message(), "bad graph: its lists claim more elements than its " +
                                            std::to_string(bomb.size()) + " bytes can hold");
  // A real export is far within the budget, even of empty-looking facts.
  Corpus c;
  for (int i = 0; i < 1000; ++i) {
    c.actors.push_back(Actor{"a:" + std::to_string(i), "", ActorType::kPerson, {""}, {}});
  }
  EXPECT_TRUE(DecodeGraph(EncodeGraph(c)).ok());
}

TEST(CodecTest, ContentHashIsStableFnv1a) {
  // FNV-1a 64 of "a" is a published test vector.
  EXPECT_EQ(ContentHash("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_NE(ContentHash("text"), ContentHash("text "));
}

}  // namespace
}  // namespace actorgraph
