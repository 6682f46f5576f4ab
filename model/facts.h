// The facts actorgraph extracts and stores: plain copyable structs.
//
// Offsets are UTF-8 byte offsets into a document's text, end exclusive.
// Actor ids are stable string keys: "person:jim-lewis", "country:CHN",
// "agency:gchq", "org:rusi", "group:west", "location:london".
#ifndef ACTORGRAPH_MODEL_FACTS_H_
#define ACTORGRAPH_MODEL_FACTS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

enum class ActorType { kPerson, kCountry, kLocation, kAgency, kOrganization, kGroup };
// The order is the wire order of schemas/actorgraph.capnp: new types go last.
enum class RelationType { kAccuses, kDenies, kQuotes, kAffiliatedWith, kCriticizes };

inline constexpr ActorType kAllActorTypes[] = {
    ActorType::kPerson, ActorType::kCountry,      ActorType::kLocation,
    ActorType::kAgency, ActorType::kOrganization, ActorType::kGroup};
inline constexpr RelationType kAllRelationTypes[] = {
    RelationType::kAccuses, RelationType::kCriticizes, RelationType::kDenies,
    RelationType::kQuotes, RelationType::kAffiliatedWith};

// "person", "country", "location", "agency", "organization", "group".
std::string_view ActorTypeName(ActorType type);
std::optional<ActorType> ParseActorType(std::string_view name);
// "accuses", "denies", "quotes", "affiliated_with".
std::string_view RelationTypeName(RelationType type);
std::optional<RelationType> ParseRelationType(std::string_view name);
// The PLOVER category (Halterman et al., PLOVER 2021) of a CAMEO code:
// "ACCUSE" for the 11x disapprove codes, "REJECT" for 016 (deny
// responsibility; PLOVER has no category of statements, REJECT is the
// nearest), "" for codes with none (010, a plain statement).
std::string_view PloverCategory(std::string_view cameo);
// The CAMEO code a relation of `type` has when its cue says no more:
// accuses 112, criticizes 111, denies 016, quotes 010, affiliated_with "".
std::string_view DefaultCameoCode(RelationType type);

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;  // exclusive
  bool operator==(const Span&) const = default;
};

// Where a document's date came from (model/dates.h).
enum class DateOrigin : uint8_t {
  kNone,                    // undated
  kField,                   // the input's date field
  kDateline,                // a dateline that gives its year
  kDatelineYearOfPrevious,  // a dateline without one: the year nearest the
                            // previous dated document of the input
};
// "", "field", "dateline", "dateline, year of the previous document"
std::string_view DateOriginName(DateOrigin origin);
// The inverse of DateOriginName; nullopt for any other text.
std::optional<DateOrigin> ParseDateOrigin(std::string_view name);

struct Document {
  std::string id;
  std::string title;
  // ISO 8601 in UTC to the precision given ("2013", "2013-03", "2013-03-01",
  // "2013-03-01T15:01:01Z"; model/dates.h); empty when undated.
  std::string date;
  std::string url;
  std::string source;
  uint64_t content_hash = 0;  // ContentHash(text)
  std::string text;           // may be empty when only metadata is held
  // Extractor::Fingerprint() of the extractor whose facts the store holds
  // for this document; 0 when unknown (imported, or facts made elsewhere).
  // Lets a re-ingest skip extracting an unchanged text.
  uint64_t extractor = 0;
  // The date or dateline as the input wrote it, when that differs from
  // `date`; with an empty `date`, a date that could not be read.
  std::string date_written = {};
  DateOrigin date_origin = DateOrigin::kNone;
  bool operator==(const Document&) const = default;
};

// 64-bit FNV-1a of the text: stable across builds and machines.
uint64_t ContentHash(std::string_view text);

// How a mention names its actor: by a name ("Russia", "Moscow", "Ada
// Quill"), or by the adjective or plural of its people ("Russian hackers",
// "the Russians"), which CoNLL-2003 counts as MISC rather than a location.
enum class MentionForm : uint8_t { kName, kDemonym };

struct Mention {
  std::string document;
  Span span;
  MentionForm form = MentionForm::kName;
  bool operator==(const Mention&) const = default;
};

struct Actor {
  std::string id;
  std::string name;  // canonical display name
  ActorType type = ActorType::kPerson;
  std::vector<std::string> aliases;  // every surface form seen, name included
  std::vector<Mention> mentions;
  bool operator==(const Actor&) const = default;
};

// A statement: a direct quotation (between quotation marks) or reported
// speech (the reported clause).
struct Quote {
  std::string document;
  Span span;  // excludes the quotation marks
  std::string text;
  bool direct = true;
  std::string speaker;                 // actor id; empty when unknown
  std::optional<Span> speaker_mention;  // where the speaker is named, as written
  std::string speaker_text;            // that mention's text ("he", "officials")
  std::string cue;                     // "says", "said", "according to", ...
  std::vector<std::string> about;      // ids of actors named inside the quote
  // Reported speech holding quoted words (`she said the plan was "a sham"`,
  // direct == false): where those words are, marks excluded.
  std::vector<Span> fragments;
  // The claim this statement makes (store/claims.h): the same words in
  // another document, or words near enough, share it. Set by the store when
  // it writes the document; 0 from the extractor.
  uint64_t claim = 0;
  bool operator==(const Quote&) const = default;
};

struct Relation {
  RelationType type = RelationType::kAccuses;
  std::string source;  // actor id
  std::string target;  // actor id; empty for a denial with no named accuser
  std::string document;
  Span span;           // the evidence sentence
  std::string cue;     // the cue as written ("point the finger at")
  double confidence = 0.0;
  std::string role;    // affiliated_with: "former senior official"
  bool former = false; // affiliated_with: a past affiliation
  // The event code of the CAMEO codebook (Gerner et al. 2002): "112" accuse,
  // "111" criticize or denounce, "114" complain officially, "016" deny
  // responsibility, "010" make a statement (quotes); empty for
  // affiliated_with. PloverCategory() gives its PLOVER category.
  std::string cameo;
  std::optional<Span> source_mention;  // where the source is named, as written
  // The claim of the evidence sentence (store/claims.h); as Quote::claim.
  uint64_t claim = 0;
  bool operator==(const Relation&) const = default;
};

// Why the store took an actor of a document for another it knew
// (store/canonical.h). The order is the wire order: new reasons go last.
enum class MergeReason {
  kName,      // the same name up to case, a company suffix or an article: "CBS Inc" = "CBS"
  kCountry,   // a place or organisation named as a country is the country
  kAlias,     // a short form that one known actor has as a name or alias
  kSurname,   // a bare surname that exactly one known person has
  kUserRule,  // the user's alias file: "X = Y"
};
// "name", "country", "alias", "surname", "user".
std::string_view MergeReasonName(MergeReason reason);

// One actor of a document stored as another: `from` (its id as extracted)
// and `name` (as written) are now `to`.
struct ActorMerge {
  std::string from;
  std::string name;
  std::string to;
  MergeReason reason = MergeReason::kName;
  bool operator==(const ActorMerge&) const = default;
};

// Everything extracted from one document.
struct DocumentFacts {
  std::string document;
  std::vector<Actor> actors;
  std::vector<Quote> quotes;
  std::vector<Relation> relations;
  // Set by the store when it writes the document; empty from the extractor.
  std::vector<ActorMerge> merges = {};
  bool operator==(const DocumentFacts&) const = default;
};

// The statements behind one edge of the graph: a (type, source, target)
// with `statements` relations from `documents` distinct documents, making
// `claims` distinct claims (the same words copied into five documents are
// one claim: store/claims.h).
struct EdgeCount {
  RelationType type = RelationType::kAccuses;
  std::string source;
  std::string target;
  uint32_t statements = 0;
  uint32_t documents = 0;
  uint32_t claims = 0;
  // DocumentEdges only: the claims of this document's statements behind the
  // edge, ascending and distinct; the store counts each claim once across
  // documents. A relation with claim 0 (never stored) is a claim of its own
  // and is not listed.
  std::vector<uint64_t> claim_ids = {};
  bool operator==(const EdgeCount&) const = default;
};

// The number of distinct claims among relations with these claim ids, a
// claim of 0 counting as one claim each (relations never stored).
uint32_t CountClaims(std::vector<uint64_t> claims);

// The edges one document's relations give, by the rule of graph/graph_view.h:
// a relation with a target is one statement of (type, source, target); a
// denial with no target is one statement of (denies, denier, A) for each
// actor A other than the denier that accuses the denier in the same
// document; any other relation without a target gives none. Each edge has
// documents == 1, `claims` its distinct claims here and `claim_ids` those
// that are not 0. Sorted by (type, source, target). The store keeps their
// sums (store/keys.h, "edges"), so a graph query reads edges, not every
// relation; whether source and target are actors is left to the reader.
std::vector<EdgeCount> DocumentEdges(const DocumentFacts& facts);

// A snapshot of a whole store (or a selection of it): what graph views and
// exports are built from. Actors here are merged across documents.
struct Corpus {
  std::vector<Document> documents;  // metadata; text may be empty
  std::vector<Actor> actors;
  std::vector<Quote> quotes;
  std::vector<Relation> relations;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_MODEL_FACTS_H_
