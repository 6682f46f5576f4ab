// Store::GraphCorpus with relations read from their keys alone, and
// GetRelation reading one whole. Texts and names are invented.
#include <gtest/gtest.h>

#include "store/store.h"
#include "tests/store/store_test_util.h"

namespace actorgraph::testing {
namespace {

class GraphCorpusTest : public StoreTest {
 protected:
  void SetUp() override {
    store_ = Open();
    ASSERT_NE(store_, nullptr);
    DocumentFacts one{"doc-1", {}, {}, {}};
    one.actors.push_back(MakeActor("person:ann", "Ann Petrel", ActorType::kPerson,
                                   {"Ann Petrel"}, "doc-1", {{0, 10}}));
    one.actors.push_back(MakeActor("country:QAR", "Qarovia", ActorType::kCountry, {"Qarovia"},
                                   "doc-1", {{40, 47}}));
    one.relations.push_back(
        MakeRelation(RelationType::kAccuses, "person:ann", "country:QAR", "doc-1", 0));
    // An offset whose big-endian bytes hold a zero byte, like the separator.
    one.relations.push_back(
        MakeRelation(RelationType::kCriticizes, "person:ann", "country:QAR", "doc-1", 256));
    // A denial that names no accuser: an empty target in the key.
    one.relations.push_back(MakeRelation(RelationType::kDenies, "country:QAR", "", "doc-1", 90));
    ASSERT_TRUE(store_->Put(MakeDocument("doc-1", "Text one."), one).ok());
  }

  std::unique_ptr<Store> store_;
};

TEST_F(GraphCorpusTest, KeysGiveWhoWhomWhichTypeDocumentAndOffset) {
  Result<Corpus> full = store_->GraphCorpus(false);
  Result<Corpus> keys = store_->GraphCorpus(false, /*relation_keys_only=*/true);
  ASSERT_TRUE(full.ok() && keys.ok());
  ASSERT_EQ(keys->relations.size(), 3u);
  ASSERT_EQ(full->relations.size(), keys->relations.size());
  EXPECT_EQ(keys->actors, full->actors);
  for (size_t i = 0; i < full->relations.size(); ++i) {
    const Relation& f = full->relations[i];
    const Relation& k = keys->relations[i];
    EXPECT_EQ(k.type, f.type);
    EXPECT_EQ(k.source, f.source);
    EXPECT_EQ(k.target, f.target);
    EXPECT_EQ(k.document, f.document);
    EXPECT_EQ(k.span.start, f.span.start);
    EXPECT_TRUE(k.cue.empty()) << "the value is not read";
    // GetRelation gives the whole of it back from the key fields.
    Result<std::optional<Relation>> whole = store_->GetRelation(k);
    ASSERT_TRUE(whole.ok() && whole->has_value()) << i;
    EXPECT_EQ(**whole, f);
  }
  Relation missing = keys->relations[0];
  missing.span.start = 7;
  Result<std::optional<Relation>> none = store_->GetRelation(missing);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
}

}  // namespace
}  // namespace actorgraph::testing
