// What the text last talked about, as the resolver walks through it: the quarter in focus ("a
// year earlier" is that quarter a year back), the day in focus (a clock time is on it) and the
// last time point named (narrative phrases such as "the following year" move from it).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar_arithmetic.h"
#include "text_tokens.h"
#include "timex_candidate.h"

namespace newsindex {

struct Focus {
  bool has_quarter = false;
  int quarter_year = 0, quarter = 0;
  std::uint32_t quarter_sentence = 0;
  bool has_date = false;
  calendar::Date date{};
  std::uint32_t date_sentence = 0;
  // The last time point the text named (any granularity from year to day).
  bool has_point = false;
  calendar::Date point{};
  calendar::Granularity point_unit = calendar::Granularity::Year;

  void set_quarter(int year, int quarter_of_year, std::uint32_t sentence);
  // After a mention with TIMEX3 value `value` (day: its day when it names one).
  void remember(const TimexCandidate& c, const std::string& value,
                std::optional<calendar::Date> day, std::uint32_t sentence, bool point_known);
};

// Sentence index of every token; clock times and "a year earlier" look only
// this far for the expression they lean on.
[[nodiscard]] std::vector<std::uint32_t> sentence_ids(const TokenizedText& t);

}  // namespace newsindex
