// Document dates: the forms news inputs write, read into one form that sorts.
//
// A date is kept as ISO 8601 in UTC, to the precision it was given:
//
//   "2024"                  a year
//   "2024-03"               a month
//   "2024-03-04"            a day
//   "2024-03-04T15:01:01Z"  an instant (a time of day; seconds dropped below)
//
// Such strings sort in time order, and the shorter of two that share a
// prefix names the period holding the longer, so a date range compares on
// the common prefix (graph/selection.h). A time with no zone is taken as UTC.
//
// The document's date comes from its date field, else from a dateline
// opening the text ("OSLO, March 4 (Reuters) - ..."), or from a dateline
// field. A dateline seldom gives its year: it is then the year that puts the
// date nearest the previous dated document of the same input, which is how a
// reader of a news feed or an archive in order would take it, and the
// document records that (DateOrigin::kDatelineYearOfPrevious).
#ifndef ACTORGRAPH_MODEL_DATES_H_
#define ACTORGRAPH_MODEL_DATES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/facts.h"

namespace actorgraph {

// The normalised form of `written`, or nullopt when it is not a date this
// reads. Read: ISO 8601 dates and times, with a zone ("Z", "+02:00",
// "-0500") or without; RFC 2822 ("Mon, 04 Mar 2024 15:01:01 +0000", and the
// zone names of its section 4.3: UT, GMT, EST, EDT, CST, CDT, MST, MDT, PST,
// PDT); "March 4, 2024", "Mar. 4 2024", "4 March 2024", "March 2024";
// "2024/03/04"; "26-FEB-1987 15:01:01.79"; "2024-03"; "2024". A leading
// weekday is ignored; month names are English, in any case, full or
// abbreviated. Day-first and month-first numeric forms ("04/03/2024") are
// not read: which one is meant cannot be told.
std::optional<std::string> NormalizeDate(std::string_view written);

// True when `date` is already in the normalised form.
bool IsNormalizedDate(std::string_view date);

// A dateline: where and when a story was filed.
struct Dateline {
  std::string written;  // "PORTLAND, Ore., Feb 26" (place and date, no agency)
  unsigned month = 0;   // 1..12
  unsigned day = 0;     // 1..31
  std::optional<int> year;
};

// The dateline opening `text` (its first line, or one of the two after it,
// where a headline comes first): a place opening with a word in capitals, a
// comma, a month and day (and maybe a year), an optional agency in
// parentheses and a dash, on one line ("OSLO, March 4 -", "PORTLAND, Ore.,
// Feb 26 (Reuters) --", "LONDON, 4 March 2024 —"). nullopt when there is
// none.
std::optional<Dateline> FindDateline(std::string_view text);
// The same for a dateline given on its own ("SALVADOR, Feb 26", no dash).
std::optional<Dateline> ParseDateline(std::string_view written);

// Dates the documents of one input, in input order (the previous document
// is the context of a year-less dateline).
class DocumentDater {
 public:
  // Sets doc.date, doc.date_written and doc.date_origin from `date_field`
  // (as written; empty when the input has none), else from `dateline_field`,
  // else from a dateline opening doc.text. Returns a warning when the date
  // field cannot be read; the document is then undated and keeps what was
  // written in date_written. A dateline without a year, with no dated
  // document before it, leaves the document undated with the dateline in
  // date_written, and no warning.
  std::optional<std::string> Date(Document& doc, std::string_view date_field,
                                  std::string_view dateline_field = {});

 private:
  std::string previous_;  // the last day or instant set, "YYYY-MM-DD..."
};

// The periods a timeline counts by (`query timeline --by`).
enum class Period { kDay, kWeek, kMonth, kYear };
// "day", "week", "month", "year"; nullopt for anything else.
std::optional<Period> ParsePeriod(std::string_view name);
// The period holding a normalised date: "2024-03-04", "2024-W10" (ISO 8601
// weeks, Monday first), "2024-03" or "2024". nullopt when the date is
// coarser than the period (a date of "2024-03" has no day or week).
std::optional<std::string> PeriodOf(std::string_view date, Period period);
// Every period from `first` to `last` (both from PeriodOf), in order.
std::vector<std::string> PeriodsBetween(const std::string& first, const std::string& last,
                                        Period period);

// For writers that take documents from elsewhere (facts files, imports, an
// older store): a date that is not in the normalised form is read as a date
// field would be; when it cannot be, the document becomes undated and
// date_written keeps it. A document already normalised is unchanged.
void NormalizeDocumentDate(Document& doc);

}  // namespace actorgraph

#endif  // ACTORGRAPH_MODEL_DATES_H_
