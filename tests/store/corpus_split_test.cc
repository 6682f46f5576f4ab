// SplitByDocument and Canonicalize: regrouping an export's flat lists into
// the per-document facts Store::Put writes.
#include "store/corpus_split.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace actorgraph {
namespace {

Actor MakeActor(std::string id, std::string name, std::vector<Mention> mentions) {
  Actor a;
  a.id = std::move(id);
  a.name = name;
  a.type = ActorType::kPerson;
  a.aliases = {name};
  a.mentions = std::move(mentions);
  return a;
}

Quote MakeQuote(std::string doc, uint32_t start, std::string speaker, std::string text) {
  Quote q;
  q.document = std::move(doc);
  q.span = Span{start, start + static_cast<uint32_t>(text.size())};
  q.text = std::move(text);
  q.speaker = std::move(speaker);
  return q;
}

Relation MakeRelation(std::string doc, uint32_t start, std::string source, std::string target) {
  Relation r;
  r.type = RelationType::kAccuses;
  r.document = std::move(doc);
  r.span = Span{start, start + 10};
  r.source = std::move(source);
  r.target = std::move(target);
  return r;
}

TEST(CorpusSplitTest, EachDocumentGetsItsOwnMentionsOfEveryActor) {
  Corpus c;
  c.documents = {Document{"b", "B", "", "", "", 2, ""}, Document{"a", "A", "", "", "", 1, ""}};
  Actor ann = MakeActor("person:ann", "Ann Roe", {{"b", {4, 7}}, {"a", {9, 12}}, {"a", {0, 3}}});
  ann.aliases.push_back("Roe");
  c.actors = {ann};
  c.quotes = {MakeQuote("b", 20, "person:ann", "late"), MakeQuote("a", 30, "", "soon")};

  auto split = SplitByDocument(c);
  ASSERT_TRUE(split.ok()) << split.status().ToString();
  EXPECT_TRUE(split->warnings.empty());
  ASSERT_EQ(split->entries.size(), 2u);
  const DocumentEntry& a = split->entries[0];
  const DocumentEntry& b = split->entries[1];
  EXPECT_EQ(a.document.id, "a");
  EXPECT_EQ(a.document.title, "A");
  EXPECT_TRUE(a.listed);
  EXPECT_EQ(a.facts.document, "a");
  ASSERT_EQ(a.facts.actors.size(), 1u);
  EXPECT_EQ(a.facts.actors[0].aliases, (std::vector<std::string>{"Ann Roe", "Roe"}));
  EXPECT_EQ(a.facts.actors[0].mentions,
            (std::vector<Mention>{{"a", {0, 3}}, {"a", {9, 12}}}));  // offset order
  ASSERT_EQ(a.facts.quotes.size(), 1u);
  EXPECT_EQ(a.facts.quotes[0].text, "soon");
  ASSERT_EQ(b.facts.actors.size(), 1u);
  EXPECT_EQ(b.facts.actors[0].mentions, (std::vector<Mention>{{"b", {4, 7}}}));
  EXPECT_EQ(b.facts.quotes[0].text, "late");
}

TEST(CorpusSplitTest, UnlistedDocumentsAndMentionlessActorsArePlacedOrReported) {
  Corpus c;
  c.actors = {MakeActor("country:ISL", "Iceland", {}), MakeActor("person:lone", "Lone", {})};
  c.relations = {MakeRelation("z", 0, "country:ISL", "country:absent"),
                 MakeRelation("y", 5, "person:other", "country:ISL")};
  auto split = SplitByDocument(c);
  ASSERT_TRUE(split.ok()) << split.status().ToString();
  ASSERT_EQ(split->entries.size(), 2u);
  EXPECT_EQ(split->entries[0].document.id, "y");
  EXPECT_FALSE(split->entries[0].listed);
  // Iceland is an actor, without mentions, of each document naming it.
  for (const DocumentEntry& e : split->entries) {
    ASSERT_EQ(e.facts.actors.size(), 1u) << e.document.id;
    EXPECT_EQ(e.facts.actors[0].id, "country:ISL") << e.document.id;
    EXPECT_TRUE(e.facts.actors[0].mentions.empty()) << e.document.id;
  }
  EXPECT_EQ(split->warnings,
            (std::vector<std::string>{
                "actor 'person:lone' has no mentions and no statement names it; skipped",
                "document 'y' is named by facts but not listed in the file; its metadata is "
                "taken from the store, or left empty",
                "document 'z' is named by facts but not listed in the file; its metadata is "
                "taken from the store, or left empty"}));
}

TEST(CorpusSplitTest, CanonicalFactsFollowStoreKeysAndKeepTheLastOfEqualKeys) {
  DocumentFacts f;
  f.document = "d";
  f.quotes = {MakeQuote("d", 50, "person:b", "one"), MakeQuote("d", 7, "person:b", "two"),
              MakeQuote("d", 50, "person:b", "three"), MakeQuote("d", 300, "person:a", "four")};
  f.relations = {MakeRelation("d", 9, "x", "y"), MakeRelation("d", 1, "x", "y")};
  f.actors = {MakeActor("person:b", "B", {{"d", {5, 6}}}),
              MakeActor("person:a", "A", {{"d", {1, 2}}}),
              MakeActor("person:b", "Bee", {{"d", {0, 1}}})};
  Canonicalize(f);
  std::vector<std::string> texts;
  for (const Quote& q : f.quotes) texts.push_back(q.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"four", "two", "three"}));
  ASSERT_EQ(f.relations.size(), 2u);
  EXPECT_EQ(f.relations[0].span.start, 1u);
  ASSERT_EQ(f.actors.size(), 2u);
  EXPECT_EQ(f.actors[0].id, "person:a");
  EXPECT_EQ(f.actors[1].name, "B");
  EXPECT_EQ(f.actors[1].aliases, (std::vector<std::string>{"B", "Bee"}));
  EXPECT_EQ(f.actors[1].mentions, (std::vector<Mention>{{"d", {0, 1}}, {"d", {5, 6}}}));

  DocumentFacts again = f;
  Canonicalize(again);
  EXPECT_EQ(again, f);
}

TEST(CorpusSplitTest, WhatTheStoreWouldRefuseIsRefusedUpFront) {
  struct Case {
    const char* what;
    Corpus corpus;
    std::string message;
  };
  std::vector<Case> cases;
  cases.push_back({"empty document id", Corpus{{Document{}}, {}, {}, {}}, "document id is empty"});
  cases.push_back(
      {"listed twice",
       Corpus{{Document{"d", "", "", "", "", 0, ""}, Document{"d", "", "", "", "", 0, ""}},
              {},
              {},
              {}},
       "document 'd' is listed twice"});
  cases.push_back(
      {"actor without key", Corpus{{}, {MakeActor("", "X", {})}, {}, {}}, "an actor has no key"});
  cases.push_back({"mention without document",
                   Corpus{{}, {MakeActor("person:x", "X", {{"", {0, 1}}})}, {}, {}},
                   "a mention of person:x names no document"});
  cases.push_back({"quote without document", Corpus{{}, {}, {MakeQuote("", 0, "", "q")}, {}},
                   "a quote names no document"});
  cases.push_back({"NUL in speaker",
                   Corpus{{}, {}, {MakeQuote("d", 0, std::string("ab\0c", 4), "q")}, {}},
                   "quote 1 of document 'd': speaker has a control byte (U+0000) at byte 2"});
  cases.push_back({"NUL in document",
                   Corpus{{}, {}, {}, {MakeRelation(std::string("d\0", 2), 0, "x", "y")}},
                   "document 'd\\x00': document id has a control byte (U+0000) at byte 1"});
  for (const Case& c : cases) {
    auto split = SplitByDocument(c.corpus);
    ASSERT_FALSE(split.ok()) << c.what;
    EXPECT_EQ(split.status().code(), Status::Code::kInvalidArgument) << c.what;
    EXPECT_EQ(split.status().message(), c.message) << c.what;
  }
}

}  // namespace
}  // namespace actorgraph
