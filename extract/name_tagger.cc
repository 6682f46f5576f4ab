#include "extract/name_tagger.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <array>
#include <charconv>
#include <fstream>
#include <unordered_map>

#include "extract/lexicons.h"

namespace actorgraph {
namespace {

// Lowercase words that may join two capitalised words of one name.
bool IsNameJoiner(std::string_view w) {
  static constexpr std::string_view kJoiners[] = {
      "of", "for", "de", "van", "von", "der", "den", "la", "le", "du", "des", "del", "di",
      "da", "al", "bin", "ibn", "and", "&", "the", "on", "upon", "y", "e", "el"};
  for (std::string_view j : kJoiners) {
    if (w == j) return true;
  }
  return false;
}

bool StartsDigit(std::string_view w) { return !w.empty() && w[0] >= '0' && w[0] <= '9'; }

// "Xxxx", "XX", "X.X.", "dddd-dd-dd": the word's letters as X, x and d.
std::string Shape(std::string_view w, bool upper, size_t limit) {
  std::string s;
  for (size_t k = 0; k < w.size() && s.size() < limit; ++k) {
    unsigned char c = static_cast<unsigned char>(w[k]);
    if (c >= 0x80) {
      if ((c & 0xC0) == 0x80) continue;  // a continuation byte
      s.push_back(k == 0 && upper ? 'X' : 'x');
    } else if (c >= 'A' && c <= 'Z') {
      s.push_back('X');
    } else if (c >= 'a' && c <= 'z') {
      s.push_back('x');
    } else if (c >= '0' && c <= '9') {
      s.push_back('d');
    } else {
      s.push_back(static_cast<char>(c));
    }
  }
  return s;
}

std::string ShortShape(std::string_view shape) {
  std::string s;
  for (char c : shape) {
    if (s.empty() || s.back() != c) s.push_back(c);
  }
  return s;
}

// Hashes a template letter and up to three strings; 0 is never returned
// (it marks an empty slot in the model's table).
class FeatureSink {
 public:
  explicit FeatureSink(std::vector<uint64_t>* out) : out_(out) {}
  void Add(char tmpl, std::string_view a, std::string_view b = {}, std::string_view c = {}) {
    buf_.clear();
    buf_.push_back(tmpl);
    buf_.append(a);
    buf_.push_back('\x1f');
    buf_.append(b);
    buf_.push_back('\x1f');
    buf_.append(c);
    uint64_t h = XXH3_64bits(buf_.data(), buf_.size());
    out_->push_back(h == 0 ? 1 : h);
  }

 private:
  std::vector<uint64_t>* out_;
  std::string buf_;
};

std::string_view LabelName(int label) {
  static constexpr std::string_view kNames[] = {"O",     "B-PER", "I-PER", "B-ORG",  "I-ORG",
                                                "B-LOC", "I-LOC", "B-MISC", "I-MISC"};
  return label >= 0 && label < kNameLabels ? kNames[label] : "?";
}

// Never 0, which marks an empty slot.
uint64_t WordHash(std::string_view word) {
  uint64_t h = XXH3_64bits(word.data(), word.size());
  return h == 0 ? 1 : h;
}

constexpr char kMagic[8] = {'A', 'G', 'N', 'A', 'M', 'E', 'S', '1'};

}  // namespace

Result<std::unique_ptr<WordClusters>> WordClusters::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot open the word clusters");
  std::unique_ptr<WordClusters> c(new WordClusters());
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    size_t tab2 = tab == std::string::npos ? tab : line.find('\t', tab + 1);
    int coarse = 0, fine = 0;
    auto number_at = [&](size_t from, size_t to, int* out) {
      auto [end, ec] = std::from_chars(line.data() + from, line.data() + to, *out);
      return ec == std::errc() && end == line.data() + to && *out >= 0 && *out < 65536;
    };
    if (tab == 0 || tab2 == std::string::npos || !number_at(tab + 1, tab2, &coarse) ||
        !number_at(tab2 + 1, line.size(), &fine)) {
      return Status::Corruption(path + ":" + std::to_string(number) +
                                ": expected WORD<TAB>C64<TAB>C512");
    }
    c->Insert(WordHash(std::string_view(line).substr(0, tab)), coarse * 65536 + fine);
  }
  if (in.bad()) return Status::IOError(path + ": cannot read the word clusters");
  return c;
}

void WordClusters::Insert(uint64_t hash, int clusters) {
  if ((count_ + 1) * 2 > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max<size_t>(64, old.size() * 2), Slot{});
    count_ = 0;
    for (const Slot& s : old) {
      if (s.hash != 0) Insert(s.hash, s.clusters);
    }
  }
  size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i].hash != 0 && slots_[i].hash != hash) i = (i + 1) & mask;
  if (slots_[i].hash == 0) ++count_;
  slots_[i] = {hash, clusters};
}

int WordClusters::Find(std::string_view word) const {
  if (slots_.empty()) return -1;
  uint64_t hash = WordHash(word);
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask; slots_[i].hash != 0; i = (i + 1) & mask) {
    if (slots_[i].hash == hash) return slots_[i].clusters;
  }
  return -1;
}

NameFeatures::NameFeatures(const TokenizedText& t, const Lexicons& lex,
                           const WordClusters& clusters)
    : t_(t), lex_(lex) {
  const size_t n = t.tokens.size();
  candidate_.assign(n, false);
  gazette_.assign(n, {});
  // Every token's text in ASCII lowercase, in one buffer.
  lower_text_.reserve(t.text.size());
  lower_begin_.reserve(n + 1);
  for (size_t i = 0; i < n; ++i) {
    lower_begin_.push_back(static_cast<uint32_t>(lower_text_.size()));
    for (char c : t.Text(i)) lower_text_.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  lower_begin_.push_back(static_cast<uint32_t>(lower_text_.size()));
  for (size_t i = 0; i < n; ++i) {
    const Token& tok = t.tokens[i];
    if (tok.kind == TokenKind::kWord && !tok.upper) {
      std::string_view lw = Lower(i);
      lowercase_seen_.push_back(XXH3_64bits(lw.data(), lw.size()));
    }
    if (tok.kind == TokenKind::kWord && (tok.upper || tok.all_caps)) candidate_[i] = true;
  }
  std::sort(lowercase_seen_.begin(), lowercase_seen_.end());
  lowercase_seen_.erase(std::unique(lowercase_seen_.begin(), lowercase_seen_.end()),
                        lowercase_seen_.end());
  // Joiners between two capitalised words of one paragraph.
  for (size_t i = 1; i + 1 < n; ++i) {
    if (candidate_[i] || !candidate_[i - 1] || !(t.tokens[i + 1].upper)) continue;
    if (t.tokens[i].paragraph != t.tokens[i + 1].paragraph ||
        t.tokens[i].paragraph != t.tokens[i - 1].paragraph) {
      continue;
    }
    // "P. Simmons", "St. Louis": the stop after an initial or a short
    // abbreviation.
    bool initial_stop = t.Text(i) == "." && t.Text(i - 1).size() <= 3 &&
                        t.tokens[i - 1].end == t.tokens[i].start;
    if (IsNameJoiner(Lower(i)) || initial_stop) candidate_[i] = true;
  }
  // Runs of candidates: the words around a token that may share its name.
  run_begin_.assign(n, 0);
  run_end_.assign(n, 0);
  for (size_t i = 0; i < n;) {
    if (!candidate_[i]) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < n && candidate_[j] && t.tokens[j].paragraph == t.tokens[i].paragraph) ++j;
    for (size_t k = i; k < j; ++k) {
      run_begin_[k] = static_cast<uint32_t>(i);
      run_end_[k] = static_cast<uint32_t>(j);
    }
    i = j;
  }
  // Word clusters and lexicon answers of candidates and their neighbours,
  // once per token and once per distinct word.
  cluster_.assign(n, -1);
  info_of_.assign(n, 0);
  infos_.emplace_back();  // index 0: a token nobody asks about
  std::unordered_map<std::string_view, uint32_t> seen;
  for (size_t i = 0; i < n; ++i) {
    if (!(candidate_[i] || (i > 0 && candidate_[i - 1]) || (i + 1 < n && candidate_[i + 1]))) {
      continue;
    }
    std::string_view w = t.Text(i);
    cluster_[i] = clusters.Find(w);
    auto [it, inserted] = seen.emplace(w, static_cast<uint32_t>(infos_.size()));
    info_of_[i] = it->second;
    if (!inserted) continue;
    std::string_view lw = Lower(i);
    WordInfo info;
    if (std::optional<Gender> given = lex.GivenName(w)) {
      info.given = *given == Gender::kMale ? 'm' : *given == Gender::kFemale ? 'f' : 'u';
    }
    info.kinds = static_cast<char>('0' + lex.WordKinds(lw));
    if (std::optional<ActorType> head = lex.HeadType(w)) {
      info.head = *head == ActorType::kAgency ? 'a' : 'o';
    }
    info.org_suffix = lex.IsOrgSuffix(w);
    info.place_head = lex.IsPlaceHead(w);
    info.function_word = lex.IsFunctionWord(w);
    info.acronym = lex.IsCommonAcronym(w);
    info.org_noun = lex.IsOrgNoun(lw);
    info.org_follower = lex.IsOrgFollower(lw);
    infos_.push_back(info);
  }
  // Lexicon phrases (countries, subdivisions, known organisations, blocs).
  for (size_t p = 0; p + 1 < t.paragraph_begin.size(); ++p) {
    size_t e = t.paragraph_begin[p + 1];
    for (size_t i = t.paragraph_begin[p]; i < e;) {
      if (!candidate_[i]) {
        ++i;
        continue;
      }
      PhraseTable::Match m = lex.actor_phrases().Longest(t, i, e);
      if (m.value < 0) {
        ++i;
        continue;
      }
      uint8_t type = 1 + static_cast<uint8_t>(lex.known_actors()[m.value].type);
      for (size_t k = i; k < i + m.length; ++k) {
        gazette_[k].actor = type;
        gazette_[k].actor_pos = k == i ? 1 : (k + 1 == i + m.length ? 3 : 2);
      }
      i += m.length;
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (!candidate_[i]) continue;
    for (size_t len = 1; len <= 3 && len <= i; ++len) {
      size_t from = i - len;
      if (t.tokens[from].paragraph != t.tokens[i].paragraph) break;
      PhraseTable::Match m = lex.titles().Longest(t, from, i);
      if (m.value >= 0 && from + m.length == i) {
        gazette_[i].title_before = true;
        break;
      }
    }
  }
}

void NameFeatures::Extract(size_t i, int prev1, int prev2, std::vector<uint64_t>* out) const {
  FeatureSink f(out);
  const Token& tok = t_.tokens[i];
  std::string_view w = t_.Text(i);
  std::string_view lw = Lower(i);
  auto word_at = [&](size_t k) -> std::string_view {
    if (k >= t_.tokens.size() || t_.tokens[k].paragraph != tok.paragraph) return "<s>";
    return Lower(k);
  };
  auto shape_at = [&](size_t k) -> std::string {
    if (k >= t_.tokens.size() || t_.tokens[k].paragraph != tok.paragraph) return "<s>";
    return ShortShape(Shape(t_.Text(k), t_.tokens[k].upper, 12));
  };
  std::string shape = Shape(w, tok.upper, 12);
  std::string short_shape = ShortShape(shape);

  f.Add('b', "");
  f.Add('w', w);
  f.Add('l', lw);
  f.Add('s', shape);
  f.Add('S', short_shape);
  for (size_t k = 1; k <= 4 && k <= lw.size(); ++k) {
    f.Add('p', lw.substr(0, k));
    f.Add('x', std::string_view(lw).substr(lw.size() - k));
  }
  bool sentence_initial = t_.sentence_begin[tok.sentence] == i ||
                          (i > 0 && t_.tokens[i - 1].kind == TokenKind::kQuote &&
                           t_.sentence_begin[tok.sentence] == i - 1);
  bool paragraph_initial = t_.paragraph_begin[tok.paragraph] == i;
  if (sentence_initial) f.Add('i', "");
  if (paragraph_initial) f.Add('I', "");
  if (t_.headline[tok.paragraph]) f.Add('h', "");
  size_t sentence_len = t_.sentence_begin[tok.sentence + 1] - t_.sentence_begin[tok.sentence];
  f.Add('z', sentence_len <= 3 ? "1" : sentence_len <= 8 ? "2" : "3");

  std::string_view p1 = i > 0 ? word_at(i - 1) : "<s>";
  std::string_view p2 = i > 1 ? word_at(i - 2) : "<s>";
  std::string_view n1 = word_at(i + 1), n2 = word_at(i + 2);
  f.Add('1', p1);
  f.Add('2', p2);
  f.Add('3', n1);
  f.Add('4', n2);
  f.Add('[', p1, lw);
  f.Add(']', lw, n1);
  std::string ps = i > 0 ? shape_at(i - 1) : "<s>";
  std::string ns = shape_at(i + 1);
  f.Add('<', ps);
  f.Add('>', ns);
  f.Add('=', ps, short_shape, ns);

  std::string_view l1 = LabelName(prev1), l2 = LabelName(prev2);
  f.Add('t', l1);
  f.Add('T', l1, l2);
  f.Add('u', l1, short_shape);
  f.Add('v', l1, lw);

  const Gazette& g = gazette_[i];
  if (g.actor != 0) {
    char type = static_cast<char>('0' + g.actor);
    char pos = static_cast<char>('0' + g.actor_pos);
    f.Add('g', std::string_view(&type, 1), std::string_view(&pos, 1));
    f.Add('G', std::string_view(&type, 1), l1);
  }
  if (g.title_before) f.Add('e', "");
  const WordInfo& info = Info(i);
  if (info.given != 0) f.Add('n', std::string_view(&info.given, 1));
  f.Add('c', std::string_view(&info.kinds, 1));
  f.Add('C', std::string_view(&info.kinds, 1), sentence_initial ? "i" : "m");
  if (info.org_suffix) f.Add('o', "");
  if (info.place_head) f.Add('O', "");
  if (info.head != 0) f.Add('H', std::string_view(&info.head, 1));
  if (info.function_word) f.Add('f', "");
  if (info.acronym) f.Add('A', "");
  if (i > 0 && t_.tokens[i - 1].paragraph == tok.paragraph && Info(i - 1).org_noun) f.Add('N', "");
  if (i + 1 < t_.tokens.size() && t_.tokens[i + 1].paragraph == tok.paragraph &&
      Info(i + 1).org_follower) {
    f.Add('F', "");
  }
  auto cue_at = [&](size_t k) {
    if (k >= t_.tokens.size() || t_.tokens[k].paragraph != tok.paragraph) return false;
    PhraseTable::Match m = lex_.cue_phrases().Longest(t_, k, t_.paragraph_begin[tok.paragraph + 1]);
    return m.value >= 0 && lex_.cues()[m.value].kind == CueKind::kSpeech;
  };
  if (cue_at(i + 1)) f.Add('q', "next");
  if (i > 0 && cue_at(i - 1)) f.Add('q', "prev");
  uint64_t lh = XXH3_64bits(lw.data(), lw.size());
  if (tok.upper && std::binary_search(lowercase_seen_.begin(), lowercase_seen_.end(), lh)) {
    f.Add('L', "");
  }
  // The run: its length, the place of the token in it, its first and last
  // words ("Alder Motor Corp": "corp" speaks for "alder" too).
  size_t rb = run_begin_[i], re = run_end_[i];
  size_t len = re - rb;
  char len_pos[2] = {static_cast<char>('0' + std::min<size_t>(len, 5)),
                     static_cast<char>(i == rb ? 'b' : i + 1 == re ? 'e' : 'm')};
  f.Add('r', std::string_view(len_pos, 2));
  if (len > 1) {
    f.Add('R', Lower(re - 1), i + 1 == re ? "self" : "");
    f.Add('Q', Lower(rb), i == rb ? "self" : "");
  }
  // Word clusters of the word and its neighbours.
  char coarse[8], fine[8];
  auto digits = [](int v, char* buf) {
    return std::string_view(buf, static_cast<size_t>(std::to_chars(buf, buf + 8, v).ptr - buf));
  };
  if (int c = cluster_[i]; c >= 0) {
    std::string_view fine_text = digits(c % 65536, fine);
    f.Add('k', digits(c / 65536, coarse));
    f.Add('K', fine_text);
    f.Add('y', fine_text, l1);
  } else {
    f.Add('k', "?");
  }
  if (i > 0 && t_.tokens[i - 1].paragraph == tok.paragraph && cluster_[i - 1] >= 0) {
    f.Add('j', digits(cluster_[i - 1] % 65536, fine));
  }
  if (i + 1 < t_.tokens.size() && t_.tokens[i + 1].paragraph == tok.paragraph &&
      cluster_[i + 1] >= 0) {
    f.Add('J', digits(cluster_[i + 1] % 65536, fine));
  }
  if (StartsDigit(n1)) f.Add('#', "next");
  if (i > 0 && StartsDigit(p1)) f.Add('#', "prev");
}

NameTagger::NameTagger(const std::vector<uint64_t>& features, const std::vector<float>& weights,
                       std::unique_ptr<WordClusters> clusters)
    : clusters_(std::move(clusters)) {
  Build(features, weights);
}

std::string NameTagger::ClustersPath(const std::string& model_path) {
  size_t slash = model_path.rfind('/');
  return (slash == std::string::npos ? std::string(".") : model_path.substr(0, slash)) +
         "/word_clusters.txt";
}

void NameTagger::Build(const std::vector<uint64_t>& features, const std::vector<float>& weights) {
  count_ = features.size();
  size_t size = 16;
  while (size < count_ * 2) size *= 2;
  mask_ = size - 1;
  rows_.assign(size, Row{});
  for (size_t r = 0; r < count_; ++r) {
    uint64_t k = features[r];
    size_t s = k & mask_;
    while (rows_[s].key != 0 && rows_[s].key != k) s = (s + 1) & mask_;
    rows_[s].key = k;
    std::copy(weights.begin() + r * kNameLabels, weights.begin() + (r + 1) * kNameLabels,
              rows_[s].weights);
  }
}

const float* NameTagger::Weights(uint64_t feature) const {
  size_t s = feature & mask_;
  while (rows_[s].key != 0) {
    if (rows_[s].key == feature) return rows_[s].weights;
    s = (s + 1) & mask_;
  }
  return nullptr;
}

std::vector<NameSpan> NameTagger::Tag(const TokenizedText& t, const Lexicons& lex) const {
  std::vector<NameSpan> spans;
  if (count_ == 0) return spans;
  NameFeatures features(t, lex, *clusters_);
  const std::vector<bool>& cand = features.candidates();
  std::vector<uint64_t> feats;
  int prev1 = kOutside, prev2 = kOutside;
  NameSpan open;
  bool in_name = false;
  auto close = [&]() {
    if (in_name) spans.push_back(open);
    in_name = false;
  };
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    if (!cand[i]) {
      close();
      prev2 = prev1;
      prev1 = kOutside;
      continue;
    }
    feats.clear();
    features.Extract(i, prev1, prev2, &feats);
    float score[kNameLabels] = {};
    // Every row is fetched before the first is read: the misses overlap.
    for (uint64_t h : feats) __builtin_prefetch(&rows_[h & mask_]);
    for (uint64_t h : feats) {
      if (const float* w = Weights(h)) {
        for (int l = 0; l < kNameLabels; ++l) score[l] += w[l];
      }
    }
    bool continues = i > 0 && cand[i - 1] && prev1 != kOutside &&
                     t.tokens[i - 1].paragraph == t.tokens[i].paragraph;
    int best = kOutside;
    for (int l = 1; l < kNameLabels; ++l) {
      if (IsInside(l) && !(continues && LabelType(l) == LabelType(prev1))) continue;
      if (score[l] > score[best]) best = l;
    }
    // A name never ends in a joiner ("of", "&"): such a token continues a
    // name only when the next word does too, which the next step decides;
    // a dangling joiner is dropped below.
    if (best == kOutside) {
      close();
    } else if (IsInside(best)) {
      open.end = static_cast<uint32_t>(i + 1);
    } else {
      close();
      open = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + 1), LabelType(best)};
      in_name = true;
    }
    prev2 = prev1;
    prev1 = best;
  }
  close();
  // Trim joiners and punctuation at either end of a name.
  std::vector<NameSpan> kept;
  for (NameSpan s : spans) {
    while (s.begin < s.end && !t.tokens[s.begin].upper) ++s.begin;
    while (s.end > s.begin && !t.tokens[s.end - 1].upper) --s.end;
    if (s.begin < s.end) kept.push_back(s);
  }
  OneSensePerDocument(t, &kept);
  return kept;
}

void OneSensePerDocument(const TokenizedText& t, std::vector<NameSpan>* spans) {
  auto text = [&](const NameSpan& s) {
    return t.text.substr(t.tokens[s.begin].start, t.tokens[s.end - 1].end - t.tokens[s.begin].start);
  };
  // "Magna" after "Magna International": a word that opens an organisation's
  // longer name is that organisation, unless it also ends a person's name.
  std::unordered_map<std::string_view, NameType> opens, ends_person;
  for (const NameSpan& s : *spans) {
    if (s.end - s.begin < 2) continue;
    if (s.type == NameType::kPerson) ends_person.emplace(t.Text(s.end - 1), s.type);
    if (s.type == NameType::kOrganization) opens.emplace(t.Text(s.begin), s.type);
  }
  // Then each name takes the kind most of its occurrences have.
  std::unordered_map<std::string_view, std::array<int, 4>> votes;
  for (NameSpan& s : *spans) {
    if (s.end - s.begin == 1 && s.type == NameType::kPerson) {
      std::string_view w = t.Text(s.begin);
      if (opens.contains(w) && !ends_person.contains(w)) s.type = NameType::kOrganization;
    }
    votes[text(s)][static_cast<int>(s.type)]++;
  }
  for (NameSpan& s : *spans) {
    const std::array<int, 4>& v = votes[text(s)];
    int best = static_cast<int>(s.type);
    for (int k = 0; k < 4; ++k) {
      if (v[k] > v[best]) best = k;
    }
    s.type = static_cast<NameType>(best);
  }
}

Result<std::unique_ptr<NameTagger>> NameTagger::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open the name tagger's model");
  auto fail = [&](const std::string& why) {
    return Status::InvalidArgument(path + ": not a name tagger model (" + why + ")");
  };
  char magic[8];
  uint32_t labels = 0;
  uint64_t count = 0;
  float scale = 0;
  in.read(magic, 8);
  in.read(reinterpret_cast<char*>(&labels), sizeof labels);
  in.read(reinterpret_cast<char*>(&count), sizeof count);
  in.read(reinterpret_cast<char*>(&scale), sizeof scale);
  if (!in || std::memcmp(magic, kMagic, 8) != 0) return fail("bad header");
  if (labels != kNameLabels) return fail("it has " + std::to_string(labels) + " labels");
  if (count > (uint64_t{1} << 26)) return fail("too many features");
  std::vector<uint64_t> features(count);
  std::vector<int16_t> q(count * kNameLabels);
  in.read(reinterpret_cast<char*>(features.data()), static_cast<std::streamsize>(count * 8));
  in.read(reinterpret_cast<char*>(q.data()), static_cast<std::streamsize>(q.size() * 2));
  if (!in) return fail("truncated");
  std::vector<float> weights(q.size());
  for (size_t k = 0; k < q.size(); ++k) weights[k] = q[k] * scale;
  Result<std::unique_ptr<WordClusters>> clusters = WordClusters::Load(ClustersPath(path));
  if (!clusters.ok()) return clusters.status();
  std::unique_ptr<NameTagger> tagger(new NameTagger());
  tagger->clusters_ = std::move(clusters).value();
  tagger->Build(features, weights);
  return tagger;
}

Status NameTagger::Save(const std::string& path) const {
  // Rows in slot order, weights as 16-bit integers with one scale.
  std::vector<uint64_t> features;
  std::vector<const float*> rows;
  float max_abs = 0;
  for (const Row& row : rows_) {
    if (row.key == 0) continue;
    features.push_back(row.key);
    const float* w = row.weights;
    rows.push_back(w);
    for (int l = 0; l < kNameLabels; ++l) max_abs = std::max(max_abs, std::abs(w[l]));
  }
  float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  std::vector<int16_t> q;
  q.reserve(rows.size() * kNameLabels);
  for (const float* w : rows) {
    for (int l = 0; l < kNameLabels; ++l) {
      q.push_back(static_cast<int16_t>(std::lround(w[l] / scale)));
    }
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  uint32_t labels = kNameLabels;
  uint64_t count = features.size();
  out.write(kMagic, 8);
  out.write(reinterpret_cast<const char*>(&labels), sizeof labels);
  out.write(reinterpret_cast<const char*>(&count), sizeof count);
  out.write(reinterpret_cast<const char*>(&scale), sizeof scale);
  out.write(reinterpret_cast<const char*>(features.data()),
            static_cast<std::streamsize>(features.size() * 8));
  out.write(reinterpret_cast<const char*>(q.data()), static_cast<std::streamsize>(q.size() * 2));
  out.close();
  if (!out) return Status::IOError(path + ": cannot write the model");
  return Status::Ok();
}

std::string DefaultNameModelPath() {
  const char* env = std::getenv("ACTORGRAPH_MODELS");
  std::string dir = env != nullptr && *env != '\0' ? env : ACTORGRAPH_DEFAULT_MODEL_DIR;
  return dir + "/names.model";
}

}  // namespace actorgraph
