// Store readers: FindActors, prefix scans, Actors, Stats, Snapshot, and
// corrupt values. Texts and names are invented.
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>

#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace actorgraph::testing {
namespace {

// Three documents: ann and anne (an id prefixing another) both speak; a
// surname shared by two people; a speakerless quote.
class StoreReadTest : public StoreTest {
 protected:
  void SetUp() override {
    store_ = Open();
    ASSERT_NE(store_, nullptr);
    DocumentFacts one{"doc-1", {}, {}, {}};
    one.actors.push_back(MakeActor("person:ann", "Ann Petrel", ActorType::kPerson,
                                   {"Ann Petrel", "Petrel"}, "doc-1", {{0, 10}}));
    one.actors.push_back(MakeActor("person:anne", "Anne Kestrel", ActorType::kPerson,
                                   {"Anne Kestrel", "Madam Kestrel"}, "doc-1",
                                   {{20, 32}, {80, 87}}));
    one.actors.push_back(MakeActor("country:QAR", "Qarovia", ActorType::kCountry,
                                   {"Qarovia", "Qarovians"}, "doc-1", {{40, 47}}));
    one.quotes.push_back(MakeQuote("doc-1", "person:anne", 300, "later words"));
    one.quotes.push_back(MakeQuote("doc-1", "person:anne", 50, "early words"));
    one.quotes.push_back(MakeQuote("doc-1", "person:ann", 120, "ann's words"));
    one.relations.push_back(
        MakeRelation(RelationType::kAccuses, "person:ann", "country:QAR", "doc-1", 0));
    ASSERT_TRUE(store_->Put(MakeDocument("doc-1", "Text one."), one).ok());

    DocumentFacts two{"doc-2", {}, {}, {}};
    two.actors.push_back(MakeActor("person:ivo-kestrel", "Ivo Kestrel",
                                   ActorType::kPerson, {"Ivo Kestrel"}, "doc-2",
                                   {{5, 16}}));
    two.actors.push_back(MakeActor("person:anne", "A. Kestrel", ActorType::kAgency,
                                   {"A. Kestrel"}, "doc-2", {{30, 40}}));
    two.actors.push_back(MakeActor("agency:ministry-of-tides", "Ministry of Tides",
                                   ActorType::kAgency, {"Ministry of Tides", "MoT"},
                                   "doc-2", {{50, 67}}));
    two.quotes.push_back(MakeQuote("doc-2", "person:anne", 10, "second doc words"));
    two.quotes.push_back(MakeQuote("doc-2", "", 200, "nobody's words"));
    two.relations.push_back(
        MakeRelation(RelationType::kDenies, "country:QAR", "person:ann", "doc-2", 60));
    two.relations.push_back(MakeRelation(RelationType::kAffiliatedWith,
                                         "person:ivo-kestrel",
                                         "agency:ministry-of-tides", "doc-2", 5));
    ASSERT_TRUE(store_->Put(MakeDocument("doc-2", "Text two."), two).ok());
    ASSERT_TRUE(store_->Put(MakeDocument("doc-3", "Text three."), {"doc-3", {}, {}, {}})
                    .ok());
  }

  std::vector<std::string> Find(std::string_view query) {
    Result<std::vector<std::string>> ids = store_->FindActors(query);
    EXPECT_TRUE(ids.ok()) << ids.status().ToString();
    return ids.ok() ? *ids : std::vector<std::string>{"<error>"};
  }

  std::unique_ptr<Store> store_;
};

TEST_F(StoreReadTest, FindActorsMatchesIdNameAndAliasCaseInsensitively) {
  struct Case {
    std::string query;
    std::vector<std::string> ids;
  } cases[] = {
      {"person:anne", {"person:anne"}},
      {"PERSON:ANN", {"person:ann"}},
      {"country:qar", {"country:QAR"}},
      {"qarovians", {"country:QAR"}},
      {"Madam KESTREL", {"person:anne"}},
      {"mot", {"agency:ministry-of-tides"}},
      {"a. kestrel", {"person:anne"}},  // alias from the second document
      {"petrel", {"person:ann"}},       // alias, not just a word of the name
      {"nobody", {}},
      {"", {}},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(Find(c.query), c.ids) << "query: '" << c.query << "'";
  }
}

TEST_F(StoreReadTest, FindActorsFallsBackToWordsOfTheName) {
  // "kestrel" is no alias, so every name with the word matches, sorted.
  EXPECT_EQ(Find("Kestrel"), (std::vector<std::string>{"person:anne", "person:ivo-kestrel"}));
  EXPECT_EQ(Find("ivo"), std::vector<std::string>{"person:ivo-kestrel"});
  EXPECT_EQ(Find("tides"), std::vector<std::string>{"agency:ministry-of-tides"});
  EXPECT_EQ(Find("kestre"), std::vector<std::string>{});  // whole words only
}

TEST_F(StoreReadTest, QuotesOfOneSpeakerExcludeSpeakersItPrefixes) {
  Result<std::vector<Quote>> ann = store_->Quotes("person:ann");
  ASSERT_TRUE(ann.ok());
  ASSERT_EQ(ann->size(), 1u);
  EXPECT_EQ((*ann)[0].text, "ann's words");

  Result<std::vector<Quote>> anne = store_->Quotes("person:anne");
  ASSERT_TRUE(anne.ok());
  std::vector<std::string> texts;
  for (const Quote& q : *anne) texts.push_back(q.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"early words", "later words",
                                             "second doc words"}));
  EXPECT_TRUE(store_->Quotes("person:an")->empty());
  EXPECT_TRUE(store_->Quotes("person")->empty());
}

TEST_F(StoreReadTest, AllQuotesIncludeSpeakerlessOnes) {
  Result<std::vector<Quote>> all = store_->Quotes("");
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 5u);
  EXPECT_EQ((*all)[0].text, "nobody's words");  // empty speaker sorts first
  EXPECT_EQ((*all)[0].speaker, "");
}

TEST_F(StoreReadTest, ActorsByTypeKeepFirstDocumentsNameAndType) {
  Result<std::vector<Actor>> people = store_->Actors(ActorType::kPerson);
  ASSERT_TRUE(people.ok());
  std::vector<std::string> ids;
  for (const Actor& a : *people) ids.push_back(a.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"person:ann", "person:anne",
                                           "person:ivo-kestrel"}));
  EXPECT_EQ((*people)[1].name, "Anne Kestrel");
  EXPECT_EQ((*people)[1].aliases,
            (std::vector<std::string>{"Anne Kestrel", "Madam Kestrel", "A. Kestrel"}));
  EXPECT_EQ(store_->Actors(std::nullopt)->size(), 5u);
  EXPECT_TRUE(store_->Actors(ActorType::kGroup)->empty());
}

TEST_F(StoreReadTest, RelationsComeInTypeSourceTargetOrder) {
  Result<std::vector<Relation>> relations = store_->Relations();
  ASSERT_TRUE(relations.ok());
  std::vector<RelationType> types;
  for (const Relation& r : *relations) types.push_back(r.type);
  // Ordered by type name: accuses, affiliated_with, denies.
  EXPECT_EQ(types, (std::vector<RelationType>{RelationType::kAccuses,
                                              RelationType::kAffiliatedWith,
                                              RelationType::kDenies}));
}

TEST_F(StoreReadTest, RelationsOfOneTypeAreTheFullReadFiltered) {
  // More of each type, from sources that sort before and after the others'.
  DocumentFacts four{"doc-4", {}, {}, {}};
  four.actors.push_back(MakeActor("country:ALB", "Albaria", ActorType::kCountry, {"Albaria"},
                                  "doc-4", {{0, 7}}));
  four.actors.push_back(MakeActor("country:ZEN", "Zenovia", ActorType::kCountry, {"Zenovia"},
                                  "doc-4", {{10, 17}}));
  four.relations.push_back(
      MakeRelation(RelationType::kAccuses, "country:ZEN", "country:ALB", "doc-4", 20));
  four.relations.push_back(
      MakeRelation(RelationType::kAccuses, "country:ALB", "country:ZEN", "doc-4", 40));
  four.relations.push_back(
      MakeRelation(RelationType::kDenies, "country:ZEN", "", "doc-4", 60));
  four.relations.push_back(
      MakeRelation(RelationType::kQuotes, "country:ALB", "country:ZEN", "doc-4", 80));
  ASSERT_TRUE(store_->Put(MakeDocument("doc-4", "Text four."), four).ok());

  Result<std::vector<Relation>> all = store_->Relations();
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  for (RelationType type : kAllRelationTypes) {
    SCOPED_TRACE(RelationTypeName(type));
    std::vector<Relation> want;
    std::copy_if(all->begin(), all->end(), std::back_inserter(want),
                 [&](const Relation& r) { return r.type == type; });
    Result<std::vector<Relation>> typed = store_->Relations(type);
    ASSERT_TRUE(typed.ok()) << typed.status().ToString();
    EXPECT_EQ(*typed, want);
  }
  EXPECT_EQ(store_->Relations(RelationType::kAccuses)->size(), 3u);
  EXPECT_EQ(store_->Relations(RelationType::kDenies)->size(), 2u);
  EXPECT_TRUE(store_->Relations(RelationType::kCriticizes)->empty());
}

TEST_F(StoreReadTest, StatsCountEverything) {
  Result<StoreStats> stats = store_->Stats();
  ASSERT_TRUE(stats.ok());
  StoreStats want;
  want.documents = 3;
  want.actors = 5;
  want.actors_by_type = {{ActorType::kPerson, 3},
                         {ActorType::kCountry, 1},
                         {ActorType::kAgency, 1}};
  want.quotes = 5;
  want.relations_by_type = {{RelationType::kAccuses, 1},
                            {RelationType::kDenies, 1},
                            {RelationType::kAffiliatedWith, 1}};
  EXPECT_EQ(*stats, want);
}

TEST_F(StoreReadTest, SnapshotMergesMentionsAcrossDocuments) {
  Result<Corpus> corpus = store_->Snapshot(/*with_text=*/false);
  ASSERT_TRUE(corpus.ok()) << corpus.status().ToString();
  ASSERT_EQ(corpus->documents.size(), 3u);
  EXPECT_EQ(corpus->documents[0].id, "doc-1");
  EXPECT_EQ(corpus->documents[0].text, "");
  EXPECT_EQ(corpus->documents[0].content_hash, ContentHash(InventedText("Text one.")));

  ASSERT_EQ(corpus->actors.size(), 5u);
  const Actor& anne = corpus->actors[3];
  ASSERT_EQ(anne.id, "person:anne");
  EXPECT_EQ(anne.name, "Anne Kestrel");
  EXPECT_EQ(anne.type, ActorType::kPerson);
  EXPECT_EQ(anne.mentions, (std::vector<Mention>{{"doc-1", {20, 32}},
                                                 {"doc-1", {80, 87}},
                                                 {"doc-2", {30, 40}}}));
  EXPECT_EQ(corpus->quotes, *store_->Quotes(""));
  EXPECT_EQ(corpus->relations, *store_->Relations());

  Result<Corpus> with_text = store_->Snapshot(/*with_text=*/true);
  ASSERT_TRUE(with_text.ok());
  EXPECT_EQ(with_text->documents[2].text, InventedText("Text three."));
}

TEST_F(StoreReadTest, CorruptValueIsCorruptionNamingTheKey) {
  store_.reset();
  RawPut(store_dir(), "documents", "doc-2", "\x01garbage");
  RawPut(store_dir(), "actors", "person:ann", "");
  store_ = Open(OpenMode::kReadOnly);
  ASSERT_NE(store_, nullptr);

  Result<std::optional<Document>> doc = store_->GetDocument("doc-2");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), Status::Code::kCorruption);
  EXPECT_TRUE(doc.status().message().starts_with("bad value at documents/doc-2: "))
      << doc.status().message();
  Result<Corpus> corpus = store_->Snapshot(false);
  ASSERT_FALSE(corpus.ok());
  EXPECT_EQ(corpus.status().code(), Status::Code::kCorruption);
  Result<std::vector<Actor>> actors = store_->Actors(std::nullopt);
  ASSERT_FALSE(actors.ok());
  EXPECT_TRUE(actors.status().message().starts_with("bad value at actors/person:ann: "))
      << actors.status().message();
}

}  // namespace
}  // namespace actorgraph::testing
