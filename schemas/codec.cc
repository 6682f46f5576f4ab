#include "schemas/codec.h"

#include <capnp/message.h>
#include <capnp/serialize-packed.h>
#include <kj/exception.h>
#include <kj/io.h>

#include <algorithm>
#include <cstring>

namespace actorgraph {

namespace {

// Generous bounds for one store value: 1 GiB of words, the default nesting.
constexpr uint64_t kTraversalLimitWords = uint64_t{1} << 27;

// A Graph file's limit grows with the file: our exports unpack to 1.2x
// (with texts) to 1.4x (without) their packed size, measured on 21,000 news
// articles, so 8 words (64 bytes) per packed byte leaves a wide margin, while
// a small hostile file (a segment table claiming gigabytes, pointers aimed at
// one subtree many times) is refused before it allocates or loops. The floor
// keeps small exports far from the limit.
constexpr uint64_t kGraphLimitWordsPerByte = 8;
constexpr uint64_t kGraphMinTraversalWords = uint64_t{1} << 20;  // 8 MiB

kj::StringPtr Text(const std::string& s) { return kj::StringPtr(s.c_str(), s.size()); }
std::string Str(capnp::Text::Reader t) { return std::string(t.cStr(), t.size()); }

void SetSpan(const Span& in, schema::Span::Builder out) {
  out.setStart(in.start);
  out.setEnd(in.end);
}
Span GetSpan(schema::Span::Reader in) { return Span{in.getStart(), in.getEnd()}; }

void SetTextList(const std::vector<std::string>& in,
                 capnp::List<capnp::Text>::Builder out) {
  for (size_t i = 0; i < in.size(); ++i) out.set(i, Text(in[i]));
}
std::vector<std::string> GetTextList(capnp::List<capnp::Text>::Reader in) {
  std::vector<std::string> out;
  out.reserve(in.size());
  for (auto t : in) out.push_back(Str(t));
  return out;
}

std::string Serialize(capnp::MessageBuilder& message) {
  kj::VectorOutputStream stream;
  capnp::writePackedMessage(stream, message);
  auto bytes = stream.getArray();
  return std::string(reinterpret_cast<const char*>(bytes.begin()), bytes.size());
}

// Parses a packed message and hands its root to `read`, translating every
// kj::Exception (truncation, bad pointers, limits) into Corruption.
template <typename Root, typename Fn>
auto ParsePacked(std::string_view bytes, const char* what, Fn&& read,
                 uint64_t traversal_limit_words = kTraversalLimitWords)
    -> Result<decltype(read(std::declval<typename Root::Reader>()))> {
  using Out = decltype(read(std::declval<typename Root::Reader>()));
  if (bytes.empty()) return Status::Corruption(std::string("empty ") + what);
  std::optional<Out> out;
  size_t trailing = 0;
  auto maybe = kj::runCatchingExceptions([&]() {
    kj::ArrayInputStream input(kj::arrayPtr(
        reinterpret_cast<const kj::byte*>(bytes.data()), bytes.size()));
    {
      capnp::ReaderOptions options;
      options.traversalLimitInWords = traversal_limit_words;
      capnp::PackedMessageReader reader(input, options);
      out.emplace(read(reader.getRoot<Root>()));
    }
    trailing = input.tryGetReadBuffer().size();
  });
  KJ_IF_MAYBE(e, maybe) {
    return Status::Corruption(std::string("bad ") + what + ": " +
                              std::string(e->getDescription().cStr()));
  }
  // One value, one message: bytes after it mean a damaged or concatenated
  // file, not something to ignore.
  if (trailing != 0) {
    return Status::Corruption(std::string("bad ") + what + ": " + std::to_string(trailing) +
                              " bytes after the end of the message");
  }
  return std::move(*out);
}

template <typename Root, typename T>
std::string EncodeOne(const T& value) {
  capnp::MallocMessageBuilder message;
  ToCapnp(value, message.initRoot<Root>());
  return Serialize(message);
}

}  // namespace

void ToCapnp(const Document& in, schema::Document::Builder out) {
  out.setId(Text(in.id));
  out.setTitle(Text(in.title));
  out.setDate(Text(in.date));
  out.setUrl(Text(in.url));
  out.setSource(Text(in.source));
  out.setContentHash(in.content_hash);
  out.setText(Text(in.text));
  out.setExtractor(in.extractor);
  out.setDateWritten(Text(in.date_written));
  out.setDateOrigin(static_cast<schema::DateOrigin>(in.date_origin));
}

Document FromCapnp(schema::Document::Reader in) {
  Document d;
  d.id = Str(in.getId());
  d.title = Str(in.getTitle());
  d.date = Str(in.getDate());
  d.url = Str(in.getUrl());
  d.source = Str(in.getSource());
  d.content_hash = in.getContentHash();
  d.text = Str(in.getText());
  d.extractor = in.getExtractor();
  d.date_written = Str(in.getDateWritten());
  // An origin this build does not know (a later one's) reads as a field.
  const auto origin = static_cast<int>(in.getDateOrigin());
  d.date_origin = origin <= static_cast<int>(DateOrigin::kDatelineYearOfPrevious)
                      ? static_cast<DateOrigin>(origin)
                      : DateOrigin::kField;
  return d;
}

void ToCapnp(const Actor& in, schema::Actor::Builder out) {
  out.setKey(Text(in.id));
  out.setName(Text(in.name));
  out.setType(static_cast<schema::ActorType>(in.type));
  SetTextList(in.aliases, out.initAliases(in.aliases.size()));
  auto mentions = out.initMentions(in.mentions.size());
  for (size_t i = 0; i < in.mentions.size(); ++i) {
    mentions[i].setDocument(Text(in.mentions[i].document));
    SetSpan(in.mentions[i].span, mentions[i].initSpan());
    mentions[i].setForm(static_cast<schema::MentionForm>(in.mentions[i].form));
  }
}

Actor FromCapnp(schema::Actor::Reader in) {
  Actor a;
  a.id = Str(in.getKey());
  a.name = Str(in.getName());
  auto type = static_cast<int>(in.getType());
  a.type = type <= static_cast<int>(ActorType::kGroup) ? static_cast<ActorType>(type)
                                                       : ActorType::kOrganization;
  a.aliases = GetTextList(in.getAliases());
  for (auto m : in.getMentions()) {
    MentionForm form = m.getForm() == schema::MentionForm::DEMONYM ? MentionForm::kDemonym
                                                                    : MentionForm::kName;
    a.mentions.push_back(Mention{Str(m.getDocument()), GetSpan(m.getSpan()), form});
  }
  return a;
}

void ToCapnp(const Quote& in, schema::Quote::Builder out) {
  out.setDocument(Text(in.document));
  SetSpan(in.span, out.initSpan());
  out.setText(Text(in.text));
  out.setDirect(in.direct);
  out.setSpeaker(Text(in.speaker));
  if (in.speaker_mention) {
    SetSpan(*in.speaker_mention, out.getSpeakerMention().initSpan());
  } else {
    out.getSpeakerMention().setNone();
  }
  out.setSpeakerText(Text(in.speaker_text));
  out.setCue(Text(in.cue));
  SetTextList(in.about, out.initAbout(in.about.size()));
  auto fragments = out.initFragments(in.fragments.size());
  for (size_t i = 0; i < in.fragments.size(); ++i) SetSpan(in.fragments[i], fragments[i]);
  out.setClaim(in.claim);
}

Quote FromCapnp(schema::Quote::Reader in) {
  Quote q;
  q.document = Str(in.getDocument());
  q.span = GetSpan(in.getSpan());
  q.text = Str(in.getText());
  q.direct = in.getDirect();
  q.speaker = Str(in.getSpeaker());
  auto mention = in.getSpeakerMention();
  if (mention.isSpan()) q.speaker_mention = GetSpan(mention.getSpan());
  q.speaker_text = Str(in.getSpeakerText());
  q.cue = Str(in.getCue());
  q.about = GetTextList(in.getAbout());
  for (auto f : in.getFragments()) q.fragments.push_back(GetSpan(f));
  q.claim = in.getClaim();
  return q;
}

void ToCapnp(const Relation& in, schema::Relation::Builder out) {
  out.setType(static_cast<schema::RelationType>(in.type));
  out.setSource(Text(in.source));
  out.setTarget(Text(in.target));
  out.setDocument(Text(in.document));
  SetSpan(in.span, out.initSpan());
  out.setCue(Text(in.cue));
  out.setConfidence(static_cast<float>(in.confidence));
  out.setRole(Text(in.role));
  out.setFormer(in.former);
  out.setCameo(Text(in.cameo));
  if (in.source_mention) {
    SetSpan(*in.source_mention, out.getSourceMention().initSpan());
  } else {
    out.getSourceMention().setNone();
  }
  out.setClaim(in.claim);
}

Relation FromCapnp(schema::Relation::Reader in) {
  Relation r;
  auto type = static_cast<int>(in.getType());
  r.type = type <= static_cast<int>(RelationType::kCriticizes)
               ? static_cast<RelationType>(type)
               : RelationType::kQuotes;
  r.source = Str(in.getSource());
  r.target = Str(in.getTarget());
  r.document = Str(in.getDocument());
  r.span = GetSpan(in.getSpan());
  r.cue = Str(in.getCue());
  r.confidence = in.getConfidence();
  r.role = Str(in.getRole());
  r.former = in.getFormer();
  r.cameo = Str(in.getCameo());
  auto mention = in.getSourceMention();
  if (mention.isSpan()) r.source_mention = GetSpan(mention.getSpan());
  r.claim = in.getClaim();
  return r;
}

std::string EncodeDocument(const Document& doc) {
  return EncodeOne<schema::Document>(doc);
}
Result<Document> DecodeDocument(std::string_view bytes) {
  return ParsePacked<schema::Document>(
      bytes, "document", [](schema::Document::Reader r) { return FromCapnp(r); });
}

Result<std::string> DecodeDocumentDate(std::string_view bytes) {
  return ParsePacked<schema::Document>(
      bytes, "document", [](schema::Document::Reader r) { return std::string(r.getDate().cStr()); });
}

std::string EncodeActor(const Actor& actor) { return EncodeOne<schema::Actor>(actor); }
Result<Actor> DecodeActor(std::string_view bytes) {
  return ParsePacked<schema::Actor>(
      bytes, "actor", [](schema::Actor::Reader r) { return FromCapnp(r); });
}

std::string EncodeQuote(const Quote& quote) { return EncodeOne<schema::Quote>(quote); }
Result<Quote> DecodeQuote(std::string_view bytes) {
  return ParsePacked<schema::Quote>(
      bytes, "quote", [](schema::Quote::Reader r) { return FromCapnp(r); });
}

Result<uint64_t> DecodeQuoteClaim(std::string_view bytes) {
  return ParsePacked<schema::Quote>(bytes, "quote",
                                    [](schema::Quote::Reader r) { return r.getClaim(); });
}

std::string EncodeRelation(const Relation& relation) {
  return EncodeOne<schema::Relation>(relation);
}
Result<Relation> DecodeRelation(std::string_view bytes) {
  return ParsePacked<schema::Relation>(
      bytes, "relation", [](schema::Relation::Reader r) { return FromCapnp(r); });
}

std::string EncodeDocumentFacts(const DocumentFacts& facts) {
  capnp::MallocMessageBuilder message;
  auto root = message.initRoot<schema::DocumentFacts>();
  root.setDocument(Text(facts.document));
  auto actors = root.initActors(facts.actors.size());
  for (size_t i = 0; i < facts.actors.size(); ++i) ToCapnp(facts.actors[i], actors[i]);
  auto quotes = root.initQuotes(facts.quotes.size());
  for (size_t i = 0; i < facts.quotes.size(); ++i) ToCapnp(facts.quotes[i], quotes[i]);
  auto relations = root.initRelations(facts.relations.size());
  for (size_t i = 0; i < facts.relations.size(); ++i) {
    ToCapnp(facts.relations[i], relations[i]);
  }
  if (!facts.merges.empty()) {
    auto merges = root.initMerges(facts.merges.size());
    for (size_t i = 0; i < facts.merges.size(); ++i) {
      const ActorMerge& m = facts.merges[i];
      merges[i].setFrom(Text(m.from));
      merges[i].setName(Text(m.name));
      merges[i].setTo(Text(m.to));
      merges[i].setReason(static_cast<schema::MergeReason>(m.reason));
    }
  }
  return Serialize(message);
}

Result<DocumentFacts> DecodeDocumentFacts(std::string_view bytes) {
  return ParsePacked<schema::DocumentFacts>(
      bytes, "document facts", [](schema::DocumentFacts::Reader r) {
        DocumentFacts f;
        f.document = Str(r.getDocument());
        for (auto a : r.getActors()) f.actors.push_back(FromCapnp(a));
        for (auto q : r.getQuotes()) f.quotes.push_back(FromCapnp(q));
        for (auto rel : r.getRelations()) f.relations.push_back(FromCapnp(rel));
        for (auto m : r.getMerges()) {
          // A reason this build does not know (a later one's) reads as a rule.
          const auto reason = static_cast<int>(m.getReason());
          f.merges.push_back({Str(m.getFrom()), Str(m.getName()), Str(m.getTo()),
                              reason <= static_cast<int>(MergeReason::kUserRule)
                                  ? static_cast<MergeReason>(reason)
                                  : MergeReason::kUserRule});
        }
        return f;
      });
}

std::string EncodeGraph(const Corpus& corpus) {
  capnp::MallocMessageBuilder message;
  auto root = message.initRoot<schema::Graph>();
  root.setSchemaVersion(kSchemaVersion);
  auto docs = root.initDocuments(corpus.documents.size());
  for (size_t i = 0; i < corpus.documents.size(); ++i) ToCapnp(corpus.documents[i], docs[i]);
  auto actors = root.initActors(corpus.actors.size());
  for (size_t i = 0; i < corpus.actors.size(); ++i) ToCapnp(corpus.actors[i], actors[i]);
  auto quotes = root.initQuotes(corpus.quotes.size());
  for (size_t i = 0; i < corpus.quotes.size(); ++i) ToCapnp(corpus.quotes[i], quotes[i]);
  auto relations = root.initRelations(corpus.relations.size());
  for (size_t i = 0; i < corpus.relations.size(); ++i) {
    ToCapnp(corpus.relations[i], relations[i]);
  }
  return Serialize(message);
}

uint64_t GraphTraversalLimitWords(size_t packed_bytes) {
  return std::max(kGraphMinTraversalWords, packed_bytes * kGraphLimitWordsPerByte);
}

namespace {

// True when the lists of `r` hold at most `budget` elements in all. Every
// element an actorgraph writer puts in a list holds a non-null pointer (a
// key, an id, a document name), so it costs at least one byte even packed: a
// message whose lists claim more elements than it has bytes is built to make
// a reader allocate (a list of 2^20 empty structs takes a dozen bytes), not
// written by an export. Counting stops as soon as the budget is spent.
bool ElementsWithin(schema::Graph::Reader r, uint64_t budget) {
  uint64_t n = uint64_t{r.getDocuments().size()} + r.getActors().size() + r.getQuotes().size() +
               r.getRelations().size();
  if (n > budget) return false;
  for (auto a : r.getActors()) {
    n += a.getAliases().size() + a.getMentions().size();
    if (n > budget) return false;
  }
  for (auto q : r.getQuotes()) {
    n += q.getAbout().size() + q.getFragments().size();
    if (n > budget) return false;
  }
  return true;
}

}  // namespace

Result<Corpus> DecodeGraph(std::string_view bytes) {
  uint32_t version = 0;
  bool too_many = false;
  auto read = [&](schema::Graph::Reader r) {
    Corpus c;
    version = r.getSchemaVersion();
    if (version == 0 || version > kSchemaVersion) return c;
    too_many = !ElementsWithin(r, bytes.size());
    if (too_many) return c;
    for (auto d : r.getDocuments()) c.documents.push_back(FromCapnp(d));
    for (auto a : r.getActors()) c.actors.push_back(FromCapnp(a));
    for (auto q : r.getQuotes()) c.quotes.push_back(FromCapnp(q));
    for (auto rel : r.getRelations()) c.relations.push_back(FromCapnp(rel));
    return c;
  };
  auto corpus = ParsePacked<schema::Graph>(bytes, "graph", read,
                                           GraphTraversalLimitWords(bytes.size()));
  if (!corpus.ok()) return corpus;
  if (too_many) {
    return Status::Corruption("bad graph: its lists claim more elements than its " +
                              std::to_string(bytes.size()) + " bytes can hold");
  }
  if (version == 0) {
    // Every writer sets it, so 0 means some other message (or noise that
    // happened to parse).
    return Status::Corruption("not an actorgraph graph: schema version is 0");
  }
  if (version > kSchemaVersion) {
    return Status::InvalidArgument("graph has schema version " + std::to_string(version) +
                                   ", newer than this build's " +
                                   std::to_string(kSchemaVersion) + "; upgrade actorgraph");
  }
  return corpus;
}

}  // namespace actorgraph
