// Reported (indirect) speech: the reported clause, its speaker as written
// and its cue.
#include <gtest/gtest.h>

#include <string>

#include "tests/extract/extract_fixture.h"

namespace actorgraph {
namespace {

struct ReportedCase {
  const char* text;
  const char* clause;        // expected text of the first indirect quote; "" for none
  const char* speaker_text;  // the speaker mention as written
  const char* cue;
};

std::string Describe(const DocumentFacts& f) {
  std::string out;
  for (const Quote& q : f.quotes) {
    out += "  [" + q.text + "] speaker=" + q.speaker + " (" + q.speaker_text + ") cue=" + q.cue +
           (q.direct ? "" : " indirect") + "\n";
  }
  return out;
}

const Quote* FirstIndirect(const DocumentFacts& f) {
  for (const Quote& q : f.quotes) {
    if (!q.direct) return &q;
  }
  return nullptr;
}

void Check(const ReportedCase& c) {
  DocumentFacts f = TestExtractor().Extract("t", c.text);
  const Quote* q = FirstIndirect(f);
  if (*c.clause == '\0') {
    EXPECT_EQ(q, nullptr) << "input: " << c.text << "\n" << Describe(f);
    return;
  }
  ASSERT_NE(q, nullptr) << "input: " << c.text << "\n" << Describe(f);
  EXPECT_EQ(q->text, c.clause) << "input: " << c.text << "\n" << Describe(f);
  EXPECT_EQ(q->speaker_text, c.speaker_text) << "input: " << c.text << "\n" << Describe(f);
  EXPECT_EQ(q->cue, c.cue) << "input: " << c.text << "\n" << Describe(f);
  std::string text(c.text);
  EXPECT_EQ(text.substr(q->span.start, q->span.end - q->span.start), q->text)
      << "input: " << c.text;
}

TEST(ReportedSpeech, SaidThatAndAccordingTo) {
  const ReportedCase cases[] = {
      {"Ada Quill said that the harbour would close in March.",
       "the harbour would close in March", "Ada Quill", "said"},
      {"Ada Quill said the harbour would close in March.", "the harbour would close in March",
       "Ada Quill", "said"},
      {"According to Ada Quill, the harbour will close in March.",
       "the harbour will close in March", "Ada Quill", "According to"},
      {"The port is busy. The harbour will close in March, according to Fisheries Minister Ada Quill.",
       "The harbour will close in March", "Ada Quill", "according to"},
  };
  for (const ReportedCase& c : cases) Check(c);
}

TEST(ReportedSpeech, NotInSentencesWithADirectQuote) {
  const ReportedCase cases[] = {
      {"Ada Quill said the harbour was \"finished for good\" after the storm.", "", "", ""},
  };
  for (const ReportedCase& c : cases) Check(c);
}

}  // namespace
}  // namespace actorgraph
