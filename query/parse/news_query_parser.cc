#include "news_query_parser.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "date_range.h"
#include "entity_aliases.h"
#include "facet_names.h"
#include "iso_week.h"
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

// Xapian 1.4's QueryParser leaks the query it has built so far when a FieldProcessor throws
// (found by tests/fuzz/query_fuzz under LeakSanitizer: "date:2025-13"). So our filters never
// throw through it: a bad value's message is kept in `error` (the first one wins), the filter
// matches nothing, and NewsQueryParser::parse throws the message once parse_query has returned.
class FilterProcessor : public Xapian::FieldProcessor {
 public:
  explicit FilterProcessor(std::shared_ptr<std::string> error) : error_(std::move(error)) {}

  Xapian::Query operator()(const std::string& value) final {
    try {
      return filter(value);
    } catch (const Xapian::QueryParserError& error) {
      if (error_->empty()) *error_ = error.get_msg();
      return Xapian::Query::MatchNothing;
    }
  }

 protected:
  // May throw Xapian::QueryParserError for a value the user must fix.
  virtual Xapian::Query filter(const std::string& value) = 0;

 private:
  std::shared_ptr<std::string> error_;
};

class PublishedDateFilter final : public FilterProcessor {
 public:
  PublishedDateFilter(std::shared_ptr<std::string> error, std::chrono::year_month_day today)
      : FilterProcessor(std::move(error)), parser_(today) {}

 protected:
  Xapian::Query filter(const std::string& spec) override {
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

class SourceFilter final : public FilterProcessor {
 public:
  SourceFilter(std::shared_ptr<std::string> error, std::shared_ptr<TextFolder> folder)
      : FilterProcessor(std::move(error)), folder_(std::move(folder)) {}

 protected:
  Xapian::Query filter(const std::string& source) override {
    require_value(schema::kSourceField, source);
    return Xapian::Query(schema::source_term(folder_->key(source)));
  }

 private:
  std::shared_ptr<TextFolder> folder_;
};

// person:, org:, place:. "person:putin" finds every person with "putin" in the name;
// "person:\"Vladimir Putin\"" the person of that name (or a known alias of it); a leading "="
// ("person:\"=Putin\"") asks for exactly that canonical name, as facet drill-downs do.
class EntityFilter final : public FilterProcessor {
 public:
  EntityFilter(std::shared_ptr<std::string> error, schema::EntityKind kind, std::string_view field,
               std::shared_ptr<TextFolder> folder,
               std::shared_ptr<const schema::EntityResolution> resolution,
               std::shared_ptr<std::vector<std::pair<schema::EntityKind, std::string>>> words)
      : FilterProcessor(std::move(error)),
        kind_(kind),
        field_(field),
        folder_(std::move(folder)),
        resolution_(std::move(resolution)),
        words_(std::move(words)) {}

 protected:
  Xapian::Query filter(const std::string& value) override {
    require_value(field_, value);
    bool exact = value.starts_with('=');
    std::string key =
        folder_->key(exact ? std::string_view(value).substr(1) : std::string_view(value));
    if (key.empty()) require_value(field_, "");
    if (exact) return entity_value_query(kind_, key, *resolution_);
    if (const EntityName* name = EntityAliases::shared_builtin().find(kind_, key))
      key = folder_->key(name->display);
    Xapian::Query whole = entity_value_query(kind_, key, *resolution_);
    if (!schema::may_be_entity_key_word(key)) return whole;
    // The parser runs once per stemming strategy: each filter is noted once.
    if (std::find(words_->begin(), words_->end(), std::pair{kind_, key}) == words_->end())
      words_->emplace_back(kind_, key);
    return Xapian::Query(Xapian::Query::OP_OR, whole,
                         Xapian::Query(schema::entity_word_term(kind_, key)));
  }

 private:
  schema::EntityKind kind_;
  std::string_view field_;
  std::shared_ptr<TextFolder> folder_;
  std::shared_ptr<const schema::EntityResolution> resolution_;
  std::shared_ptr<std::vector<std::pair<schema::EntityKind, std::string>>> words_;
};

// mentions:2025-04, mentions:2025-04-01..2025-04-30, mentions:2022: the articles that talk about
// dates inside the range, at the precision they gave (see schema::mentioned_date_terms).
class MentionedDateFilter final : public FilterProcessor {
 public:
  MentionedDateFilter(std::shared_ptr<std::string> error, const Xapian::Database& database,
                      std::chrono::year_month_day today)
      : FilterProcessor(std::move(error)), database_(database), today_(today), parser_(today) {}

 protected:
  Xapian::Query filter(const std::string& spec) override {
    using namespace std::chrono;
    require_value(schema::kMentionsField, spec);
    // A week as hits show it ("2025-W14") finds what the index keeps for mentioned weeks (their
    // month, or year), as it did before date: took weeks as day ranges.
    if (parse_week_label(spec)) return Xapian::Query(schema::mentioned_period_term(spec));
    DayRange range;
    try {
      range = parser_.parse(spec);
    } catch (const DateRangeError& error) {
      // Hits show half-years, quarters, seasons and weeks as they were written: they are
      // searchable as shown.
      std::string term = schema::mentioned_period_term(spec);
      if (term.empty()) {
        throw Xapian::QueryParserError(std::string(error.what()) +
                                       "; mentions: also takes periods as hits show them: "
                                       "2025-Q2, 2025-H1, 2025-SU, 2025-W14");
      }
      return Xapian::Query(term);
    }
    // Open ends stop at the first and last year any article mentions (any years will do when
    // none does: nothing can match then).
    std::string prefix(schema::mentioned_year_term_prefix());
    auto year_of = [&](const std::string& term) {
      return std::chrono::year{std::stoi(term.substr(prefix.size()))};
    };
    std::chrono::year lowest = today_.year();
    std::chrono::year highest = today_.year();
    auto years = database_.allterms_begin(prefix);
    if (years != database_.allterms_end(prefix)) lowest = year_of(*years);
    for (; years != database_.allterms_end(prefix); ++years) highest = year_of(*years);
    year_month_day first = range.first.value_or(lowest / January / 1d);
    year_month_day last = range.last.value_or(highest / December / 31d);
    if (last < first) return Xapian::Query::MatchNothing;
    std::vector<std::string> terms = schema::mentioned_range_terms(first, last);
    return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  }

 private:
  Xapian::Database database_;
  std::chrono::year_month_day today_;
  DateRangeParser parser_;
};

class LanguageFilter final : public FilterProcessor {
 public:
  using FilterProcessor::FilterProcessor;

 protected:
  Xapian::Query filter(const std::string& language) override {
    require_value(schema::kLanguageField, language);
    return Xapian::Query(schema::language_term(schema::language_code(language)));
  }
};

constexpr std::array<std::string_view, 8> kQueryFields = {
    schema::kTitleField,
    schema::kSourceField,
    schema::kLanguageField,
    schema::kDateField,
    schema::entity_kind_info(schema::kFacetedEntityKinds[0]).field,
    schema::entity_kind_info(schema::kFacetedEntityKinds[1]).field,
    schema::entity_kind_info(schema::kFacetedEntityKinds[2]).field,
    schema::kMentionsField};

// Longer queries are mistakes (a pasted file), and would make the parser work for nothing.
constexpr std::size_t kMaxQueryBytes = 10000;

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// What QueryParser would silently accept but the user surely did not mean: an unbalanced quote
// (the phrase runs to the end), "prefix:" with nothing after it (read as the word "prefix"), and
// an unknown prefix ("persn:putin", read as a phrase).
void check_query_text(std::string_view text) {
  if (text.size() > kMaxQueryBytes) {
    throw Xapian::QueryParserError("query of " + std::to_string(text.size()) +
                                   " bytes is too long (at most " + std::to_string(kMaxQueryBytes) +
                                   ")");
  }
  bool in_quotes = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '"') {
      in_quotes = !in_quotes;
      continue;
    }
    bool starts_word =
        i == 0 || std::string_view(" \t(+-").find(text[i - 1]) != std::string_view::npos;
    if (in_quotes || !starts_word || !is_letter(text[i])) continue;
    std::size_t end = i;
    while (end < text.size() && is_letter(text[end])) ++end;
    if (end >= text.size() || text[end] != ':') continue;
    std::string_view field = text.substr(i, end - i);
    bool known = std::find(kQueryFields.begin(), kQueryFields.end(), field) != kQueryFields.end();
    if (!known) {
      std::string fields;
      for (std::string_view name : kQueryFields)
        fields += (fields.empty() ? "" : ", ") + std::string(name) + ":";
      throw Xapian::QueryParserError("unknown field \"" + std::string(field) +
                                     ":\" (known: " + fields + ")");
    }
    std::size_t after = end + 1;
    if (after == text.size() ||
        std::string_view(" \t)").find(text[after]) != std::string_view::npos) {
      require_value(field, "");
    }
    i = end;
  }
  if (in_quotes)
    throw Xapian::QueryParserError("unbalanced quote: a phrase opened with \" never ends");
}

}  // namespace

NewsQueryParser::NewsQueryParser(const Xapian::Database& database, const std::string& stem_language,
                                 std::chrono::year_month_day today,
                                 std::shared_ptr<TextFolder> folder,
                                 std::shared_ptr<const schema::EntityResolution> resolution)
    : folder_(std::move(folder)), resolution_(std::move(resolution)) {
  parser_.set_database(database);
  parser_.set_default_op(Xapian::Query::OP_AND);
  Xapian::Stem stemmer = schema::stemmer_for(stem_language);
  if (!stemmer.is_none()) stem_language_ = stem_language;
  parser_.set_stemmer(stemmer);
  parser_.set_max_expansion(kMaxWildcardExpansion, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                            Xapian::QueryParser::FLAG_WILDCARD);
  parser_.add_prefix(std::string(schema::kTitleField), std::string(schema::kTitlePrefix));
  parser_.add_boolean_prefix(std::string(schema::kDateField),
                             (new PublishedDateFilter(filter_error_, today))->release());
  parser_.add_boolean_prefix(std::string(schema::kSourceField),
                             (new SourceFilter(filter_error_, folder_))->release());
  parser_.add_boolean_prefix(std::string(schema::kLanguageField),
                             (new LanguageFilter(filter_error_))->release());
  // Repeating an entity filter means "both" (drill-down), so these prefixes are not exclusive.
  for (schema::EntityKind kind : schema::kFacetedEntityKinds) {
    const std::string_view field = schema::entity_kind_info(kind).field;
    parser_.add_boolean_prefix(
        std::string(field),
        (new EntityFilter(filter_error_, kind, field, folder_, resolution_, word_filters_))
            ->release(),
        false);
  }
  parser_.add_boolean_prefix(std::string(schema::kMentionsField),
                             (new MentionedDateFilter(filter_error_, database, today))->release(),
                             false);
}

NewsQueryParser::~NewsQueryParser() = default;

// parse_query, then the error a filter kept instead of throwing (see FilterProcessor).
Xapian::Query NewsQueryParser::parse_checked(const std::string& folded, unsigned flags) {
  filter_error_->clear();
  Xapian::Query query = parser_.parse_query(folded, flags);
  if (!filter_error_->empty()) throw Xapian::QueryParserError(*filter_error_);
  return query;
}

Xapian::Query NewsQueryParser::parse(const std::string& text) {
  word_filters_->clear();
  std::string folded = folder_->fold(text);
  if (folded.find_first_not_of(" \t\r\n") == std::string::npos) return Xapian::Query::MatchAll;
  try {
    check_query_text(folded);
    // Xapian's parser reads a query of nothing but exclusions ("-oil -gas") as if the "-" were
    // not there. It means everything except what they name: each exclusion is parsed alone,
    // like any query, and their union taken away from every article.
    if (std::optional<std::vector<std::string_view>> excluded = exclusions_only(folded)) {
      std::vector<Xapian::Query> parts;
      for (std::string_view clause : *excluded)
        parts.push_back(parse_folded(std::string(clause), text));
      return Xapian::Query(Xapian::Query::OP_AND_NOT, Xapian::Query::MatchAll,
                           Xapian::Query(Xapian::Query::OP_OR, parts.begin(), parts.end()));
    }
    return parse_folded(folded, text);
  } catch (const Xapian::QueryParserError& error) {
    throw QueryError("bad query: " + error.get_msg());
  }
}

Xapian::Query NewsQueryParser::parse_folded(const std::string& folded, const std::string& text) {
  constexpr unsigned kFlags =
      Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_WILDCARD |
      Xapian::QueryParser::FLAG_PURE_NOT | Xapian::QueryParser::FLAG_CJK_NGRAM;
  // Articles in the stemmer's language were indexed with its stems; all others (other or
  // unknown languages) only with their words. Each article is matched by the form of the query
  // that fits how it was indexed, so that "-word" excludes it either way.
  parser_.set_stemming_strategy(Xapian::QueryParser::STEM_NONE);
  Xapian::Query query = parse_checked(folded, kFlags);
  if (!stem_language_.empty()) {
    parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    Xapian::Query stemmed = parse_checked(folded, kFlags);
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
}

Xapian::Query entity_value_query(schema::EntityKind kind, const std::string& key,
                                 const schema::EntityResolution& resolution) {
  Xapian::Query named(schema::entity_term(kind, key));
  std::optional<schema::NamedFacet> facet = schema::named_facet_of(kind);
  if (!facet || resolution.empty()) return named;
  schema::NamedValue target;
  if (auto to = resolution.unconditional_target(*facet, key)) {
    target = *to;
  } else if (auto value = resolution.find_value(*facet, key)) {
    target = {*value, {key, key}};
  } else {
    return named;
  }
  auto term_of = [](const schema::NamedValue& value) {
    return Xapian::Query(
        schema::entity_term(*schema::entity_kind_of(value.value.facet), value.name.key));
  };
  std::vector<Xapian::Query> branches;
  for (const schema::FilterBranch& branch : resolution.filter_branches(target)) {
    Xapian::Query query = term_of(branch.name);
    for (const schema::NamedValue& with : branch.with)
      query = Xapian::Query(Xapian::Query::OP_FILTER, query, term_of(with));
    for (const schema::NamedValue& without : branch.without)
      query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, term_of(without));
    branches.push_back(std::move(query));
  }
  if (branches.empty()) return Xapian::Query::MatchNothing;
  return Xapian::Query(Xapian::Query::OP_OR, branches.begin(), branches.end());
}

std::optional<std::vector<std::string_view>> exclusions_only(std::string_view folded) {
  std::vector<std::string_view> excluded;
  std::size_t at = 0;
  while (true) {
    at = folded.find_first_not_of(" \t\r\n", at);
    if (at == std::string_view::npos) break;
    // A clause ends at white space outside quotes and brackets.
    std::size_t end = at;
    bool in_quotes = false;
    int depth = 0;
    for (; end < folded.size(); ++end) {
      const char c = folded[end];
      if (c == '"') in_quotes = !in_quotes;
      if (in_quotes) continue;
      if (c == '(') ++depth;
      if (c == ')') --depth;
      if (depth <= 0 && (c == ' ' || c == '\t' || c == '\r' || c == '\n')) break;
    }
    std::string_view clause = folded.substr(at, end - at);
    if (clause.size() < 2 || clause[0] != '-' || clause[1] == '-') return std::nullopt;
    excluded.push_back(clause.substr(1));
    at = end;
  }
  if (excluded.empty()) return std::nullopt;
  return excluded;
}

}  // namespace newsindex
