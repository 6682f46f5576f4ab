#include "extract/extractor.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "extract/actor_finder.h"
#include "extract/affiliation_finder.h"
#include "extract/agency_country.h"
#include "extract/lexicons.h"
#include "extract/name_tagger.h"
#include "extract/quote_finder.h"
#include "extract/relation_finder.h"
#include "extract/speaker_attribution.h"
#include "extract/text_util.h"
#include "extract/tokenizer.h"

namespace actorgraph {

namespace fs = std::filesystem;
namespace {

Span TokenSpan(const TokenizedText& t, size_t b, size_t e) {
  return {t.tokens[b].start, t.tokens[e - 1].end};
}

// The CAMEO code of a relation: the type's own, but a complaint is CAMEO's
// "114 complain officially".
std::string CameoCode(RelationType type, std::string_view cue) {
  std::string lower = AsciiLower(cue);
  if (type != RelationType::kDenies && lower.find("complain") != std::string::npos) return "114";
  return std::string(DefaultCameoCode(type));
}

}  // namespace

std::string DefaultLexiconDir() {
  const char* env = std::getenv("ACTORGRAPH_LEXICONS");
  return env != nullptr && *env != '\0' ? env : ACTORGRAPH_DEFAULT_LEXICON_DIR;
}

std::string DefaultIsoCodesDir() {
  const char* env = std::getenv("ACTORGRAPH_ISO_CODES");
  return env != nullptr && *env != '\0' ? env : ACTORGRAPH_DEFAULT_ISO_CODES_DIR;
}

namespace {

// The files, directories and option string Fingerprint() hashes.
std::vector<std::string> FingerprintInputs(const ExtractorOptions& options) {
  std::vector<std::string> inputs = {
      "/proc/self/exe",
      options.lexicon_dir.empty() ? DefaultLexiconDir() : options.lexicon_dir,
      (options.iso_codes_dir.empty() ? DefaultIsoCodesDir() : options.iso_codes_dir) +
          "/iso_3166-1.json",
      DefaultCensusNamesPath(),
      DefaultWordsPath(),
  };
  if (options.name_tagger) {
    const std::string model =
        options.name_model.empty() ? DefaultNameModelPath() : options.name_model;
    inputs.push_back(fs::path(model).parent_path().string());
  }
  inputs.push_back(std::string("options:") +
                   (options.join_interrupted_quotes ? "join" : "split") +
                   (options.name_tagger ? ",tagger" : ",rules"));
  return inputs;
}

uint64_t HashInputs(const std::vector<std::string>& inputs);

}  // namespace

Result<std::unique_ptr<Extractor>> Extractor::Create(const ExtractorOptions& options) {
  Result<std::unique_ptr<Lexicons>> lex = Lexicons::Load(
      options.lexicon_dir.empty() ? DefaultLexiconDir() : options.lexicon_dir,
      options.iso_codes_dir.empty() ? DefaultIsoCodesDir() : options.iso_codes_dir);
  if (!lex.ok()) return lex.status();
  std::unique_ptr<NameTagger> tagger;
  if (options.name_tagger) {
    Result<std::unique_ptr<NameTagger>> loaded = NameTagger::Load(
        options.name_model.empty() ? DefaultNameModelPath() : options.name_model);
    if (!loaded.ok()) return loaded.status();
    tagger = std::move(loaded).value();
  }
  std::unique_ptr<Extractor> extractor(
      new Extractor(std::move(lex).value(), std::move(tagger), options));
  extractor->inputs_ = FingerprintInputs(options);
  return extractor;
}

uint64_t Extractor::FingerprintOf(const ExtractorOptions& options) {
  return HashInputs(FingerprintInputs(options));
}

namespace {

// Feeds a file's bytes (or nothing, when it cannot be read) to `state`.
void HashFile(const fs::path& path, XXH3_state_t* state) {
  std::ifstream in(path, std::ios::binary);
  char buf[1 << 16];
  while (in) {
    in.read(buf, sizeof buf);
    XXH3_64bits_update(state, buf, static_cast<size_t>(in.gcount()));
  }
}

}  // namespace

namespace {

uint64_t HashInputs(const std::vector<std::string>& inputs) {
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  for (const std::string& input : inputs) {
    XXH3_64bits_update(state, input.data(), input.size() + 1);  // with its NUL
    std::error_code ec;
    if (!fs::is_directory(input, ec)) {
      HashFile(input, state);
      continue;
    }
    std::vector<fs::path> files;
    for (const fs::directory_entry& e : fs::recursive_directory_iterator(input, ec)) {
      if (e.is_regular_file(ec)) files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      const std::string name = fs::relative(f, input, ec).string();
      XXH3_64bits_update(state, name.data(), name.size() + 1);
      HashFile(f, state);
    }
  }
  uint64_t hash = XXH3_64bits_digest(state);
  XXH3_freeState(state);
  return hash == 0 ? 1 : hash;
}

}  // namespace

uint64_t Extractor::Fingerprint() const {
  std::call_once(fingerprint_once_, [this] { fingerprint_ = HashInputs(inputs_); });
  return fingerprint_;
}

Extractor::Extractor(std::unique_ptr<Lexicons> lexicons, std::unique_ptr<NameTagger> tagger,
                     const ExtractorOptions& options)
    : lexicons_(std::move(lexicons)),
      tagger_(std::move(tagger)),
      join_interrupted_quotes_(options.join_interrupted_quotes) {}
Extractor::~Extractor() = default;

DocumentFacts Extractor::Extract(std::string_view doc_id, std::string_view text) const {
  DocumentFacts facts;
  facts.document = std::string(doc_id);
  const TokenizedText t = Tokenize(text);
  const ActorTable actors = ActorFinder(*lexicons_, tagger_.get()).Find(t);
  const std::vector<QuoteSpan> spans = FindQuoteSpans(t);
  SpeakerAttributor attributor(*lexicons_, t, actors, join_interrupted_quotes_);
  const std::vector<Statement> statements = attributor.Attribute(spans);

  // Actors, in order of first mention.
  std::vector<int> order;
  std::vector<int> first(actors.actors.size(), -1);
  for (const ActorMention& m : actors.mentions) {
    if (first[m.actor] < 0) {
      first[m.actor] = static_cast<int>(order.size());
      order.push_back(m.actor);
    }
  }
  for (int a : order) {
    const DocActor& d = actors.actors[a];
    Actor actor;
    actor.id = d.id;
    actor.name = d.name;
    actor.type = d.type;
    actor.aliases = d.aliases;
    if (std::find(actor.aliases.begin(), actor.aliases.end(), d.name) == actor.aliases.end()) {
      actor.aliases.insert(actor.aliases.begin(), d.name);
    }
    facts.actors.push_back(std::move(actor));
  }
  for (const ActorMention& m : actors.mentions) {
    facts.actors[first[m.actor]].mentions.push_back(
        {std::string(doc_id), TokenSpan(t, m.begin, m.end),
         m.demonym ? MentionForm::kDemonym : MentionForm::kName});
  }

  // Statements and the "quotes" relations they give.
  std::vector<bool> in_quote(t.tokens.size(), false);
  for (const QuoteSpan& q : spans) {
    std::fill(in_quote.begin() + q.open, in_quote.begin() + q.close + 1, true);
  }
  for (const Statement& s : statements) {
    Quote q;
    q.document = std::string(doc_id);
    q.span = {s.begin, s.end};
    q.text = std::string(text.substr(s.begin, s.end - s.begin));
    q.direct = s.direct;
    q.speaker = s.speaker >= 0 ? actors.actors[s.speaker].id : "";
    if (s.speaker_tokens) {
      q.speaker_mention = TokenSpan(t, s.speaker_tokens->first, s.speaker_tokens->second);
      q.speaker_text = std::string(
          text.substr(q.speaker_mention->start, q.speaker_mention->end - q.speaker_mention->start));
    }
    q.cue = s.cue;
    if (!s.direct) {
      // The quotations inside the statement (spans are in text order).
      auto k = std::lower_bound(spans.begin(), spans.end(), s.first_token,
                                [](const QuoteSpan& a, uint32_t tok) { return a.open + 1 < tok; });
      for (; k != spans.end() && k->close <= s.end_token; ++k) {
        q.fragments.push_back({t.tokens[k->open].end, t.tokens[k->close].start});
      }
    }
    for (size_t k = s.first_token; k < s.end_token; ++k) {
      // A quotation joined across its attribution is about what is inside
      // the marks, not about the attribution ("Gromtsev told reporters in
      // Moscow").
      if (s.direct && !in_quote[k]) continue;
      int a = actors.ActorAt(k);
      if (a < 0 || a == s.speaker) continue;
      const std::string& id = actors.actors[a].id;
      if (std::find(q.about.begin(), q.about.end(), id) == q.about.end()) q.about.push_back(id);
    }
    if (!q.speaker.empty() && !s.accusation_or_denial) {
      for (const std::string& about : q.about) {
        Relation r;
        r.type = RelationType::kQuotes;
        r.source = q.speaker;
        r.target = about;
        r.document = std::string(doc_id);
        r.span = q.span;
        r.cue = q.cue;
        r.cameo = DefaultCameoCode(RelationType::kQuotes);
        r.source_mention = q.speaker_mention;
        r.confidence = s.confidence;
        facts.relations.push_back(std::move(r));
      }
    }
    facts.quotes.push_back(std::move(q));
  }

  for (const FoundRelation& f : RelationFinder(*lexicons_, t, actors, in_quote).Find()) {
    Relation r;
    r.type = f.type;
    r.source = actors.actors[f.source].id;
    r.target = f.target >= 0 ? actors.actors[f.target].id : "";
    r.document = std::string(doc_id);
    size_t sb = t.sentence_begin[f.sentence];
    size_t se = t.sentence_begin[f.sentence + 1];
    r.span = TokenSpan(t, sb, se);
    r.cue = std::string(text.substr(t.tokens[f.cue_begin].start,
                                    t.tokens[f.cue_end - 1].end - t.tokens[f.cue_begin].start));
    r.cameo = CameoCode(f.type, r.cue);
    if (f.source_end > f.source_begin) r.source_mention = TokenSpan(t, f.source_begin, f.source_end);
    r.confidence = f.confidence;
    facts.relations.push_back(std::move(r));
  }

  for (FoundAffiliation& f : AffiliationFinder(*lexicons_, t, actors, in_quote).Find()) {
    Relation r;
    r.type = RelationType::kAffiliatedWith;
    r.source = actors.actors[f.person].id;
    r.target = actors.actors[f.org].id;
    r.document = std::string(doc_id);
    r.span = TokenSpan(t, t.sentence_begin[f.sentence], t.sentence_begin[f.sentence + 1]);
    r.cue = f.role;
    r.role = std::move(f.role);
    r.former = f.former;
    r.confidence = f.confidence;
    facts.relations.push_back(std::move(r));
  }

  for (const AgencyCountry& link : FindAgencyCountries(*lexicons_, t, actors)) {
    std::string country;
    if (link.country >= 0) {
      country = actors.actors[link.country].id;
    } else {
      // Named only inside the agency's name, which stays one mention of the
      // agency: the country is an actor of the document with no mention.
      const KnownActor& k = lexicons_->known_actors()[link.known];
      country = k.id;
      Actor actor;
      actor.id = k.id;
      actor.name = k.name;
      actor.type = k.type;
      actor.aliases = {k.name};
      facts.actors.push_back(std::move(actor));
    }
    Relation r;
    r.type = RelationType::kAffiliatedWith;
    r.source = actors.actors[link.agency].id;
    r.target = country;
    r.document = std::string(doc_id);
    r.span = TokenSpan(t, t.sentence_begin[link.sentence], t.sentence_begin[link.sentence + 1]);
    r.cue = "agency";
    r.role = "agency";
    r.confidence = 0.7;
    facts.relations.push_back(std::move(r));
  }
  return facts;
}

}  // namespace actorgraph
