// MergeIntoStore on a real store: added, unchanged and replaced documents,
// actors unified by key, texts kept when a file carries none.
#include "store/corpus_merge.h"

#include "tests/store/store_test_util.h"

namespace actorgraph::testing {
namespace {

class CorpusMergeTest : public StoreTest {
 protected:
  // Ann Roe (accused Norway) in "tide", a quote of hers, one relation; Norway
  // alone in "keep".
  void SetUp() override {
    store_ = Open();
    ASSERT_NE(store_, nullptr);
    Document tide = MakeDocument("tide", "Ann Roe said the tide was late. Norway agreed.");
    DocumentFacts f{
        "tide",
        {MakeActor("person:ann-roe", "Ann Roe", ActorType::kPerson, {"Ann Roe"}, "tide", {{0, 7}}),
         MakeActor("country:NOR", "Norway", ActorType::kCountry, {"Norway"}, "tide", {{32, 38}})},
        {MakeQuote("tide", "person:ann-roe", 13, "the tide was late")},
        {MakeRelation(RelationType::kAccuses, "person:ann-roe", "country:NOR", "tide", 0)}};
    ASSERT_TRUE(store_->Put(tide, f).ok());
    Document keep = MakeDocument("keep", "Norway waited.");
    DocumentFacts k{
        "keep",
        {MakeActor("country:NOR", "Norway", ActorType::kCountry, {"Norway"}, "keep", {{0, 6}})},
        {},
        {}};
    ASSERT_TRUE(store_->Put(keep, k).ok());
  }

  // The store's "tide" as an export without texts would carry it.
  SplitCorpus TideAsExported() {
    auto snapshot = store_->Snapshot(false);
    EXPECT_TRUE(snapshot.ok());
    std::erase_if(snapshot->documents, [](const Document& d) { return d.id != "tide"; });
    auto split = SplitByDocument(*snapshot);
    EXPECT_TRUE(split.ok()) << split.status().ToString();
    std::erase_if(split->entries, [](const DocumentEntry& e) { return e.document.id != "tide"; });
    return *split;
  }

  std::unique_ptr<Store> store_;
};

TEST_F(CorpusMergeTest, WhatTheStoreAlreadySaysIsUnchangedAndWritesNothing) {
  SplitCorpus split = TideAsExported();
  store_.reset();
  const Dump before = DumpStore(store_dir());
  store_ = Open();
  MergeSummary s = MergeIntoStore(*store_, split);
  EXPECT_EQ(s.unchanged, 1u);
  EXPECT_EQ(s.added + s.replaced + s.failed, 0u);
  store_.reset();
  EXPECT_EQ(DumpStore(store_dir()), before);
}

TEST_F(CorpusMergeTest, ChangedFactsReplaceTheDocumentAndKeepItsText) {
  SplitCorpus split = TideAsExported();
  DocumentFacts& facts = split.entries[0].facts;
  facts.quotes[0].text = "the tide was early";
  facts.relations.clear();
  MergeSummary s = MergeIntoStore(*store_, split);
  EXPECT_EQ(s.replaced, 1u);
  EXPECT_EQ(s.quotes, 1u);
  EXPECT_EQ(s.relations, 0u);
  auto doc = store_->GetDocument("tide");
  ASSERT_TRUE(doc.ok() && doc->has_value());
  // The same hash: the stored text is kept.
  EXPECT_EQ((*doc)->text, InventedText("Ann Roe said the tide was late. Norway agreed."));
  auto quotes = store_->Quotes("person:ann-roe");
  ASSERT_TRUE(quotes.ok());
  ASSERT_EQ(quotes->size(), 1u);
  EXPECT_EQ((*quotes)[0].text, "the tide was early");
  auto relations = store_->Relations();
  ASSERT_TRUE(relations.ok());
  EXPECT_TRUE(relations->empty());
  // "keep" is not in the file: untouched.
  auto keep = store_->GetFacts("keep");
  ASSERT_TRUE(keep.ok() && keep->has_value());
  EXPECT_EQ((*keep)->actors.size(), 1u);
}

TEST_F(CorpusMergeTest, ActorsAreUnifiedByKeyKeepingNameAndTypeGainingAliases) {
  SplitCorpus split = TideAsExported();
  for (Actor& a : split.entries[0].facts.actors) {
    if (a.id != "person:ann-roe") continue;
    a.name = "A. Roe";
    a.type = ActorType::kGroup;
    a.aliases.push_back("Roe");
  }
  MergeSummary first = MergeIntoStore(*store_, split);
  EXPECT_EQ(first.replaced, 1u);
  EXPECT_EQ(first.new_actors, 0u);
  auto ann = store_->GetActor("person:ann-roe");
  ASSERT_TRUE(ann.ok() && ann->has_value());
  EXPECT_EQ((*ann)->name, "Ann Roe");
  EXPECT_EQ((*ann)->type, ActorType::kPerson);
  EXPECT_EQ((*ann)->aliases, (std::vector<std::string>{"Ann Roe", "Roe"}));
  auto found = store_->FindActors("roe");
  ASSERT_TRUE(found.ok());
  EXPECT_EQ(*found, (std::vector<std::string>{"person:ann-roe"}));

  // The record cannot take the file's name and type, so the same file again
  // must not count as a change.
  MergeSummary second = MergeIntoStore(*store_, split);
  EXPECT_EQ(second.unchanged, 1u);
  EXPECT_EQ(second.replaced, 0u);
}

TEST_F(CorpusMergeTest, NewDocumentsAndActorsAreAddedAndCounted) {
  Corpus c;
  c.documents.push_back(MakeDocument("fog", "Iceland and Norway met."));
  c.actors.push_back(
      MakeActor("country:ISL", "Iceland", ActorType::kCountry, {"Iceland"}, "fog", {{0, 7}}));
  c.actors.push_back(
      MakeActor("country:NOR", "Norway", ActorType::kCountry, {"Norway"}, "fog", {{12, 18}}));
  auto split = SplitByDocument(c);
  ASSERT_TRUE(split.ok());
  MergeSummary s = MergeIntoStore(*store_, *split);
  EXPECT_EQ(s.added, 1u);
  EXPECT_EQ(s.new_actors, 1u);  // Iceland; Norway was there
  auto stats = store_->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 3u);
  EXPECT_EQ(stats->actors, 3u);
}

}  // namespace
}  // namespace actorgraph::testing
