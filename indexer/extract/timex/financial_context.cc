#include "financial_context.h"

#include <algorithm>
#include <iterator>
#include <string_view>

#include "date_fields.h"

namespace newsindex {
namespace {

// Words of results, prices and trade, as wire copy writes them ("shr", "revs", "mln").
bool financial_word(const ScanText& s, std::size_t k) {
  if (s.token(k).kind == TokenKind::Punct) return s.punct(k, "$") || s.punct(k, "%");
  if (s.token(k).kind != TokenKind::Word) return false;
  static constexpr std::string_view kWords[] = {
      "analyst",    "analysts",  "avg",           "billion",      "bln",          "bonds",
      "budget",     "cents",     "companies",     "company",      "consumer",     "cost",
      "costs",      "cts",       "deficit",       "deliveries",   "demand",       "deposits",
      "dividend",   "dividends", "dlrs",          "dollar",       "dollars",      "earn",
      "earned",     "earnings",  "earns",         "economic",     "economy",      "export",
      "exported",   "exports",   "import",        "imported",     "tonnes",       "tons",
      "figures",    "finance",   "financial",     "fiscal",       "forecast",     "forecasts",
      "gdp",        "gnp",       "grew",          "growth",       "imports",      "income",
      "industrial", "inflation", "interest",      "investment",   "investments",  "loans",
      "loss",       "losses",    "manufacturing", "margin",       "margins",      "market",
      "markets",    "million",   "mln",           "net",          "oper",         "operating",
      "operations", "orders",    "output",        "payments",     "pct",          "percent",
      "price",      "prices",    "produced",      "production",   "productivity", "profit",
      "profitable", "profits",   "quarterly",     "rate",         "rates",        "report",
      "reported",   "reports",   "result",        "results",      "retail",       "revenue",
      "revenues",   "revs",      "sale",          "sales",        "share",        "shares",
      "shipments",  "shipped",   "shr",           "shrs",         "sold",         "spending",
      "stg",        "stock",     "stocks",        "supply",       "surplus",      "tax",
      "taxes",      "trade",     "traders",       "unemployment", "volume",       "vs",
      "yen"};
  const std::string_view f = s.fold(k);
  return std::find(std::begin(kWords), std::end(kWords), f) != std::end(kWords);
}

// A full stop, question or exclamation mark that ends a sentence (not "2.5"), or a line break
// before token k.
bool sentence_break_before(const ScanText& s, std::size_t k) {
  if (k == 0) return false;
  if (s.token(k).paragraph_before) return true;
  const std::size_t p = k - 1;
  if (!(s.punct(p, ".") || s.punct(p, "!") || s.punct(p, "?"))) return false;
  return !(s.attached(p) && s.attached(k) && p > 0 && s.is_number(p - 1) && s.is_number(k));
}

bool financial_article(const ScanText& s) {
  std::size_t words = 0, financial = 0;
  for (std::size_t k = 0; k < s.size(); ++k) {
    if (s.token(k).kind == TokenKind::Word) ++words;
    if (financial_word(s, k)) ++financial;
  }
  return words > 0 &&
         static_cast<double>(financial) >= kFinancialShare * static_cast<double>(words);
}

}  // namespace

bool financial_context(const ScanText& s, std::size_t i) {
  if (!s.vocabulary().is_english()) return true;
  // This sentence: [first, end); the one before it: [before, first).
  std::size_t first = i;
  while (first > 0 && !sentence_break_before(s, first)) --first;
  std::size_t end = i + 1;
  while (end < s.size() && !sentence_break_before(s, end)) ++end;
  std::size_t before = first;
  if (before > 0) {
    --before;
    while (before > 0 && !sentence_break_before(s, before)) --before;
  }
  for (std::size_t k = first; k < end; ++k)
    if (year_at(s, k)) return true;
  for (std::size_t k = before; k < end; ++k)
    if (financial_word(s, k)) return true;
  return financial_article(s);
}

}  // namespace newsindex
