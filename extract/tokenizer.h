// Tokenizer: splits UTF-8 news text into words, punctuation and quotation
// marks, with byte offsets, paragraph and sentence numbers.
//
// A paragraph is a line ('\n' ends it). A sentence ends at '.', '?' or '!'
// followed by a capitalised word, a quotation mark or the paragraph's end
// (not after an abbreviation such as "Mr."); a closing quotation mark right
// after the full stop belongs to the sentence it closes. A run of more than
// kMaxSentenceTokens tokens without such a stop is cut into sentences of that
// many tokens, so every stage that works within a sentence does bounded work
// per token, whatever the text (extraction is linear in the text). Acronyms
// with internal stops ("U.S.") are one word; a possessive "'s" is its own
// token.
#ifndef ACTORGRAPH_EXTRACT_TOKENIZER_H_
#define ACTORGRAPH_EXTRACT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace actorgraph {

// Longer than any sentence of news we measured: the longest of 213,737
// sentences in the BBC, Reuters-21578, PolNeAR and CoNLL-2003 texts of
// ../shared has 242 tokens (99.99% have at most 152).
inline constexpr size_t kMaxSentenceTokens = 256;

enum class TokenKind : uint8_t {
  kWord,
  kPossessive,  // 's or ’s
  kPunct,       // one punctuation mark; "--" and "..." are one token
  kQuote,       // " or “ or ” or '' or ``
};

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;  // exclusive
  TokenKind kind = TokenKind::kWord;
  bool upper = false;     // word starting with an uppercase letter
  bool all_caps = false;  // word with 2+ letters and no lowercase letter
  uint32_t paragraph = 0;
  uint32_t sentence = 0;
};

// The tokens of a text, read by index. Any index past the end (`i + 1` at
// the last token, and `i - 1` at the first, which wraps) reads the end
// sentinel: an empty punctuation token at the end of the text, in the last
// paragraph and sentence. A look-ahead or look-behind at the edge of a
// document therefore sees "nothing there" and never reads past the array:
// the bound is kept here, not remembered at each call site.
class TokenList {
 public:
  TokenList() = default;
  // `end` is the sentinel (see above).
  TokenList(std::vector<Token> tokens, const Token& end) : tokens_(std::move(tokens)), end_(end) {}

  const Token& operator[](size_t i) const { return i < tokens_.size() ? tokens_[i] : end_; }
  size_t size() const { return tokens_.size(); }
  bool empty() const { return tokens_.empty(); }
  std::vector<Token>::const_iterator begin() const { return tokens_.begin(); }
  std::vector<Token>::const_iterator end() const { return tokens_.end(); }

 private:
  std::vector<Token> tokens_;
  Token end_{0, 0, TokenKind::kPunct, false, false, 0, 0};
};

// The tokens of one document plus its paragraph and sentence boundaries.
// Invariant: tokens are in text order; sentence and paragraph numbers never
// decrease; a sentence never spans two paragraphs; there is at least one
// paragraph and one sentence (empty when the text has no tokens), so
// `paragraph_begin[tokens[i].paragraph + 1]` is valid for every i, the end
// sentinel's included.
struct TokenizedText {
  std::string_view text;
  TokenList tokens;
  // First token index of each sentence, plus tokens.size() at the end.
  std::vector<uint32_t> sentence_begin;
  // First token index of each paragraph, plus tokens.size() at the end.
  std::vector<uint32_t> paragraph_begin;
  // Per paragraph: every word is all-caps (a headline such as "VAST GULF").
  std::vector<bool> headline;

  std::string_view Text(const Token& t) const { return text.substr(t.start, t.end - t.start); }
  std::string_view Text(size_t i) const { return Text(tokens[i]); }  // "" past the end
  bool IsWord(size_t i) const { return i < tokens.size() && tokens[i].kind == TokenKind::kWord; }
  bool Is(size_t i, std::string_view s) const { return i < tokens.size() && Text(i) == s; }
};

// `text` must outlive the result.
TokenizedText Tokenize(std::string_view text);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_TOKENIZER_H_
