// PhraseTable: finds the longest lexicon phrase starting at a token.
//
// Phrases are sequences of tokens (tokenized with Tokenize(), so "U.S." is
// one token and "point the finger at" four). Matching is either exact or
// ASCII-case-insensitive, fixed at construction. Lookup is one hash probe
// on the first token plus a comparison per candidate phrase.
#ifndef ACTORGRAPH_EXTRACT_PHRASE_TABLE_H_
#define ACTORGRAPH_EXTRACT_PHRASE_TABLE_H_

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <functional>
#include <memory_resource>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/tokenizer.h"

namespace actorgraph {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
struct StringEqual {
  using is_transparent = void;
  bool operator()(std::string_view a, std::string_view b) const { return a == b; }
};

// Holds the arena of a StringSet; a base so that it is built before the map.
struct StringSetArena {
  std::pmr::monotonic_buffer_resource arena;
};

// A hash map from strings to ints whose nodes and strings live in its own
// arena: filling it bumps a pointer per entry, and dropping it frees a few
// large blocks rather than one per entry. The word list alone holds about
// 100,000 entries; freed one by one they cost a fifth of start-up.
class StringSet
    : private StringSetArena,
      public std::pmr::unordered_map<std::pmr::string, int, StringHash, StringEqual> {
 public:
  StringSet() : unordered_map(&arena) {}
  StringSet(const StringSet&) = delete;
  StringSet& operator=(const StringSet&) = delete;

  // The value of `key`, inserted as 0 when missing (operator[] takes only
  // the map's own string type).
  int& At(std::string_view key) {
    auto it = find(key);
    if (it == end()) it = emplace(key, 0).first;
    return it->second;
  }
};

class PhraseTable {
 public:
  struct Match {
    int value = -1;      // the value given to Add(); -1 when no match
    uint32_t length = 0;  // tokens matched
  };

  explicit PhraseTable(bool case_insensitive) : case_insensitive_(case_insensitive) {}

  // Adds `phrase` with `value`; a phrase added twice keeps its first value.
  // Returns false for a phrase with no tokens.
  bool Add(std::string_view phrase, int value);

  // Longest phrase starting at token `i` and ending before token `limit`.
  Match Longest(const TokenizedText& t, size_t i, size_t limit) const;

  size_t size() const { return count_; }

 private:
  struct Entry {
    std::vector<std::string> rest;  // tokens after the first
    int value;
  };
  // Filter over (first two bytes, length) of first tokens: most words are
  // rejected without hashing them. `| 0x20` folds ASCII case.
  static size_t FilterKey(std::string_view w) {
    unsigned c0 = static_cast<unsigned char>(w[0]) | 0x20;
    unsigned c1 = w.size() > 1 ? static_cast<unsigned char>(w[1]) | 0x20 : 0;
    return ((c0 * 31u + c1) * 37u + std::min<size_t>(w.size(), 31)) % kFilterBits;
  }
  static constexpr size_t kFilterBits = 8192;
  std::bitset<kFilterBits> filter_;
  bool case_insensitive_;
  size_t count_ = 0;
  // First token -> entries, longest first.
  std::unordered_map<std::string, std::vector<Entry>, StringHash, std::equal_to<>> by_first_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_PHRASE_TABLE_H_
