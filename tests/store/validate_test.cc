// store/validate: what every write path refuses, with the exact messages.
#include "store/validate.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace actorgraph {
namespace {

struct IdCase {
  std::string id;
  std::string message;  // empty: valid
};

TEST(ValidateTest, Ids) {
  const IdCase cases[] = {
      {"person:jim-lewis", ""},
      {"country:CHN", ""},
      {"person:zoë-ørsted", ""},
      {"doc 1 (copy)", ""},
      {std::string(kMaxIdBytes, 'x'), ""},
      {"", "id is empty"},
      {std::string(kMaxIdBytes + 1, 'x'), "id is 1025 bytes, over the 1024-byte limit"},
      {"a\nb", "id has a control byte (U+000A) at byte 1"},
      {"tab\there", "id has a control byte (U+0009) at byte 3"},
      {"esc\x1b[2J", "id has a control byte (U+001B) at byte 3"},
      {std::string("nul\0", 4), "id has a control byte (U+0000) at byte 3"},
      {"del\x7f", "id has a control byte (U+007F) at byte 3"},
      {"c1\xc2\x85", "id has a control character (U+0085) at byte 2"},
      {"c1\xc2\x9f", "id has a control character (U+009F) at byte 2"},
      {"nbsp\xc2\xa0ok", ""},
      {"bad\xff", "id has invalid UTF-8 at byte 3"},
      {"cut\xc3", "id has invalid UTF-8 at byte 3"},
      {"overlong\xc0\xaf", "id has invalid UTF-8 at byte 8"},
      {"surrogate\xed\xa0\x80", "id has invalid UTF-8 at byte 9"},
      {"past\xf4\x90\x80\x80", "id has invalid UTF-8 at byte 4"},
  };
  for (const IdCase& c : cases) {
    Status s = ValidateId("id", c.id);
    if (c.message.empty()) {
      EXPECT_TRUE(s.ok()) << ShowId(c.id) << ": " << s.message();
    } else {
      EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << ShowId(c.id);
      EXPECT_EQ(s.message(), c.message) << ShowId(c.id);
    }
  }
}

TEST(ValidateTest, FieldsMayHoldNewlinesButNotNulOrBadUtf8) {
  const IdCase cases[] = {
      {"", ""},
      {"two\nlines\tand a tab \x1b", ""},
      {"ünïcode “quotes”", ""},
      {std::string("a\0b", 3), "title has a NUL byte at byte 1"},
      {"a\xe2\x80", "title has invalid UTF-8 at byte 1"},
      {"\xff", "title has invalid UTF-8 at byte 0"},
  };
  for (const IdCase& c : cases) {
    Status s = ValidateField("title", c.id);
    EXPECT_EQ(s.message(), c.message) << ShowId(c.id);
  }
}

TEST(ValidateTest, Text) {
  const IdCase cases[] = {
      {"Plain text.", ""},
      {" \n\t", "empty document"},
      {std::string("bin\0ary", 7), "binary data, not text (NUL byte at offset 3)"},
      {"one\ntwo \xc3(", "invalid UTF-8 at byte offset 8 (line 2)"},
  };
  for (const IdCase& c : cases) EXPECT_EQ(ValidateText(c.id).message(), c.message) << c.id;
  EXPECT_EQ(ValidateText(std::string(kMaxDocumentBytes + 1, 'a')).message(),
            "document of 67108865 bytes is larger than the 64 MiB limit");
}

TEST(ValidateTest, ShowIdEscapesWhatATerminalWouldObey) {
  const IdCase cases[] = {
      {"person:ann", "person:ann"},
      {"a\nb", "a\\nb"},
      {"a\r\tb", "a\\r\\tb"},
      {"\x1b]0;owned\x07", "\\x1b]0;owned\\x07"},
      {std::string("nul\0", 4), "nul\\x00"},
      {"del\x7f", "del\\x7f"},
      {"c1\xc2\x9b", "c1\\u009b"},
      {"back\\slash", "back\\\\slash"},
      {"bad\xff\xfe", "bad\\xff\\xfe"},
      {"zoë", "zoë"},
      {std::string(100, 'x'), std::string(64, 'x') + "..."},
  };
  for (const IdCase& c : cases) EXPECT_EQ(ShowId(c.id), c.message) << c.message;
}

Document Doc(const std::string& id, const std::string& text) {
  Document d;
  d.id = id;
  d.text = text;
  return d;
}

DocumentFacts Facts(const std::string& id) {
  DocumentFacts f;
  f.document = id;
  Actor a;
  a.id = "person:ann";
  a.name = "Ann";
  a.aliases = {"Ann"};
  a.mentions = {{id, {0, 3}}};
  f.actors.push_back(a);
  Quote q;
  q.document = id;
  q.span = {5, 10};
  q.text = "hello";
  q.speaker = "person:ann";
  q.speaker_mention = Span{0, 3};
  q.speaker_text = "Ann";
  q.cue = "said";
  q.about = {"country:NOR"};
  f.quotes.push_back(q);
  Relation r;
  r.source = "person:ann";
  r.target = "country:NOR";
  r.document = id;
  r.span = {0, 20};
  r.cue = "accused";
  f.relations.push_back(r);
  return f;
}

const char kText[] = "Ann: hello. She accused Norway.";  // 31 bytes

TEST(ValidateTest, DocumentFactsNameTheDocumentAndTheFact) {
  struct Case {
    const char* what;
    Document doc;
    DocumentFacts facts;
    std::string message;  // empty: valid
  };
  std::vector<Case> cases;
  cases.push_back({"valid", Doc("x", kText), Facts("x"), ""});
  {
    DocumentFacts f = Facts("x");
    f.quotes[0].speaker.clear();    // unattributed
    f.relations[0].target.clear();  // a denial with no named accuser
    f.quotes[0].document.clear();   // filled in by Put
    cases.push_back({"optional ids and documents", Doc("x", kText), f, ""});
  }
  cases.push_back({"metadata only: spans unchecked", Doc("x", ""),
                   [] {
                     DocumentFacts f = Facts("x");
                     f.relations[0].span = {0, 900};
                     return f;
                   }(),
                   ""});
  cases.push_back({"empty id", Doc("", kText), Facts(""), "document id is empty"});
  cases.push_back({"newline in id", Doc("a\nb", kText), Facts("a\nb"),
                   "document 'a\\nb': document id has a control byte (U+000A) at byte 1"});
  cases.push_back({"long id", Doc(std::string(10240, 'd'), kText), Facts(std::string(10240, 'd')),
                   "document '" + std::string(64, 'd') +
                       "...': document id is 10240 bytes, over the 1024-byte limit"});
  cases.push_back({"facts of another document", Doc("x", kText), Facts("y"),
                   "document 'x': facts are for document 'y'"});
  {
    Document d = Doc("x", kText);
    d.title = "bad \xff";
    cases.push_back(
        {"bad title", d, Facts("x"), "document 'x': title has invalid UTF-8 at byte 4"});
  }
  cases.push_back({"bad text", Doc("x", "ok \xc3"), Facts("x"),
                   "document 'x': invalid UTF-8 at byte offset 3 (line 1)"});
  {
    DocumentFacts f = Facts("x");
    f.actors[0].id = "person:\x1b[31mred";
    cases.push_back({"ESC in actor id", Doc("x", kText), f,
                     "actor 'person:\\x1b[31mred' of document 'x': actor id has a control byte "
                     "(U+001B) at byte 7"});
  }
  {
    DocumentFacts f = Facts("x");
    f.actors[0].id.clear();
    cases.push_back(
        {"actor without id", Doc("x", kText), f, "actor 1 of document 'x': actor id is empty"});
  }
  {
    DocumentFacts f = Facts("x");
    f.actors[0].aliases.push_back(std::string("A\0nn", 4));
    cases.push_back({"NUL in alias", Doc("x", kText), f,
                     "actor 'person:ann' of document 'x': alias 2 has a NUL byte at byte 1"});
  }
  {
    DocumentFacts f = Facts("x");
    f.actors[0].mentions[0].document = "y";
    cases.push_back({"mention elsewhere", Doc("x", kText), f,
                     "mention 1 of actor 'person:ann' of document 'x': names document 'y'"});
  }
  {
    DocumentFacts f = Facts("x");
    f.actors[0].mentions[0].span = {30, 32};
    cases.push_back({"mention past the text", Doc("x", kText), f,
                     "mention 1 of actor 'person:ann' of document 'x': span 30..32 ends past "
                     "the text (31 bytes)"});
  }
  {
    DocumentFacts f = Facts("x");
    f.quotes[0].text = "he\xe2\x80";
    cases.push_back({"bad quote text", Doc("x", kText), f,
                     "quote 1 of document 'x': text has invalid UTF-8 at byte 2"});
  }
  {
    DocumentFacts f = Facts("x");
    f.quotes[0].speaker = "person:a\tb";
    cases.push_back({"tab in speaker", Doc("x", kText), f,
                     "quote 1 of document 'x': speaker has a control byte (U+0009) at byte 8"});
  }
  {
    DocumentFacts f = Facts("x");
    f.quotes[0].about.push_back("");
    cases.push_back(
        {"empty about", Doc("x", kText), f, "quote 1 of document 'x': about 2 is empty"});
  }
  {
    DocumentFacts f = Facts("x");
    f.quotes[0].speaker_mention = Span{4, 2};
    cases.push_back({"speaker span backwards", Doc("x", kText), f,
                     "quote 1 of document 'x': speaker span 4..2 starts after its end"});
  }
  {
    DocumentFacts f = Facts("x");
    f.quotes.push_back(f.quotes[0]);
    f.quotes[1].span = {10, 900};
    cases.push_back({"quote past the text", Doc("x", kText), f,
                     "quote 2 of document 'x': span 10..900 ends past the text (31 bytes)"});
  }
  {
    DocumentFacts f = Facts("x");
    f.relations[0].source.clear();
    cases.push_back({"relation without source", Doc("x", kText), f,
                     "relation 1 of document 'x': source is empty"});
  }
  {
    DocumentFacts f = Facts("x");
    f.relations[0].role = "ex-\xc0\x80";
    cases.push_back({"overlong NUL in role", Doc("x", kText), f,
                     "relation 1 of document 'x': role has invalid UTF-8 at byte 3"});
  }
  {
    DocumentFacts f = Facts("x");
    f.relations[0].span = {25, 5};
    cases.push_back({"relation backwards, no text", Doc("x", ""), f,
                     "relation 1 of document 'x': span 25..5 starts after its end"});
  }
  for (const Case& c : cases) {
    Status s = ValidateDocumentFacts(c.doc, c.facts);
    if (c.message.empty()) {
      EXPECT_TRUE(s.ok()) << c.what << ": " << s.message();
    } else {
      EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << c.what;
      EXPECT_EQ(s.message(), c.message) << c.what;
    }
  }
}

TEST(ValidateTest, SpansAgainstAKnownLength) {
  DocumentFacts f = Facts("x");
  EXPECT_TRUE(ValidateSpans("x", f, 31).ok());
  EXPECT_EQ(ValidateSpans("x", f, 15).message(),
            "relation 1 of document 'x': span 0..20 ends past the text (15 bytes)");
}

}  // namespace
}  // namespace actorgraph
