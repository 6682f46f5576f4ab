#include "export/picture_defaults.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "tests/export/sample_corpus.h"

namespace actorgraph {
namespace {

using testing::MakeActor;
using testing::MakeRelation;
using testing::SampleCorpus;

std::set<std::string> Actors(const GraphView& view) {
  std::set<std::string> keys;
  for (Vertex v : boost::make_iterator_range(boost::vertices(view.graph))) {
    keys.insert(view.actor(v).id);
  }
  return keys;
}

size_t EdgesOf(const GraphView& view, RelationType type) {
  size_t n = 0;
  for (Edge e : boost::make_iterator_range(boost::edges(view.graph))) {
    n += view.graph[e].type == type;
  }
  return n;
}

TEST(PictureDefaultsTest, AffiliationsAreLeftOutBesideOtherRelationsAndSaidSo) {
  // The sample: the Netmakers belong to the Harbour Trust (their only
  // relation); the Trust also accuses Tromso Bay.
  auto picture = PictureDefaults(BuildGraphView(SampleCorpus(), GraphFilter{}), {});
  ASSERT_TRUE(picture.ok()) << picture.status().ToString();
  EXPECT_EQ(EdgesOf(picture->view, RelationType::kAffiliatedWith), 0u);
  EXPECT_EQ(Actors(picture->view),
            (std::set<std::string>{"person:ada-quill", "country:NOR", "agency:fisheries",
                                   "org:harbour-trust", "location:tromso-bay"}))
      << "the Netmakers had only their affiliation";
  ASSERT_EQ(picture->notes.size(), 1u);
  EXPECT_EQ(picture->notes[0],
            "left out 1 affiliated_with edge and 1 actor with no other relation; "
            "--affiliations draws them");

  PictureRequest asked;
  asked.affiliations = true;
  picture = PictureDefaults(BuildGraphView(SampleCorpus(), GraphFilter{}), asked);
  ASSERT_TRUE(picture.ok());
  EXPECT_EQ(EdgesOf(picture->view, RelationType::kAffiliatedWith), 1u);
  EXPECT_TRUE(Actors(picture->view).count("group:netmakers"));
  EXPECT_TRUE(picture->notes.empty());
}

TEST(PictureDefaultsTest, AViewOfAffiliationsAloneKeepsThem) {
  GraphFilter filter;
  filter.types = {RelationType::kAffiliatedWith};
  auto picture = PictureDefaults(BuildGraphView(SampleCorpus(), filter), {});
  ASSERT_TRUE(picture.ok());
  EXPECT_EQ(EdgesOf(picture->view, RelationType::kAffiliatedWith), 1u);
  EXPECT_TRUE(picture->notes.empty());
}

// `n` people, each quoting the next; the first `loud` of them also quote a
// common target, so they are the most central.
GraphView Crowd(int n, int loud) {
  Corpus c;
  c.actors.push_back(MakeActor("country:core", "Core", ActorType::kCountry));
  for (int i = 0; i < n; ++i) {
    c.actors.push_back(
        MakeActor("person:p" + std::to_string(i), "P" + std::to_string(i), ActorType::kPerson));
  }
  for (int i = 0; i + 1 < n; ++i) {
    c.relations.push_back(MakeRelation(RelationType::kQuotes, "person:p" + std::to_string(i),
                                       "person:p" + std::to_string(i + 1), "d", "said"));
  }
  for (int i = 0; i < loud; ++i) {
    c.relations.push_back(MakeRelation(RelationType::kAccuses, "person:p" + std::to_string(i),
                                       "country:core", "d", "blamed"));
  }
  return BuildGraphView(std::move(c), GraphFilter{});
}

TEST(PictureDefaultsTest, PastTheLimitTheMostCentralAreDrawnAndSaidSo) {
  auto picture = PictureDefaults(Crowd(200, 10), {});
  ASSERT_TRUE(picture.ok());
  const size_t drawn = boost::num_vertices(picture->view.graph);
  EXPECT_LE(drawn, kPictureActors);
  EXPECT_GT(drawn, kPictureActors - 5);
  EXPECT_TRUE(Actors(picture->view).count("country:core")) << "the most central actor";
  ASSERT_EQ(picture->notes.size(), 1u);
  EXPECT_EQ(picture->notes[0],
            "drew the 150 most central of 201 actors (by degree); --top N draws N, --all "
            "draws every actor");

  PictureRequest all;
  all.all_actors = true;
  picture = PictureDefaults(Crowd(200, 10), all);
  ASSERT_TRUE(picture.ok());
  EXPECT_EQ(boost::num_vertices(picture->view.graph), 201u);
  EXPECT_TRUE(picture->notes.empty());

  picture = PictureDefaults(Crowd(kPictureActors - 1, 10), {});
  ASSERT_TRUE(picture.ok());
  EXPECT_EQ(boost::num_vertices(picture->view.graph), kPictureActors);
  EXPECT_TRUE(picture->notes.empty()) << "at the limit, everything is drawn";
}

}  // namespace
}  // namespace actorgraph
