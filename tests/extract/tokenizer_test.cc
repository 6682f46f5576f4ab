// Tokenizer: the bounds every stage relies on (edge reads, sentence length).
#include "extract/tokenizer.h"

#include <gtest/gtest.h>

#include <string>

namespace actorgraph {
namespace {

TEST(TokenizerTest, ReadingPastEitherEndGivesAnEmptyTokenAtTheEndOfTheText) {
  const std::string text = "Ada said \"calm\" the state reports, small";
  const TokenizedText t = Tokenize(text);
  ASSERT_EQ(t.tokens.size(), 10u);
  for (size_t i : {t.tokens.size(), t.tokens.size() + 1, size_t{0} - 1}) {
    SCOPED_TRACE(i);
    EXPECT_EQ(t.tokens[i].start, text.size());
    EXPECT_EQ(t.tokens[i].end, text.size());
    EXPECT_EQ(t.tokens[i].kind, TokenKind::kPunct);
    EXPECT_EQ(t.Text(i), "");
    EXPECT_FALSE(t.IsWord(i));
    // The end sentinel sits in the last paragraph and sentence, so the
    // boundary lookups every stage makes stay inside their arrays.
    EXPECT_EQ(t.paragraph_begin.at(t.tokens[i].paragraph + 1), t.tokens.size());
    EXPECT_EQ(t.sentence_begin.at(t.tokens[i].sentence + 1), t.tokens.size());
  }
}

TEST(TokenizerTest, TextWithoutTokensHasOneEmptyParagraphAndSentence) {
  for (const char* text : {"", " \n\n\t "}) {
    SCOPED_TRACE(text);
    const TokenizedText t = Tokenize(text);
    EXPECT_TRUE(t.tokens.empty());
    EXPECT_EQ(t.paragraph_begin, (std::vector<uint32_t>{0, 0}));
    EXPECT_EQ(t.sentence_begin, (std::vector<uint32_t>{0, 0}));
    EXPECT_EQ(t.headline, std::vector<bool>{false});
    EXPECT_EQ(t.sentence_begin.at(t.tokens[0].sentence + 1), 0u);
  }
}

TEST(TokenizerTest, ARunWithoutFullStopsIsCutIntoSentencesOfAtMostTheLimit) {
  std::string text;
  const size_t words = kMaxSentenceTokens * 2 + 10;
  for (size_t i = 0; i < words; ++i) text += "he said that ";
  text += "\nA short line. Another one.";
  const TokenizedText t = Tokenize(text);
  for (size_t s = 0; s + 1 < t.sentence_begin.size(); ++s) {
    EXPECT_LE(t.sentence_begin[s + 1] - t.sentence_begin[s], kMaxSentenceTokens) << "sentence " << s;
  }
  // 3 * words tokens in the first paragraph, cut every kMaxSentenceTokens,
  // then the two real sentences of the second.
  const size_t first_paragraph = (3 * words + kMaxSentenceTokens - 1) / kMaxSentenceTokens;
  EXPECT_EQ(t.sentence_begin.size() - 1, first_paragraph + 2);
}

TEST(TokenizerTest, SentencesOfNewsLengthAreNotCut) {
  std::string sentence;
  for (size_t i = 0; i + 1 < kMaxSentenceTokens; ++i) sentence += "word ";
  const TokenizedText t = Tokenize(sentence + ". Next sentence.");
  EXPECT_EQ(t.sentence_begin, (std::vector<uint32_t>{0, static_cast<uint32_t>(kMaxSentenceTokens),
                                                     static_cast<uint32_t>(kMaxSentenceTokens + 3)}));
}

}  // namespace
}  // namespace actorgraph
