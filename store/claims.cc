#include "store/claims.h"

#include <xxhash.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <limits>

#include "model/dates.h"

namespace actorgraph {

namespace {

// The code point starting at text[i] and its length in bytes; a byte that
// does not start valid UTF-8 is taken alone (the store holds valid UTF-8).
std::pair<uint32_t, size_t> Decode(std::string_view text, size_t i) {
  const auto b = static_cast<unsigned char>(text[i]);
  size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xe ? 3 : (b >> 3) == 0x1e ? 4 : 1;
  if (i + n > text.size()) n = 1;
  if (n == 1) return {b, 1};
  uint32_t cp = b & (0x7f >> n);
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3f);
  return {cp, n};
}

bool IsQuoteMark(uint32_t cp) {
  return cp == '\'' || cp == '"' || cp == '`' || (cp >= 0x2018 && cp <= 0x201f) || cp == 0xab ||
         cp == 0xbb || cp == 0x2039 || cp == 0x203a;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool Separates(uint32_t cp) {
  if (cp < 0x80) {
    return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'));
  }
  return (cp >= 0xa0 && cp <= 0xbf) || (cp >= 0x2000 && cp <= 0x206f);
}

std::vector<std::string_view> Words(std::string_view words) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t i = 0; i <= words.size(); ++i) {
    if (i == words.size() || words[i] == ' ') {
      if (i > start) out.push_back(words.substr(start, i - start));
      start = i + 1;
    }
  }
  return out;
}

bool HasDigit(std::string_view w) { return std::any_of(w.begin(), w.end(), IsDigit); }

// The hashes of adjacent word pairs, sorted and distinct.
std::vector<uint64_t> Bigrams(const std::vector<std::string_view>& words) {
  std::vector<uint64_t> out;
  out.reserve(words.size());
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    const uint64_t a = XXH3_64bits(words[i].data(), words[i].size());
    out.push_back(XXH3_64bits_withSeed(words[i + 1].data(), words[i + 1].size(), a));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// SplitMix64's finaliser: a permutation of 64-bit values.
uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// `text` without the dateline a wire copy may open with ("OSLO, March 4
// (Reuters) - "): the words after its dash.
std::string_view WithoutDateline(std::string_view text) {
  std::optional<Dateline> dateline = FindDateline(text);
  if (!dateline) return text;
  const size_t line_end = std::min(text.find('\n'), text.size());
  for (std::string_view dash : {"\u2014", "\u2013", "-"}) {
    const size_t at = text.substr(0, line_end).find(dash, dateline->written.size());
    if (at != std::string_view::npos) return text.substr(at + dash.size());
  }
  return text;
}

}  // namespace

std::string ClaimWords(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size();) {
    auto [cp, n] = Decode(text, i);
    const size_t at = i;
    i += n;
    if (IsQuoteMark(cp)) continue;
    // "3.2" and "12,500": a stop or comma between digits stays in the word.
    if ((cp == '.' || cp == ',') && !out.empty() && !pending_space && IsDigit(out.back()) &&
        i < text.size() && IsDigit(text[i])) {
      out.push_back(static_cast<char>(cp));
      continue;
    }
    if (Separates(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp));
    } else {
      out.append(text.substr(at, n));
    }
  }
  return out;
}

uint64_t ExactClaimId(std::string_view words) {
  const uint64_t h = XXH3_64bits(words.data(), words.size());
  return h == 0 ? 1 : h;
}

ClaimText MakeClaimText(std::string_view text) {
  ClaimText c;
  c.words = ClaimWords(WithoutDateline(text));
  c.id = ExactClaimId(c.words);
  const std::vector<std::string_view> words = Words(c.words);
  if (words.size() < kClaimMinWords) return c;
  // MinHash: for each of bands x rows permutations, the least permuted
  // bigram hash; a band's key hashes its rows with the band's number.
  const std::vector<uint64_t> bigrams = Bigrams(words);
  std::array<uint64_t, kClaimBands * kClaimRows> mins;
  mins.fill(std::numeric_limits<uint64_t>::max());
  for (uint64_t b : bigrams) {
    for (size_t k = 0; k < mins.size(); ++k) {
      mins[k] = std::min(mins[k], Mix(b ^ (0x9e3779b97f4a7c15ULL * (k + 1))));
    }
  }
  for (size_t band = 0; band < kClaimBands; ++band) {
    c.bands.push_back(XXH3_64bits_withSeed(&mins[band * kClaimRows],
                                           kClaimRows * sizeof(uint64_t), band));
  }
  return c;
}

double ClaimSimilarity(std::string_view a, std::string_view b) {
  const std::vector<std::string_view> wa = Words(a), wb = Words(b);
  if (wa.size() < kClaimMinWords || wb.size() < kClaimMinWords) return 0;
  std::vector<std::string_view> na, nb;
  for (std::string_view w : wa) {
    if (HasDigit(w)) na.push_back(w);
  }
  for (std::string_view w : wb) {
    if (HasDigit(w)) nb.push_back(w);
  }
  std::sort(na.begin(), na.end());
  std::sort(nb.begin(), nb.end());
  if (na != nb) return 0;
  const std::vector<uint64_t> ba = Bigrams(wa), bb = Bigrams(wb);
  std::vector<uint64_t> common;
  std::set_intersection(ba.begin(), ba.end(), bb.begin(), bb.end(), std::back_inserter(common));
  const size_t all = ba.size() + bb.size() - common.size();
  return all == 0 ? 0 : static_cast<double>(common.size()) / static_cast<double>(all);
}

std::string FormatClaim(uint64_t claim) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, claim >>= 4) out[static_cast<size_t>(i)] = kHex[claim & 0xf];
  return out;
}

std::optional<uint64_t> ParseClaim(std::string_view hex) {
  if (hex.size() != 16) return std::nullopt;
  uint64_t value = 0;
  auto [end, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), value, 16);
  if (ec != std::errc() || end != hex.data() + hex.size()) return std::nullopt;
  for (char c : hex) {
    if (c >= 'A' && c <= 'F') return std::nullopt;  // one spelling per claim
  }
  return value;
}

}  // namespace actorgraph
