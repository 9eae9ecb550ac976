#include "web_page.h"

#include <unicode/calendar.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>

#include <cstdio>
#include <memory>
#include <vector>

#include "byte_size.h"
#include "feed_dates.h"
#include "html_document.h"
#include "input_limits.h"
#include "page_charset.h"
#include "page_metadata.h"
#include "publication_date.h"
#include "schema.h"

namespace newsindex {
namespace {

// "November 19, 2019", "Nov 19, 2019, 07:47 PM EST", "19 November 2019": how pages write dates
// in their bylines and some meta tags. Only the day is taken, in English, by ICU's parser; the
// time of day, if any, is left to the formats that give a zone.
// ICU's formats are costly to make (locale data is loaded for each): made once per thread.
class WrittenDayFormats {
 public:
  WrittenDayFormats() {
    static constexpr const char* kPatterns[] = {"MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy",
                                                "d MMM yyyy", "EEE MMM d yyyy"};
    for (const char* pattern : kPatterns) {
      UErrorCode status = U_ZERO_ERROR;
      auto format = std::make_unique<icu::SimpleDateFormat>(icu::UnicodeString(pattern),
                                                            icu::Locale::getUS(), status);
      if (U_FAILURE(status)) continue;
      format->setLenient(false);
      format->setTimeZone(*icu::TimeZone::getGMT());
      formats_.push_back(std::move(format));
    }
  }

  [[nodiscard]] std::optional<PublicationDate> parse(std::string_view text) const {
    icu::UnicodeString input = icu::UnicodeString::fromUTF8(
        icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    for (const auto& format : formats_) {
      icu::ParsePosition position(0);
      UDate when = format->parse(input, position);
      if (position.getErrorIndex() >= 0 || position.getIndex() == 0) continue;
      const icu::Calendar* calendar = format->getCalendar();
      std::unique_ptr<icu::Calendar> day(calendar->clone());
      UErrorCode status = U_ZERO_ERROR;
      day->setTime(when, status);
      char iso[48];
      std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", day->get(UCAL_YEAR, status),
                    day->get(UCAL_MONTH, status) + 1, day->get(UCAL_DATE, status));
      if (U_SUCCESS(status)) return parse_publication_day(iso);
    }
    return std::nullopt;
  }

 private:
  std::vector<std::unique_ptr<icu::SimpleDateFormat>> formats_;
};

// "November 19, 2019", "Nov 19, 2019, 07:47 PM EST", "19 November 2019": how pages write dates
// in their bylines and some meta tags. Only the day is taken, in English; the time of day, if
// any, is left to the formats that give a zone.
std::optional<PublicationDate> parse_written_day(std::string_view text) {
  thread_local const WrittenDayFormats formats;
  return formats.parse(text);
}

// The first of the page's dates that reads as one: ISO 8601, RFC 822, or written out in English.
std::optional<PublicationDate> first_readable_date(const std::vector<std::string>& dates) {
  for (const std::string& text : dates) {
    std::string_view date = text;
    // "2019-11-18 17:19:53 GMT": ISO with the zone named.
    std::string iso;
    for (std::string_view zone : {" GMT", " UTC"}) {
      if (date.ends_with(zone)) {
        iso = std::string(date.substr(0, date.size() - zone.size())) + "Z";
        date = iso;
      }
    }
    std::optional<PublicationDate> parsed = parse_feed_date(date);
    if (!parsed) parsed = parse_written_day(date);
    if (parsed && !implausible_date_reason(*parsed)) return parsed;
    // A placeholder year or one far ahead is worth less than the page's next date.
    if (parsed && &text == &dates.back()) return parsed;
  }
  return std::nullopt;
}

}  // namespace

WebPageReader::WebPageReader(ProblemReporter& problems, const ReaderOptions& options)
    : problems_(problems), options_(options) {}

std::optional<Article> WebPageReader::read(std::string_view bytes, const PageSource& source) const {
  PageText page = page_text(bytes, source.charset);
  HtmlDocument document(page.utf8);
  PageMetadata metadata = read_page_metadata(document.root());
  MainText main = extractor_.extract(document.root(), metadata.title);

  Article article;
  article.origin = source.where;
  article.text = std::move(main.text);
  // Pages whose markup scripts fill in carry their text in JSON-LD only.
  if (main.words < kMinArticleWords && !metadata.body.empty()) {
    article.text = std::move(metadata.body);
    main.words = kMinArticleWords;
  }
  if (main.words < kMinArticleWords) {
    problems_.report(ProblemKind::kWarning, source.where,
                     "not indexed: no article text found (" + std::to_string(main.words) +
                         " words outside navigation and link lists, of " +
                         std::to_string(main.page_words) +
                         " on the page): an index page, a section front or an error page?");
    return std::nullopt;
  }
  if (std::size_t size = article.text.size(); truncate_text(article.text)) {
    problems_.report(
        ProblemKind::kDropped, source.where,
        "text of " + describe_size(size) + " cut to the first " + describe_size(kMaxTextBytes));
  }
  article.title = std::move(metadata.title);
  article.url = metadata.url.empty() ? std::string(source.address) : std::move(metadata.url);
  article.id = article.url.empty() ? schema::derived_article_id(article.title + '\n' + article.text)
                                   : article.url;
  article.source = std::move(metadata.source);
  article.language = schema::language_code(metadata.language);
  article.authors = std::move(metadata.authors);
  article.section = std::move(metadata.section);
  article.date = options_.fallback_date;
  if (!metadata.dates.empty()) {
    if (std::optional<PublicationDate> date = first_readable_date(metadata.dates)) {
      if (auto reason = implausible_date_reason(*date)) {
        problems_.report(ProblemKind::kWarning, source.where, *reason);
      }
      article.date = std::move(date);
    } else {
      problems_.report(ProblemKind::kDropped, source.where,
                       unparsable_feed_date_reason(metadata.dates.front()));
    }
  }
  return article;
}

}  // namespace newsindex
