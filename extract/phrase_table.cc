#include "extract/phrase_table.h"

#include <algorithm>

#include "extract/text_util.h"

namespace actorgraph {
namespace {

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    char y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

}  // namespace

bool PhraseTable::Add(std::string_view phrase, int value) {
  TokenizedText t = Tokenize(phrase);
  if (t.tokens.empty()) return false;
  std::string first(t.Text(0));
  if (case_insensitive_) first = AsciiLower(first);
  Entry e{{}, value};
  for (size_t i = 1; i < t.tokens.size(); ++i) {
    std::string w(t.Text(i));
    e.rest.push_back(case_insensitive_ ? AsciiLower(w) : w);
  }
  filter_.set(FilterKey(first));
  std::vector<Entry>& list = by_first_[first];
  for (const Entry& old : list) {
    if (old.rest == e.rest) return true;
  }
  list.push_back(std::move(e));
  std::stable_sort(list.begin(), list.end(),
                   [](const Entry& a, const Entry& b) { return a.rest.size() > b.rest.size(); });
  ++count_;
  return true;
}

PhraseTable::Match PhraseTable::Longest(const TokenizedText& t, size_t i, size_t limit) const {
  if (i >= limit || i >= t.tokens.size()) return {};
  std::string_view w = t.Text(i);
  if (w.size() > 40 || !filter_.test(FilterKey(w))) return {};
  auto it = by_first_.end();
  if (case_insensitive_) {
    char buf[48];
    for (size_t k = 0; k < w.size(); ++k) {
      char c = w[k];
      buf[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    it = by_first_.find(std::string_view(buf, w.size()));
  } else {
    it = by_first_.find(w);
  }
  if (it == by_first_.end()) return {};
  const uint32_t paragraph = t.tokens[i].paragraph;
  for (const Entry& e : it->second) {
    if (i + 1 + e.rest.size() > limit) continue;
    bool ok = true;
    for (size_t k = 0; k < e.rest.size() && ok; ++k) {
      size_t j = i + 1 + k;
      if (t.tokens[j].paragraph != paragraph) ok = false;
      else if (case_insensitive_) ok = EqualsIgnoreCase(t.Text(j), e.rest[k]);
      else ok = t.Text(j) == e.rest[k];
    }
    if (ok) return {e.value, static_cast<uint32_t>(1 + e.rest.size())};
  }
  return {};
}

}  // namespace actorgraph
