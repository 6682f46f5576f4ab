// Reading document dates (model/dates.h): each form news inputs write, the
// forms refused, datelines, and the year a dateline without one is given.
#include "model/dates.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace actorgraph {
namespace {

struct Form {
  const char* written;
  const char* normalised;  // null: not read
};

TEST(NormalizeDateTest, ReadsTheFormsNewsInputsWrite) {
  const Form forms[] = {
      // ISO 8601, to the precision given; instants in UTC.
      {"2024", "2024"},
      {"2024-03", "2024-03"},
      {"2024-03-04", "2024-03-04"},
      {"2024-03-04T15:01:01Z", "2024-03-04T15:01:01Z"},
      {"2024-03-04T15:01:01", "2024-03-04T15:01:01Z"},
      {"2024-03-04T15:01", "2024-03-04T15:01:00Z"},
      {"2024-03-04T15:01:01+02:00", "2024-03-04T13:01:01Z"},
      {"2024-03-04T23:30:00-0500", "2024-03-05T04:30:00Z"},
      {"2024-03-04 15:01:01", "2024-03-04T15:01:01Z"},
      {"1987-02-26 15:01:01", "1987-02-26T15:01:01Z"},
      {"  2024-03-04\t", "2024-03-04"},
      // RFC 2822, with offsets and with the zone names of its section 4.3.
      {"Mon, 04 Mar 2024 15:01:01 +0000", "2024-03-04T15:01:01Z"},
      {"4 Mar 2024 15:01:01 GMT", "2024-03-04T15:01:01Z"},
      {"Mon, 4 Mar 2024 10:01:01 EST", "2024-03-04T15:01:01Z"},
      {"Sat, 30 Nov 2024 21:15 PST", "2024-12-01T05:15:00Z"},
      // Written out, in either order, with or without the weekday.
      {"March 4, 2024", "2024-03-04"},
      {"Mar. 4 2024", "2024-03-04"},
      {"4 March 2024", "2024-03-04"},
      {"4 March, 2024", "2024-03-04"},
      {"Monday, March 4, 2024", "2024-03-04"},
      {"Sept. 30, 2024", "2024-09-30"},
      {"SEPT 30, 2024", "2024-09-30"},
      {"March 2024", "2024-03"},
      {"2024/03/04", "2024-03-04"},
      // The archive form of the Reuters-21578 collection.
      {"26-FEB-1987 15:01:01.79", "1987-02-26T15:01:01Z"},
      {"29 February 2024", "2024-02-29"},
      // Not read: not dates, impossible days, ambiguous orders, no year.
      {"yesterday", nullptr},
      {"", nullptr},
      {"2024-02-30", nullptr},
      {"2023-02-29", nullptr},
      {"2024-13", nullptr},
      {"0000", nullptr},
      {"04/03/2024", nullptr},
      {"March 4", nullptr},
      {"2024-03-04 and more", nullptr},
  };
  for (const Form& f : forms) {
    std::optional<std::string> got = NormalizeDate(f.written);
    if (f.normalised == nullptr) {
      EXPECT_FALSE(got.has_value()) << "'" << f.written << "' read as " << *got;
    } else {
      EXPECT_EQ(got.value_or("(not read)"), f.normalised) << "'" << f.written << "'";
      // Reading again changes nothing.
      EXPECT_EQ(NormalizeDate(f.normalised).value_or("(not read)"), f.normalised);
      EXPECT_TRUE(IsNormalizedDate(f.normalised)) << f.normalised;
    }
  }
  EXPECT_FALSE(IsNormalizedDate("March 4, 2024"));
  EXPECT_FALSE(IsNormalizedDate("2024-03-04T15:01:01"));
}

TEST(DatelineTest, FindsTheWireServicesDatelines) {
  struct Case {
    const char* text;
    const char* written;  // null: no dateline
    unsigned month, day;
    int year;  // 0: none given
  };
  const Case cases[] = {
      {"OSLO, March 4 (Reuters) - Norway said on Monday", "OSLO, March 4", 3, 4, 0},
      {"PORTLAND, Ore., Feb 26 - Red Fir Inns said", "PORTLAND, Ore., Feb 26", 2, 26, 0},
      {"NEW YORK, Sept. 30 -- Stocks fell", "NEW YORK, Sept. 30", 9, 30, 0},
      {"LONDON, 4 March 2024 \u2014 The minister", "LONDON, 4 March 2024", 3, 4, 2024},
      {"\n  TROMSO, Dec. 31 \u2013 Ice closed the port", "TROMSO, Dec. 31", 12, 31, 0},
      // After a headline.
      {"Ice closes the port\n\nTROMSO, Dec. 31 - Ice closed it", "TROMSO, Dec. 31", 12, 31, 0},
      // A dateline without a date, prose that looks a little like one, and
      // a dash on a later line.
      {"WASHINGTON (AP) \u2014 The senator said", nullptr, 0, 0, 0},
      {"The minister, March 4 - and the rest", nullptr, 0, 0, 0},
      {"Mr Holm, May 4 - he said", nullptr, 0, 0, 0},
      {"OSLO, March 4\nThe minister - who", nullptr, 0, 0, 0},
      {"OSLO, Marchember 4 - x", nullptr, 0, 0, 0},
  };
  for (const Case& c : cases) {
    std::optional<Dateline> d = FindDateline(c.text);
    if (c.written == nullptr) {
      EXPECT_FALSE(d.has_value()) << c.text;
      continue;
    }
    ASSERT_TRUE(d.has_value()) << c.text;
    EXPECT_EQ(d->written, c.written);
    EXPECT_EQ(d->month, c.month) << c.text;
    EXPECT_EQ(d->day, c.day) << c.text;
    EXPECT_EQ(d->year.value_or(0), c.year) << c.text;
  }
  // A dateline given on its own, as some archives keep it.
  std::optional<Dateline> field = ParseDateline("SALVADOR, Feb 26");
  ASSERT_TRUE(field.has_value());
  EXPECT_EQ(field->month, 2u);
}

Document Text(const std::string& id, const std::string& text) {
  Document d;
  d.id = id;
  d.text = text;
  return d;
}

TEST(DocumentDaterTest, DatesFromTheFieldThenTheDatelineWithTheYearOfThePreviousDocument) {
  DocumentDater dater;
  Document first = Text("a", "OSLO, March 2 - Fishing boats left the harbour.");
  EXPECT_FALSE(dater.Date(first, "March 3, 2024").has_value());
  EXPECT_EQ(first.date, "2024-03-03") << "the field wins over the dateline";
  EXPECT_EQ(first.date_written, "March 3, 2024");
  EXPECT_EQ(first.date_origin, DateOrigin::kField);

  Document iso = Text("b", "Boats came back.");
  EXPECT_FALSE(dater.Date(iso, "2024-12-30").has_value());
  EXPECT_EQ(iso.date_written, "") << "nothing to keep when it is written as stored";

  // A year-less dateline after 2024-12-30: January 2 is in 2025.
  Document next = Text("c", "TROMSO, Jan. 2 (Wire) - The port opened.");
  EXPECT_FALSE(dater.Date(next, "").has_value());
  EXPECT_EQ(next.date, "2025-01-02");
  EXPECT_EQ(next.date_written, "TROMSO, Jan. 2");
  EXPECT_EQ(next.date_origin, DateOrigin::kDatelineYearOfPrevious);

  // December 29 after January 2, 2025: the day before, in 2024.
  Document back = Text("d", "BODO, Dec 29 - A late report.");
  EXPECT_FALSE(dater.Date(back, "").has_value());
  EXPECT_EQ(back.date, "2024-12-29");

  Document with_year = Text("e", "LONDON, 4 March 2021 - Old news.");
  EXPECT_FALSE(dater.Date(with_year, "").has_value());
  EXPECT_EQ(with_year.date, "2021-03-04");
  EXPECT_EQ(with_year.date_origin, DateOrigin::kDateline);

  Document field_line = Text("f", "No dateline in the text.");
  EXPECT_FALSE(dater.Date(field_line, "", "HAMMERFEST, March 9").has_value());
  EXPECT_EQ(field_line.date, "2021-03-09");

  Document none = Text("g", "Nothing says when.");
  EXPECT_FALSE(dater.Date(none, "").has_value());
  EXPECT_EQ(none.date, "");
  EXPECT_EQ(none.date_origin, DateOrigin::kNone);
}

TEST(DocumentDaterTest, WarnsOfADateItCannotReadAndKeepsWhatWasWritten) {
  DocumentDater dater;
  Document doc = Text("a", "OSLO, March 2 - Text.");
  std::optional<std::string> warning = dater.Date(doc, "the day after the storm");
  ASSERT_TRUE(warning.has_value());
  EXPECT_NE(warning->find("cannot read the date 'the day after the storm'"), std::string::npos);
  EXPECT_EQ(doc.date, "") << "undated, not dated by the dateline behind a bad field";
  EXPECT_EQ(doc.date_written, "the day after the storm");

  // A year-less dateline with nothing dated before it: undated, no
  // warning (nothing written was unreadable), the dateline kept.
  DocumentDater fresh;
  Document first = Text("b", "OSLO, March 2 - Text.");
  EXPECT_FALSE(fresh.Date(first, "").has_value());
  EXPECT_EQ(first.date, "");
  EXPECT_EQ(first.date_written, "OSLO, March 2");
  EXPECT_EQ(first.date_origin, DateOrigin::kNone);
}

TEST(NormalizeDocumentDateTest, NormalisesOnceAndKeepsWhatCannotBeRead) {
  Document doc;
  doc.date = "Mon, 04 Mar 2024 15:01:01 +0100";
  NormalizeDocumentDate(doc);
  EXPECT_EQ(doc.date, "2024-03-04T14:01:01Z");
  EXPECT_EQ(doc.date_written, "Mon, 04 Mar 2024 15:01:01 +0100");
  EXPECT_EQ(doc.date_origin, DateOrigin::kField);
  const Document once = doc;
  NormalizeDocumentDate(doc);
  EXPECT_EQ(doc, once);

  Document bad;
  bad.date = "soon";
  NormalizeDocumentDate(bad);
  EXPECT_EQ(bad.date, "");
  EXPECT_EQ(bad.date_written, "soon");
}

TEST(PeriodTest, PeriodsHoldTheirDatesAndFollowEachOtherAcrossYears) {
  EXPECT_EQ(PeriodOf("2024-03-04T15:01:01Z", Period::kDay).value_or(""), "2024-03-04");
  EXPECT_EQ(PeriodOf("2024-03-04", Period::kMonth).value_or(""), "2024-03");
  EXPECT_EQ(PeriodOf("2024-03", Period::kYear).value_or(""), "2024");
  // ISO weeks start on Monday; December 30, 2024 is in the first week of 2025.
  EXPECT_EQ(PeriodOf("2024-03-04", Period::kWeek).value_or(""), "2024-W10");
  EXPECT_EQ(PeriodOf("2024-03-10", Period::kWeek).value_or(""), "2024-W10");
  EXPECT_EQ(PeriodOf("2024-12-30", Period::kWeek).value_or(""), "2025-W01");
  // A date coarser than the period has none.
  EXPECT_FALSE(PeriodOf("2024-03", Period::kDay).has_value());
  EXPECT_FALSE(PeriodOf("2024", Period::kWeek).has_value());

  EXPECT_EQ(PeriodsBetween("2024-11", "2025-02", Period::kMonth),
            (std::vector<std::string>{"2024-11", "2024-12", "2025-01", "2025-02"}));
  EXPECT_EQ(PeriodsBetween("2024-W52", "2025-W02", Period::kWeek),
            (std::vector<std::string>{"2024-W52", "2025-W01", "2025-W02"}));
  EXPECT_EQ(PeriodsBetween("2024-02-28", "2024-03-01", Period::kDay),
            (std::vector<std::string>{"2024-02-28", "2024-02-29", "2024-03-01"}));
  EXPECT_EQ(PeriodsBetween("2023", "2024", Period::kYear),
            (std::vector<std::string>{"2023", "2024"}));
  EXPECT_EQ(ParsePeriod("fortnight"), std::nullopt);
}

}  // namespace
}  // namespace actorgraph
