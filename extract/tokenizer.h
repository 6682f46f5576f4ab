// Tokenizer: splits UTF-8 news text into words, punctuation and quotation
// marks, with byte offsets, paragraph and sentence numbers.
//
// A paragraph is a line ('\n' ends it). A sentence ends at '.', '?' or '!'
// followed by a capitalised word, a quotation mark or the paragraph's end
// (not after an abbreviation such as "Mr."); a closing quotation mark right
// after the full stop belongs to the sentence it closes. Acronyms with
// internal stops ("U.S.") are one word; a possessive "'s" is its own token.
#ifndef ACTORGRAPH_EXTRACT_TOKENIZER_H_
#define ACTORGRAPH_EXTRACT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace actorgraph {

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

// The tokens of one document plus its paragraph and sentence boundaries.
// Invariant: tokens are in text order; sentence and paragraph numbers never
// decrease; a sentence never spans two paragraphs.
struct TokenizedText {
  std::string_view text;
  std::vector<Token> tokens;
  // First token index of each sentence, plus tokens.size() at the end.
  std::vector<uint32_t> sentence_begin;
  // First token index of each paragraph, plus tokens.size() at the end.
  std::vector<uint32_t> paragraph_begin;
  // Per paragraph: every word is all-caps (a headline such as "VAST GULF").
  std::vector<bool> headline;

  std::string_view Text(const Token& t) const { return text.substr(t.start, t.end - t.start); }
  std::string_view Text(size_t i) const { return Text(tokens[i]); }
  bool IsWord(size_t i) const { return i < tokens.size() && tokens[i].kind == TokenKind::kWord; }
  bool Is(size_t i, std::string_view s) const { return i < tokens.size() && Text(i) == s; }
};

// `text` must outlive the result.
TokenizedText Tokenize(std::string_view text);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_TOKENIZER_H_
