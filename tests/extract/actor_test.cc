// Actors without a title, cue or lexicon entry: names typed by their
// context, datelines, sports teams, headlines, one sense per document.
#include <gtest/gtest.h>

#include <string>

#include "extract/extractor.h"
#include "tests/extract/extract_fixture.h"

namespace actorgraph {
namespace {

std::string ListActors(const DocumentFacts& f) {
  std::string s;
  for (const Actor& a : f.actors) {
    s += "  " + a.id + " (" + std::to_string(a.mentions.size()) + " mentions)\n";
  }
  return s.empty() ? "  (none)\n" : s;
}

struct TypedCase {
  const char* text;
  const char* id;  // must be an actor
  size_t mentions;  // with this many mentions
};

TEST(ActorFinder, TypesNamesByTheirContext) {
  const TypedCase cases[] = {
      // Two or three capitalised words that are no common words: a person.
      {"The award went to Maren Tollefsen last week.", "person:maren-tollefsen", 1},
      // ... and the surname alone is that person later on.
      {"The award went to Maren Tollefsen. Tollefsen thanked the jury.",
       "person:maren-tollefsen", 2},
      // A common word opening the sentence is not part of the name.
      {"Trailing Kestrel Rovers by two goals, the coach changed tactics.",
       "org:kestrel-rovers", 1},
      // After in/at/near: a place.
      {"The ferry docked in Vardholm on Tuesday.", "location:vardholm", 1},
      {"The ferry docked at Port Skarvik before dawn.", "location:port-skarvik", 1},
      // One sense per document: the place is a place everywhere.
      {"The talks were held in Dravnik. Dravnik has a deep port.", "location:dravnik", 2},
      // Place heads and organisation suffixes.
      {"Boats crossed the Tollef River at night.", "location:tollef-river", 1},
      {"Shares of Tollef Marine Holdings rose sharply.", "org:tollef-marine-holdings", 1},
      {"The sale was handled by Brask & Lund for the family.", "org:brask-lund", 1},
      // Provinces, states and counties from iso-codes.
      {"Heavy rain flooded roads in Oregon on Monday.", "location:US-OR", 1},
      // Datelines.
      {"KESTREL 2025-01-14\nThe council met for an hour.", "location:kestrel", 1},
      {"PORT ALDER , Oregon 2025-01-14\nThe council met.", "location:port-alder", 1},
      {"PORT ALDER , Oregon 2025-01-14\nThe council met.", "location:US-OR", 1},
      {"KESTREL, March 4 - The council met for an hour.", "location:kestrel", 1},
      {"KESTREL (Wire) - The council met for an hour.", "location:kestrel", 1},
      // A name followed by "news agency", "chairman", "shares": an organisation.
      {"The report was carried by the Kestrova news agency.", "org:kestrova", 1},
      {"Investors sold Alderbrand shares on Friday.", "org:alderbrand", 1},
      // A suffix or follower beats a given name or a speech cue next to it.
      {"The van was built by Ada Motor Corp of Nordvik.", "org:ada-motor-corp", 1},
      {"\"We will grow,\" said Brask Tollef chairman Ada Lund.", "org:brask-tollef", 1},
      // A known place opening an untyped name: a team or company, no person.
      {"Fans of Oregon Skarvers cheered all night.", "org:oregon-skarvers", 1},
      // "the" and a capitalised plural of common words: a team.
      {"The Harriers lost to the Kestrels at home.", "org:kestrels", 1},
      // A common word before a country's name: a company named after it.
      {"She flew to Oslo on an Air Norway jet.", "org:air-norway", 1},
      // An unknown acronym in running text is an organisation.
      {"The union said the KSF had not replied. The KSF denied it.", "org:ksf", 2},
      // Sports results: a name followed by a score is a team, everywhere.
      {"Nordvik 3 Alderby 1\nNordvik won again on Sunday.", "org:nordvik", 2},
      {"Nordvik 3 Alderby 1\nNordvik won again on Sunday.", "org:alderby", 1},
      {"Cornwall 214 and 80-3\nLater Cornwall batted well.", "org:cornwall", 2},
      {"July 9 v Alderby Rovers\nJuly 12 v Nordvik", "org:nordvik", 1},
      {"Nordvik beat Cornwall by six wickets. Cornwall had led.", "org:cornwall", 2},
      {"Nordvik 214 ( A. Tollefsen 84 , B. Lund 4-40 )", "person:a-tollefsen", 1},
      {"STANDINGS\nNORDVIK 12 4\nPORT ALDER 10 6\nPORT ALDER AT NORDVIK", "org:port-alder", 2},
      // All-caps headlines take the body's names and countries.
      {"HARBOUR STRIKE ENDS IN NORWAY\nDockers in Norway went back to work.", "country:NOR", 2},
      {"TOLLEFSEN WINS SEAT\nMaren Tollefsen won the seat easily.", "person:maren-tollefsen",
       2},
  };
  for (const TypedCase& c : cases) {
    DocumentFacts f = TestExtractor().Extract("t", c.text);
    const Actor* a = FindActor(f, c.id);
    ASSERT_NE(a, nullptr) << "input: " << c.text << "\nmissing actor " << c.id << "\ngot:\n"
                          << ListActors(f);
    EXPECT_EQ(a->mentions.size(), c.mentions)
        << "input: " << c.text << "\nactor " << c.id << "\ngot:\n"
        << ListActors(f);
  }
}

TEST(ActorFinder, CommonWordsAndQuantitiesAreNoActors) {
  const char* cases[] = {
      "Analysts warned of a new Cold War between the blocs.",
      "They saw a rise in Internet-fuelled unrest last year.",
      "The village of Skarvik 56 miles north of the city was cut off.",
      "Despite Heavy Rain the match went ahead.",
      "KESTREL HARBOUR REOPENS AFTER STORM",
      "The CEO said GDP grew.",
      "KESTREL 42 miles away",
  };
  for (const char* text : cases) {
    DocumentFacts f = TestExtractor().Extract("t", text);
    EXPECT_TRUE(f.actors.empty()) << "input: " << text << "\ngot:\n" << ListActors(f);
  }
}

}  // namespace
}  // namespace actorgraph
