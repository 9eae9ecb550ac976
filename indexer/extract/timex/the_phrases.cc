#include "the_phrases.h"

#include "deictic_expressions.h"
#include "narrative_references.h"
#include "quarters.h"
#include "seasons.h"
#include "vague_references.h"
#include "weekdays.h"
#include "year_references.h"
#include "years.h"

namespace newsindex {

// The word after "the" decides which family reads the phrase. The first family that claims it
// settles it even when it then offers nothing: "the past two years" is no PAST_REF, and is left
// to the durations at the next tokens; "the current year" is the running year, not a deictic.
void recognise_the_phrase(const ScanText& s, std::size_t i, LongestCandidate& out) {
  if (!s.is(i, Lex::The)) return;
  using ReadAfterThe = bool (*)(const ScanText&, std::size_t, LongestCandidate&);
  static constexpr ReadAfterThe kInOrder[] = {
      read_the_vague_reference, read_the_weekend,      read_the_quarter,
      read_the_latest_quarter,  read_the_week,         read_the_season,
      read_the_decade_word,     read_the_running_year, read_the_year,
      read_the_year_earlier,    read_the_deictic,      read_the_day,
      read_the_ordinal_day,
  };
  for (const ReadAfterThe read : kInOrder)
    if (read(s, i, out)) return;
}

}  // namespace newsindex
