#include "extract/affiliation_finder.h"

#include <algorithm>

#include "extract/text_util.h"

namespace actorgraph {
namespace {

constexpr size_t kMaxRoleTokens = 8;     // "former U.S. foreign service officer"
constexpr size_t kMaxComplement = 8;     // "of political risk and transnational threats"
constexpr size_t kMaxPhraseTokens = 12;  // "Washington DC think tank the Centre for ..."
constexpr size_t kMaxRoleBefore = 5;     // "former Coastal Service official"
constexpr size_t kMaxFreeWords = 2;      // "foreign service" in "foreign service officer"

bool IsArticle(std::string_view w) { return w == "a" || w == "an" || w == "the"; }

// Words tying a role to its organisation.
bool IsLink(std::string_view w) {
  return w == "at" || w == "for" || w == "of" || w == "with" || w == "in" || w == "from";
}

// Words that end a noun phrase or a role phrase.
bool IsPhraseStop(std::string_view w) {
  return w == "and" || w == "or" || w == "but" || w == "who" || w == "which" || w == "that" ||
         w == "whose" || w == "where" || w == "when" || w == "while";
}

}  // namespace

std::optional<RoleWordKind> AffiliationFinder::Kind(size_t i) const {
  if (!t_.IsWord(i)) return std::nullopt;
  std::string w = AsciiLower(t_.Text(i));
  if (w.starts_with("ex-")) return RoleWordKind::kFormer;
  return lex_.RoleWord(w);
}

int AffiliationFinder::OrgActorAt(size_t i, bool* person) const {
  *person = false;
  int a = actors_.ActorAt(i);
  if (a < 0 || in_quote_[i]) return -1;
  ActorType type = actors_.actors[a].type;
  if (type == ActorType::kPerson) *person = true;
  return type == ActorType::kPerson || type == ActorType::kLocation ? -1 : a;
}

int AffiliationFinder::OrgAfter(size_t b, size_t se, size_t* end) const {
  int best = -1;
  bool after_name = false;  // a word after an organisation's name ends the phrase
  size_t k = b;
  for (; k < se && k < b + kMaxPhraseTokens; ++k) {
    bool person = false;
    int a = OrgActorAt(k, &person);
    if (person) break;
    if (a >= 0) {
      best = a;
      k = actors_.mentions[actors_.mention_at[k]].end - 1;
      // "British bank Barclays": a country modifies the words after it.
      after_name = actors_.actors[a].type != ActorType::kCountry;
      continue;
    }
    if (t_.tokens[k].kind == TokenKind::kPossessive) {
      after_name = false;  // "Norway's Coastal Service"
      continue;
    }
    if (!t_.IsWord(k) || after_name || IsPhraseStop(t_.Text(k))) break;
  }
  *end = k;
  return best;
}

void AffiliationFinder::Emit(int person, size_t token, const Role& role, double confidence,
                             std::vector<FoundAffiliation>* out) const {
  if (role.org < 0 || role.org == person) return;
  for (const FoundAffiliation& f : *out) {
    if (f.person == person && f.org == role.org) return;
  }
  FoundAffiliation f;
  f.person = person;
  f.org = role.org;
  f.sentence = t_.tokens[token].sentence;
  for (uint32_t k : role.tokens) {
    if (!f.role.empty()) f.role += ' ';
    f.role += t_.Text(k);
  }
  f.former = role.former;
  f.confidence = confidence;
  out->push_back(std::move(f));
}

void AffiliationFinder::Apposition(int person, size_t e, size_t se,
                                   std::vector<FoundAffiliation>* out) const {
  if (!t_.Is(e, ",")) return;
  size_t k = e + 1;
  for (bool first = true; k < se; first = false) {
    if (!first) {
      if (!t_.Is(k, "and")) return;
      ++k;
    }
    while (k < se && t_.IsWord(k) &&
           (IsArticle(t_.Text(k)) || Kind(k) == RoleWordKind::kCurrent)) {
      ++k;
    }
    // The role phrase: words up to a link, ending in a role noun; an actor
    // may open it or sit inside it ("the U.S. State Department lead
    // official", "a former U.S. diplomat").
    Role role;
    double confidence = 0.8;
    size_t last_noun = 0;
    size_t org_at = 0;  // role tokens before the actor inside the role
    size_t free_words = 0;  // lowercase words not in roles.txt
    for (const size_t b = k; k < se && k < b + kMaxRoleTokens; ++k) {
      bool is_person = false;
      int a = OrgActorAt(k, &is_person);
      if (is_person || (a >= 0 && role.org >= 0)) return;
      if (a >= 0) {
        role.org = a;
        org_at = role.tokens.size();
        confidence = 0.7;
        k = actors_.mentions[actors_.mention_at[k]].end - 1;
        continue;
      }
      // "Ada Quill, Norway's fisheries minister"
      if (t_.tokens[k].kind == TokenKind::kPossessive && role.org >= 0 && role.tokens.empty()) {
        continue;
      }
      if (!t_.IsWord(k) || in_quote_[k]) break;
      std::string_view w = t_.Text(k);
      if (IsLink(w) || w == "on" || IsPhraseStop(w)) break;
      std::optional<RoleWordKind> kind = Kind(k);
      // "foreign service officer", not "he has also become chairman".
      if (!kind && !t_.tokens[k].upper && ++free_words > kMaxFreeWords) return;
      role.former |= kind == RoleWordKind::kFormer;
      role.tokens.push_back(static_cast<uint32_t>(k));
      if (kind == RoleWordKind::kRole || (kind == RoleWordKind::kFormer && w.size() > 3 &&
                                          lex_.RoleWord(AsciiLower(w.substr(3))) ==
                                              RoleWordKind::kRole)) {
        role.has_noun = true;
        last_noun = k;
      }
    }
    // Nothing may follow the role noun but a link or the phrase's end.
    if (!role.has_noun || role.tokens.back() != last_noun) return;
    // "a China specialist" is no affiliation, "a U.S. foreign service
    // officer" and "the Norwegian Defence Minister" are: a word must come
    // between a country and the role noun.
    if (role.org >= 0 && actors_.actors[role.org].type == ActorType::kCountry &&
        role.tokens.size() < org_at + 2) {
      role.org = -1;
    }
    // "head of political risk and transnational threats at ...",
    // "lead official on cyber policy": an of/on complement stays in the role
    // when lowercase words lead to another link or the clause's end.
    if (k + 1 < se && (t_.Is(k, "of") || t_.Is(k, "on"))) {
      size_t c = k + 1;
      while (c < se && c < k + 1 + kMaxComplement && t_.IsWord(c) && !t_.tokens[c].upper &&
             actors_.mention_at[c] < 0 && !IsLink(t_.Text(c)) &&
             !(t_.Is(c, "and") && t_.IsWord(c + 1) && (IsArticle(t_.Text(c + 1)) || Kind(c + 1)))) {
        ++c;
      }
      bool at_end = c == se || !t_.IsWord(c);
      bool at_link = !at_end && IsLink(t_.Text(c)) && !t_.Is(c, "of");
      if (c > k + 1 && (at_link || (at_end && role.org >= 0))) {
        for (size_t x = k; x < c; ++x) role.tokens.push_back(static_cast<uint32_t>(x));
        k = c;
      }
    }
    if (k < se && t_.IsWord(k) && IsLink(t_.Text(k))) {
      size_t end = k;
      int org = OrgAfter(k + 1, se, &end);
      if (org >= 0) {
        role.org = org;
        confidence = 0.8;
      }
      k = end;
    }
    if (role.org < 0) return;
    Emit(person, e - 1, role, confidence, out);
    // "Norway's Coastal Service (NCS)"
    if (t_.Is(k, "(") && t_.Is(k + 2, ")")) k += 3;
  }
}

void AffiliationFinder::RoleBefore(int person, size_t b, size_t e, size_t sb, size_t se,
                                   std::vector<FoundAffiliation>* out) const {
  if (b == sb || Kind(b - 1) != RoleWordKind::kRole) return;
  Role role;
  size_t k = b;
  while (k > sb && k + kMaxRoleBefore > b) {
    size_t p = k - 1;
    bool is_person = false;
    int a = OrgActorAt(p, &is_person);
    if (is_person || (a >= 0 && role.org >= 0)) break;
    if (a >= 0) {
      role.org = a;
      k = actors_.mentions[actors_.mention_at[p]].begin;
      continue;
    }
    if (!t_.IsWord(p) || in_quote_[p]) break;
    std::optional<RoleWordKind> kind = Kind(p);
    // "Trade Minister": capitalised words of a title, before any organisation.
    bool title_word = t_.tokens[p].upper && role.org < 0 && !lex_.IsFunctionWord(t_.Text(p));
    if (kind == RoleWordKind::kCurrent || (!kind && !title_word)) break;
    role.former |= kind == RoleWordKind::kFormer;
    role.tokens.push_back(static_cast<uint32_t>(p));
    k = p;
  }
  std::reverse(role.tokens.begin(), role.tokens.end());
  double confidence = 0.7;
  // "consultant Tim Lark of Quill Group"
  if (e + 1 < se && (t_.Is(e, "of") || t_.Is(e, "at") || t_.Is(e, "from"))) {
    size_t end = e;
    int org = OrgAfter(e + 1, se, &end);
    if (org >= 0) {
      role.org = org;
      confidence = 0.8;
    }
  }
  Emit(person, b, role, confidence, out);
}

std::vector<FoundAffiliation> AffiliationFinder::Find() const {
  std::vector<FoundAffiliation> out;
  for (const ActorMention& m : actors_.mentions) {
    if (actors_.actors[m.actor].type != ActorType::kPerson || in_quote_[m.begin]) continue;
    const uint32_t sentence = t_.tokens[m.begin].sentence;
    const size_t sb = t_.sentence_begin[sentence];
    const size_t se = t_.sentence_begin[sentence + 1];
    RoleBefore(m.actor, m.begin, m.end, sb, se, &out);
    Apposition(m.actor, m.end, se, &out);
  }
  return out;
}

}  // namespace actorgraph
