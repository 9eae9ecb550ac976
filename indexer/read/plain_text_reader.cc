#include "plain_text_reader.h"

#include <unicode/brkiter.h>
#include <unicode/filteredbrk.h>
#include <unicode/utext.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

#include "input_limits.h"
#include "line_reader.h"
#include "publication_date.h"
#include "schema.h"
#include "text_encoding.h"

namespace newsindex {
namespace {

constexpr std::size_t kMaxHeadlineBytes = 200;
constexpr std::size_t kMaxTitleBytes = 300;

enum class HeaderKey { kTitle, kDate, kSource, kUrl, kLanguage, kAuthor, kSection, kId };

std::optional<HeaderKey> header_key(std::string_view key) {
  static constexpr std::array<std::pair<std::string_view, HeaderKey>, 10> kKeys = {{
      {"title", HeaderKey::kTitle},
      {"date", HeaderKey::kDate},
      {"source", HeaderKey::kSource},
      {"url", HeaderKey::kUrl},
      {"language", HeaderKey::kLanguage},
      {"author", HeaderKey::kAuthor},
      {"authors", HeaderKey::kAuthor},
      {"section", HeaderKey::kSection},
      {"id", HeaderKey::kId},
      {"lang", HeaderKey::kLanguage},
  }};
  std::string lowered(key);
  for (char& c : lowered) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  for (const auto& [name, value] : kKeys) {
    if (name == lowered) return value;
  }
  return std::nullopt;
}

std::string_view trim(std::string_view text) {
  const char* space = " \t\r\n\f\v";
  std::size_t first = text.find_first_not_of(space);
  if (first == std::string_view::npos) return {};
  std::size_t last = text.find_last_not_of(space);
  return text.substr(first, last - first + 1);
}

// Splits "Key: value"; nullopt when the line has no known key.
std::optional<std::pair<HeaderKey, std::string_view>> header_line(std::string_view line) {
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 20) return std::nullopt;
  std::optional<HeaderKey> key = header_key(trim(line.substr(0, colon)));
  if (!key) return std::nullopt;
  return std::make_pair(*key, trim(line.substr(colon + 1)));
}

// Reads at most kMaxLineBytes: the text is cut to kMaxTextBytes anyway, and a huge file given by
// mistake must not be loaded whole.
std::string read_file(const std::filesystem::path& path, const std::string& display_name,
                      bool& cut) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(display_name, std::string("cannot open: ") + std::strerror(errno));
  std::error_code size_error;
  std::uintmax_t size = std::filesystem::file_size(path, size_error);
  // The size is a hint (the file may change while we read): read one byte more than the cap
  // allows, to notice a file over it, but never allocate more than that.
  std::size_t wanted =
      size_error ? kMaxLineBytes + 1
                 : static_cast<std::size_t>(std::min<std::uintmax_t>(size, kMaxLineBytes) + 1);
  std::string contents(wanted, '\0');
  in.read(contents.data(), static_cast<std::streamsize>(contents.size()));
  if (in.bad()) throw InputError(display_name, std::string("read error: ") + std::strerror(errno));
  contents.resize(static_cast<std::size_t>(in.gcount()));
  cut = contents.size() > kMaxLineBytes;
  if (cut) contents.resize(kMaxLineBytes);
  return contents;
}

std::string normalise_line_ends(std::string text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

// ICU's English sentence rules break after "St." and "Dr."; these abbreviations are common in
// news ledes and never end a sentence there.
constexpr std::array<const char16_t*, 16> kNoBreakAfter = {
    u"St.",   u"Dr.", u"Gen.", u"Sen.", u"Rep.",  u"Gov.", u"Lt.",  u"Col.",
    u"Prof.", u"Mt.", u"Ft.",  u"Sgt.", u"Capt.", u"Adm.", u"Rev.", u"No."};

std::string first_sentence(std::string_view paragraph) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale english("en");
  std::unique_ptr<icu::FilteredBreakIteratorBuilder> builder(
      icu::FilteredBreakIteratorBuilder::createInstance(english, status));
  if (U_FAILURE(status)) return std::string(paragraph);
  for (const char16_t* abbreviation : kNoBreakAfter) {
    builder->suppressBreakAfter(icu::UnicodeString(abbreviation), status);
  }
  std::unique_ptr<icu::BreakIterator> sentences(builder->wrapIteratorWithFilter(
      icu::BreakIterator::createSentenceInstance(english, status), status));
  if (U_FAILURE(status) || !sentences) return std::string(paragraph);
  UText text = UTEXT_INITIALIZER;
  utext_openUTF8(&text, paragraph.data(), static_cast<int64_t>(paragraph.size()), &status);
  sentences->setText(&text, status);
  int32_t end = U_SUCCESS(status) ? sentences->following(0) : icu::BreakIterator::DONE;
  utext_close(&text);
  if (end == icu::BreakIterator::DONE || end <= 0) return std::string(paragraph);
  return std::string(trim(paragraph.substr(0, static_cast<std::size_t>(end))));
}

std::string shorten_at_word(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return std::string(text);
  std::size_t cut = text.rfind(' ', max_bytes);
  if (cut == std::string_view::npos || cut < max_bytes / 2) {
    cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  return std::string(trim(text.substr(0, cut))) + "…";
}

}  // namespace

std::string title_from_body(std::string_view body) {
  body = trim(body);
  std::string_view first_line = body.substr(0, body.find('\n'));
  first_line = trim(first_line);
  if (first_line.size() <= kMaxHeadlineBytes) return std::string(first_line);
  return shorten_at_word(first_sentence(first_line), kMaxTitleBytes);
}

PlainTextReader::PlainTextReader(const std::filesystem::path& path, std::string display_name,
                                 ProblemReporter& problems,
                                 std::optional<PublicationDate> fallback_date)
    : path_(path),
      display_name_(std::move(display_name)),
      problems_(problems),
      fallback_date_(std::move(fallback_date)) {}

std::optional<Article> PlainTextReader::next() {
  if (done_) return std::nullopt;
  done_ = true;

  bool cut = false;
  std::string contents = read_file(path_, display_name_, cut);
  consumed_ = contents.size();
  if (contents.empty()) {
    problems_.report(ProblemKind::kSkipped, {display_name_, 0}, "empty file");
    return std::nullopt;
  }
  if (contents.find('\0') != std::string::npos) {
    problems_.report(ProblemKind::kSkipped, {display_name_, 0},
                     "binary file (NUL bytes), not text");
    return std::nullopt;
  }
  if (contents.starts_with("\xEF\xBB\xBF")) contents.erase(0, 3);
  if (auto bad = first_invalid_utf8(contents)) {
    std::optional<DecodedText> decoded = decode_legacy_charset(contents);
    if (!decoded) {
      problems_.report(
          ProblemKind::kSkipped, {display_name_, line_of_offset(contents, *bad)},
          "invalid UTF-8 (byte offset " + std::to_string(*bad) + "), and no other encoding fits");
      return std::nullopt;
    }
    problems_.report(ProblemKind::kWarning, {display_name_, line_of_offset(contents, *bad)},
                     "not UTF-8: read as " + decoded->charset + " (detected by ICU)");
    contents = std::move(decoded->utf8);
  }
  contents = normalise_line_ends(std::move(contents));

  Article article;
  article.origin = {display_name_, 0};
  std::string_view rest = contents;
  std::size_t body_line = 1;
  std::string date_text;
  std::size_t date_line = 0;

  std::string_view first_line = rest.substr(0, rest.find('\n'));
  if (header_line(first_line)) {
    // A header block runs to the first blank line.
    while (!rest.empty()) {
      std::size_t newline = rest.find('\n');
      std::string_view line = rest.substr(0, newline);
      rest = newline == std::string_view::npos ? std::string_view{} : rest.substr(newline + 1);
      std::size_t line_number = body_line++;
      if (trim(line).empty()) break;
      auto field = header_line(line);
      if (!field) {
        problems_.report(ProblemKind::kWarning, {display_name_, line_number},
                         "ignored header line (expected 'Key: value' with Key one of Title, "
                         "Date, Source, URL, Language, Author, Section, Id)");
        continue;
      }
      std::string value(field->second);
      switch (field->first) {
        case HeaderKey::kTitle:
          article.title = value;
          break;
        case HeaderKey::kDate:
          date_text = value;
          date_line = line_number;
          break;
        case HeaderKey::kSource:
          article.source = value;
          break;
        case HeaderKey::kUrl:
          article.url = value;
          break;
        case HeaderKey::kLanguage:
          article.language = schema::language_code(value);
          break;
        case HeaderKey::kAuthor:
          article.authors.push_back(value);
          break;
        case HeaderKey::kSection:
          article.section = value;
          break;
        case HeaderKey::kId:
          article.id = value;
          break;
      }
    }
  }

  std::string_view body = trim(rest);
  if (body.empty()) {
    problems_.report(ProblemKind::kSkipped, {display_name_, 0}, "empty text");
    return std::nullopt;
  }
  article.text = std::string(body);
  if (std::size_t size = article.text.size(); truncate_text(article.text) || cut) {
    problems_.report(ProblemKind::kDropped, {display_name_, 0},
                     "text of " +
                         (cut ? "over " + describe_size(kMaxLineBytes) : describe_size(size)) +
                         " cut to the first " + describe_size(kMaxTextBytes));
  }
  if (article.title.empty()) article.title = title_from_body(body);
  // From the content, not the path: the same article copied to another folder, or an archive
  // moved, is still one article. The rule is that of JSON records without an id.
  if (article.id.empty()) {
    article.id = schema::derived_article_id(article.title + '\n' + article.text);
  }
  // A date given but unreadable is reported and not replaced by a guess.
  if (!date_text.empty()) {
    if (auto parsed = parse_publication_date(date_text)) {
      if (auto reason = implausible_date_reason(*parsed)) {
        problems_.report(ProblemKind::kWarning, {display_name_, date_line}, *reason);
      }
      article.date = std::move(parsed);
    } else {
      problems_.report(ProblemKind::kDropped, {display_name_, date_line},
                       unparsable_date_reason(date_text));
    }
  } else if (auto named = day_from_file_name(path_)) {
    if (auto reason = implausible_date_reason(*named)) {
      problems_.report(ProblemKind::kWarning, {display_name_, 0}, "file name: " + *reason);
    }
    article.date = std::move(named);
  } else {
    article.date = fallback_date_;
  }
  return article;
}

}  // namespace newsindex
