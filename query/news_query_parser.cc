#include "news_query_parser.h"

#include "date_range.h"
#include "schema.h"

namespace newsindex {
namespace {

// Wildcards expand to at most this many terms (the most frequent), so "a*" on a big archive
// stays fast instead of building a query of every word.
constexpr Xapian::termcount kMaxWildcardExpansion = 2000;

// Empty filters ("source:") are an error rather than a silent match-nothing.
void require_value(std::string_view field, const std::string& value) {
  if (value.empty()) {
    throw Xapian::QueryParserError("empty filter \"" + std::string(field) +
                                   ":\" (write a value after the colon)");
  }
}

class PublishedDateFilter final : public Xapian::FieldProcessor {
 public:
  explicit PublishedDateFilter(std::chrono::year_month_day today) : parser_(today) {}

  Xapian::Query operator()(const std::string& spec) override {
    require_value(schema::kDateField, spec);
    DayRange range;
    try {
      range = parser_.parse(spec);
    } catch (const DateRangeError& error) {
      throw Xapian::QueryParserError(error.what());
    }
    if (range.first && range.last) {
      return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kPublishedDaySlot,
                           schema::day_value(*range.first), schema::day_value(*range.last));
    }
    if (range.first) {
      return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kPublishedDaySlot,
                           schema::day_value(*range.first));
    }
    return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kPublishedDaySlot,
                         schema::day_value(*range.last));
  }

 private:
  DateRangeParser parser_;
};

class SourceFilter final : public Xapian::FieldProcessor {
 public:
  explicit SourceFilter(std::shared_ptr<TextFolder> folder) : folder_(std::move(folder)) {}

  Xapian::Query operator()(const std::string& source) override {
    require_value(schema::kSourceField, source);
    return Xapian::Query(schema::source_term(folder_->key(source)));
  }

 private:
  std::shared_ptr<TextFolder> folder_;
};

class LanguageFilter final : public Xapian::FieldProcessor {
 public:
  Xapian::Query operator()(const std::string& language) override {
    require_value(schema::kLanguageField, language);
    return Xapian::Query(schema::language_term(schema::language_code(language)));
  }
};

// QueryParser reads "source:" with nothing after it as the plain word "source"; a user who
// typed it meant a filter and forgot the value.
void reject_empty_filters(std::string_view text) {
  for (std::string_view field : {schema::kTitleField, schema::kSourceField, schema::kLanguageField,
                                 schema::kDateField}) {
    std::string pattern = std::string(field) + ":";
    for (std::size_t at = text.find(pattern); at != std::string_view::npos;
         at = text.find(pattern, at + 1)) {
      bool starts_word = at == 0 || std::string_view(" \t(+-").find(text[at - 1]) != std::string_view::npos;
      std::size_t after = at + pattern.size();
      bool nothing_after = after == text.size() || std::string_view(" \t)").find(text[after]) != std::string_view::npos;
      if (starts_word && nothing_after) require_value(field, "");
    }
  }
}

}  // namespace

NewsQueryParser::NewsQueryParser(const Xapian::Database& database,
                                 const std::string& stem_language,
                                 std::chrono::year_month_day today)
    : folder_(std::make_shared<TextFolder>()) {
  parser_.set_database(database);
  parser_.set_default_op(Xapian::Query::OP_AND);
  Xapian::Stem stemmer = schema::stemmer_for(stem_language);
  if (!stemmer.is_none()) stem_language_ = stem_language;
  parser_.set_stemmer(stemmer);
  parser_.set_max_expansion(kMaxWildcardExpansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                            Xapian::QueryParser::FLAG_WILDCARD);
  parser_.add_prefix(std::string(schema::kTitleField), std::string(schema::kTitlePrefix));
  parser_.add_boolean_prefix(std::string(schema::kDateField),
                             (new PublishedDateFilter(today))->release());
  parser_.add_boolean_prefix(std::string(schema::kSourceField),
                             (new SourceFilter(folder_))->release());
  parser_.add_boolean_prefix(std::string(schema::kLanguageField),
                             (new LanguageFilter())->release());
}

NewsQueryParser::~NewsQueryParser() = default;

Xapian::Query NewsQueryParser::parse(const std::string& text) {
  std::string folded = folder_->fold(text);
  if (folded.find_first_not_of(" \t\r\n") == std::string::npos) return Xapian::Query::MatchAll;
  constexpr unsigned kFlags =
      Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
      Xapian::QueryParser::FLAG_PURE_NOT | Xapian::QueryParser::FLAG_CJK_NGRAM;
  try {
    reject_empty_filters(folded);
    // Articles in the stemmer's language were indexed with its stems; all others (other or
    // unknown languages) only with their words. Each article is matched by the form of the query
    // that fits how it was indexed, so that "-word" excludes it either way.
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_NONE);
    Xapian::Query query = parser_.parse_query(folded, kFlags);
    if (!stem_language_.empty()) {
      parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
      Xapian::Query stemmed = parser_.parse_query(folded, kFlags);
      if (stemmed.get_description() != query.get_description()) {
        Xapian::Query in_language(schema::language_term(stem_language_));
        query = Xapian::Query(Xapian::Query::OP_OR,
                              Xapian::Query(Xapian::Query::OP_FILTER, stemmed, in_language),
                              Xapian::Query(Xapian::Query::OP_AND_NOT, query, in_language));
      }
    }
    // A query of nothing but stopwords or punctuation parses to an empty query.
    if (query.empty()) throw QueryError("the query \"" + text + "\" has no words to search for");
    return query;
  } catch (const Xapian::QueryParserError& error) {
    throw QueryError("bad query: " + error.get_msg());
  }
}

}  // namespace newsindex
