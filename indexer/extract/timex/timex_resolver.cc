#include "timex_resolver.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "anchor_resolution.h"
#include "resolution_focus.h"

namespace newsindex {
namespace {

Resolution resolve_anchor(const TimexCandidate& c, ResolutionContext& ctx) {
  switch (c.anchor) {
    case Anchor::Literal:
      return {c.literal, std::nullopt};
    case Anchor::Absolute:
      return resolve_absolute(c, ctx);
    case Anchor::Offset:
      return resolve_offset(c, ctx);
    case Anchor::Yearless:
      return resolve_yearless(c, ctx);
    case Anchor::Weekday:
      return resolve_weekday(c, ctx);
    case Anchor::Season:
      return resolve_season(c, ctx);
    case Anchor::YearEarlier:
      return resolve_year_earlier(ctx);
    case Anchor::ReportedQuarter:
      return resolve_reported_quarter(c, ctx);
    case Anchor::SentenceDate:
      return resolve_sentence_date(ctx);
    case Anchor::Narrative:
      return resolve_narrative(c, ctx);
    case Anchor::Decade:
      return resolve_decade(c, ctx);
  }
  return {};
}

// "TMO" for a part of the day, "T14:00" (or "T14:00Z") for a clock time.
void append_time_of_day(const TimexCandidate& c, std::string& value) {
  if (c.part_of_day != nullptr)
    value += std::string("T") + c.part_of_day;
  else if (c.hour >= 0)
    value += "T" + calendar::two_digits(static_cast<unsigned>(c.hour)) + ":" +
             calendar::two_digits(static_cast<unsigned>(c.minute)) + (c.utc ? "Z" : "");
}

// "Friday's ruling", "last year's profit": the token keeps its possessive so that rules can read
// it, but the expression ends before it (TimeML leaves the clitic out of the span).
std::uint32_t end_before_possessive(const TokenizedText& t, std::size_t last) {
  const std::string_view w = t.original(last);
  for (const std::string_view clitic : {std::string_view("'s"), std::string_view("\u2019s"),
                                        std::string_view("'S"), std::string_view("\u2019S")})
    if (w.size() > clitic.size() && w.ends_with(clitic))
      return t[last].end - static_cast<std::uint32_t>(clitic.size());
  return t[last].end;
}

}  // namespace

std::vector<TimexMention> TimexResolver::resolve(
    const TokenizedText& t, const std::vector<TimexCandidate>& candidates,
    std::optional<std::chrono::year_month_day> reference) const {
  std::vector<TimexMention> out;
  out.reserve(candidates.size());
  if (reference && !reference->ok()) reference.reset();
  if (reference &&
      (static_cast<int>(reference->year()) < 1 || static_cast<int>(reference->year()) > 9000))
    reference.reset();
  const std::vector<std::uint32_t> sentence = sentence_ids(t);
  Focus focus;
  for (const TimexCandidate& c : candidates) {
    if (c.first_token >= c.end_token || c.end_token > t.size()) continue;
    ResolutionContext ctx{t, tense_, reference, focus, sentence[c.first_token]};
    Resolution r = resolve_anchor(c, ctx);
    if (r.value.empty()) continue;
    append_time_of_day(c, r.value);
    focus.remember(c, r.value, r.day, ctx.sentence, reference || c.anchor == Anchor::Absolute);
    TimexMention m;
    m.begin = t[c.first_token].begin;
    m.end = end_before_possessive(t, c.end_token - 1);
    m.type = c.type;
    m.value = std::move(r.value);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace newsindex
