#include "locale_calendar_vocabulary.h"

#include <unicode/datefmt.h>
#include <unicode/dtfmtsym.h>
#include <unicode/locid.h>
#include <unicode/reldatefmt.h>
#include <unicode/smpdtfmt.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <memory>

#include "icu_data_error.h"
#include "text_tokens.h"

namespace newsindex {
namespace {

using calendar::Granularity;

struct LanguageProfile {
  const char* code;
  const char* icu_locale;
  GrammarWords grammar;
};

// Closed-class words per language (see GrammarWords). Anything calendar-
// specific comes from ICU instead.
const std::array<LanguageProfile, 7>& profiles() {
  static const std::array<LanguageProfile, 7> kProfiles = {{
      {"en",
       "en_US",
       {{"in", "since", "by", "until", "till", "before", "after", "from", "through", "during", "of",
         "for", "between", "around", "circa", "mid", "fiscal", "year"},
        {},
        {"of"},
        {"will", "'ll", "shall"}}},
      {"de",
       "de_DE",
       {{"im", "seit", "bis", "von", "vor", "nach", "ab", "jahr", "jahres", "anfang", "ende",
         "mitte", "jahre"},
        {},
        {},
        {"wird", "werden", "wirst", "soll", "sollen", "kommenden", "kommende", "nächsten",
         "nächste"}}},
      {"fr",
       "fr_FR",
       {{"en", "depuis", "de", "dès", "avant", "après", "année", "fin", "début", "mi", "jusqu'en",
         "d'ici"},
        {},
        {},
        {"va", "vont", "sera", "seront", "prochain", "prochaine", "aura", "auront", "devrait",
         "doit"}}},
      {"es",
       "es_ES",
       {{"en", "desde", "de", "del", "hasta", "antes", "después", "año", "finales", "principios",
         "mediados"},
        {},
        {"de", "del"},
        {"va", "van", "será", "serán", "próximo", "próxima", "habrá", "celebrará"}}},
      {"it",
       "it_IT",
       {{"nel", "dal", "del", "al", "fino", "entro", "anno", "di", "prima", "dopo", "fine",
         "inizio"},
        {},
        {"di", "del"},
        {"sarà", "saranno", "prossimo", "prossima", "dovrà", "avrà"}}},
      {"ru",
       "ru_RU",
       {{"в", "с", "до", "после", "к", "по"},
        {"года", "году", "год", "г"},
        {},
        {"будет", "будут", "следующей", "следующем", "следующий", "предстоящей"}}},
      {"fi",
       "fi_FI",
       {{"vuonna", "vuoden", "vuodesta", "vuoteen", "vuosi", "vuodelle"},
        {},
        {},
        {"ensi", "tulee", "tulevat", "aikoo", "tulevana"}}},
  }};
  return kProfiles;
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// ICU writes some abbreviations with their full stop ("Jan.", "сент."); the
// tokenizer sees the stop as separate punctuation, so the key drops it.
std::string name_key(const icu::UnicodeString& name) {
  std::string s = to_utf8(name);
  while (!s.empty() && s.back() == '.') s.pop_back();
  const std::vector<std::string> words = fold_phrase(s);
  return words.size() == 1 ? words.front() : std::string();
}

NumericDateOrder order_from_pattern(const icu::UnicodeString& pattern) {
  int day = -1, month = -1, year = -1;
  bool quoted = false;
  for (int32_t i = 0; i < pattern.length(); ++i) {
    const char16_t c = pattern.charAt(i);
    if (c == u'\'') {
      quoted = !quoted;
      continue;
    }
    if (quoted) continue;
    if (c == u'd' && day < 0) day = i;
    if ((c == u'M' || c == u'L') && month < 0) month = i;
    if (c == u'y' && year < 0) year = i;
  }
  if (year >= 0 && year < month && year < day) return NumericDateOrder::YearMonthDay;
  if (day >= 0 && month >= 0 && day < month) return NumericDateOrder::DayMonthYear;
  return NumericDateOrder::MonthDayYear;
}

icu::RelativeDateTimeFormatter relative_formatter(const char* locale_id, const std::string& what) {
  UErrorCode status = U_ZERO_ERROR;
  icu::RelativeDateTimeFormatter formatter{icu::Locale(locale_id), status};
  require_icu_data(status, what);
  return formatter;
}

}  // namespace

LocaleCalendarVocabulary::LocaleCalendarVocabulary(std::string_view language) {
  const LanguageProfile* profile = &profiles()[0];
  std::string code(language.substr(0, std::min<std::size_t>(language.size(), 8)));
  for (char& c : code) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  for (const LanguageProfile& p : profiles()) {
    if (code.rfind(p.code, 0) == 0 && (code.size() == 2 || code[2] == '-' || code[2] == '_'))
      profile = &p;
  }
  language_ = profile->code;
  english_ = language_ == "en";
  grammar_ = profile->grammar;

  // English spellings are wanted in every language; en_GB adds "Sept".
  add_names("en_US", true);
  add_names("en_GB", true);
  if (!english_) {
    add_names(profile->icu_locale, false);
    add_relative_phrases(profile->icu_locale);
    add_number_templates(profile->icu_locale);
  }

  std::unique_ptr<icu::DateFormat> format(icu::DateFormat::createDateInstance(
      icu::DateFormat::kShort, icu::Locale(profile->icu_locale)));
  if (auto* simple = dynamic_cast<icu::SimpleDateFormat*>(format.get())) {
    icu::UnicodeString pattern;
    simple->toPattern(pattern);
    order_ = order_from_pattern(pattern);
  }
  for (const auto& [word, entry] : words_) filter_.add(word);
}

void LocaleCalendarVocabulary::add_names(const char* locale_id, bool english) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::DateFormatSymbols symbols{icu::Locale(locale_id), status};
  require_icu_data(status, std::string("the month and weekday names of locale ") + locale_id);
  for (auto context : {icu::DateFormatSymbols::FORMAT, icu::DateFormatSymbols::STANDALONE}) {
    for (auto width : {icu::DateFormatSymbols::WIDE, icu::DateFormatSymbols::ABBREVIATED}) {
      const bool abbreviated = width == icu::DateFormatSymbols::ABBREVIATED;
      int32_t count = 0;
      const icu::UnicodeString* months = symbols.getMonths(count, context, width);
      for (int32_t i = 0; i < count && i < 12; ++i) {
        const std::string key = name_key(months[i]);
        if (key.empty()) continue;
        CalendarWord& w = words_[key];
        // A wide spelling wins over an identical abbreviation ("May", "mai").
        if (w.month == 0 || (w.month_abbreviated && !abbreviated)) {
          w.month = static_cast<std::uint8_t>(i + 1);
          w.month_abbreviated = abbreviated;
        }
        w.needs_capital = w.needs_capital || english;
      }
      const icu::UnicodeString* weekdays = symbols.getWeekdays(count, context, width);
      // ICU's array is 1-based with Sunday = 1.
      for (int32_t i = 1; i < count && i <= 7; ++i) {
        const std::string key = name_key(weekdays[i]);
        if (key.empty()) continue;
        CalendarWord& w = words_[key];
        if (w.weekday == 0 || (w.weekday_abbreviated && !abbreviated)) {
          w.weekday = static_cast<std::uint8_t>(i == 1 ? 7 : i - 1);
          w.weekday_abbreviated = abbreviated;
        }
        w.needs_capital = w.needs_capital || english;
      }
    }
  }
}

void LocaleCalendarVocabulary::add_relative_phrases(const char* locale_id) {
  const std::string what = std::string("the relative date phrases of locale ") + locale_id;
  icu::RelativeDateTimeFormatter formatter = relative_formatter(locale_id, what);
  UErrorCode status = U_ZERO_ERROR;
  struct Direction {
    UDateDirection icu;
    int offset;
  };
  static constexpr Direction kDirections[] = {{UDAT_DIRECTION_LAST_2, -2},
                                              {UDAT_DIRECTION_LAST, -1},
                                              {UDAT_DIRECTION_THIS, 0},
                                              {UDAT_DIRECTION_NEXT, 1},
                                              {UDAT_DIRECTION_NEXT_2, 2}};
  struct Unit {
    UDateAbsoluteUnit icu;
    Granularity unit;
  };
  static constexpr Unit kUnits[] = {{UDAT_ABSOLUTE_DAY, Granularity::Day},
                                    {UDAT_ABSOLUTE_WEEK, Granularity::Week},
                                    {UDAT_ABSOLUTE_MONTH, Granularity::Month},
                                    {UDAT_ABSOLUTE_QUARTER, Granularity::Quarter},
                                    {UDAT_ABSOLUTE_YEAR, Granularity::Year}};
  static constexpr UDateAbsoluteUnit kWeekdays[] = {
      UDAT_ABSOLUTE_MONDAY, UDAT_ABSOLUTE_TUESDAY,  UDAT_ABSOLUTE_WEDNESDAY, UDAT_ABSOLUTE_THURSDAY,
      UDAT_ABSOLUTE_FRIDAY, UDAT_ABSOLUTE_SATURDAY, UDAT_ABSOLUTE_SUNDAY};
  auto add = [&](RelativePhrase phrase, const icu::UnicodeString& text) {
    phrase.words = fold_phrase(to_utf8(text));
    if (phrase.words.empty()) return;
    for (const RelativePhrase& p : phrases_) {
      if (p.words == phrase.words) return;  // ICU repeats e.g. "this week" forms
    }
    phrase_index_[phrase.words.front()].push_back(static_cast<std::uint16_t>(phrases_.size()));
    phrases_.push_back(std::move(phrase));
  };
  for (const Direction& d : kDirections) {
    for (const Unit& u : kUnits) {
      icu::UnicodeString out;
      status = U_ZERO_ERROR;
      formatter.format(d.icu, u.icu, out, status);
      require_icu_data(status, what);
      if (out.isEmpty()) continue;
      RelativePhrase p;
      p.unit = u.unit;
      p.offset = d.offset;
      add(std::move(p), out);
    }
  }
  for (int i = 0; i < 7; ++i) {
    for (const Direction& d : kDirections) {
      if (d.offset < -1 || d.offset > 1) continue;
      icu::UnicodeString out;
      status = U_ZERO_ERROR;
      formatter.format(d.icu, kWeekdays[i], out, status);
      require_icu_data(status, what);
      if (out.isEmpty()) continue;
      RelativePhrase p;
      p.unit = Granularity::Day;
      p.offset = d.offset;
      p.weekday = static_cast<std::uint8_t>(i + 1);
      add(std::move(p), out);
    }
  }
  icu::UnicodeString now;
  status = U_ZERO_ERROR;
  formatter.format(UDAT_DIRECTION_PLAIN, UDAT_ABSOLUTE_NOW, now, status);
  require_icu_data(status, what);
  if (!now.isEmpty()) {
    RelativePhrase p;
    p.present = true;
    add(std::move(p), now);
  }
}

void LocaleCalendarVocabulary::add_number_templates(const char* locale_id) {
  const std::string what = std::string("the relative date phrases of locale ") + locale_id;
  icu::RelativeDateTimeFormatter formatter = relative_formatter(locale_id, what);
  UErrorCode status = U_ZERO_ERROR;
  struct Unit {
    UDateRelativeUnit icu;
    Granularity unit;
    bool hours;
  };
  static constexpr Unit kUnits[] = {{UDAT_RELATIVE_HOURS, Granularity::Day, true},
                                    {UDAT_RELATIVE_DAYS, Granularity::Day, false},
                                    {UDAT_RELATIVE_WEEKS, Granularity::Week, false},
                                    {UDAT_RELATIVE_MONTHS, Granularity::Month, false},
                                    {UDAT_RELATIVE_YEARS, Granularity::Year, false}};
  // Sample counts that exercise every plural category the languages here use
  // (one, few, many, other), so each inflected unit word is seen once.
  static constexpr double kCounts[] = {1, 2, 3, 5, 11, 21, 22, 25};
  for (const Unit& u : kUnits) {
    for (UDateDirection direction : {UDAT_DIRECTION_LAST, UDAT_DIRECTION_NEXT}) {
      for (double count : kCounts) {
        icu::UnicodeString out;
        status = U_ZERO_ERROR;
        formatter.format(count, direction, u.icu, out, status);
        require_icu_data(status, what);
        const std::vector<std::string> words = fold_phrase(to_utf8(out));
        const std::string number = std::to_string(static_cast<int>(count));
        const auto it = std::find(words.begin(), words.end(), number);
        if (it == words.end()) continue;  // the count was spelled out ("einem Tag"): not a template
        RelativeNumberTemplate t;
        t.before.assign(words.begin(), it);
        t.after.assign(it + 1, words.end());
        t.unit = u.unit;
        t.hours = u.hours;
        t.sign = direction == UDAT_DIRECTION_LAST ? -1 : 1;
        const bool seen =
            std::any_of(templates_.begin(), templates_.end(), [&](const RelativeNumberTemplate& o) {
              return o.before == t.before && o.after == t.after;
            });
        if (!seen && !(t.before.empty() && t.after.empty())) templates_.push_back(std::move(t));
      }
    }
  }
}

}  // namespace newsindex
