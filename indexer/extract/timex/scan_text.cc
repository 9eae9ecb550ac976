#include "scan_text.h"

namespace newsindex {
namespace {

bool is_number_separator(std::string_view f) {
  return f == "-" || f == "/" || f == "." || f == ":" || f == "," || f == "\xE2\x80\x93" ||
         f == "\xE2\x80\x94";
}

bool is_currency(std::string_view f) {
  return f == "$" || f == "#" || f == "\xE2\x82\xAC" || f == "\xC2\xA3" || f == "\xC2\xA5" ||
         f == "us$" || f == "c$" || f == "a$" || f == "hk$";
}

}  // namespace

ScanText::ScanText(const TokenizedText& tokens, const LocaleCalendarVocabulary& vocabulary)
    : t_(tokens), v_(vocabulary), n_(tokens.size()), lex_(n_, nullptr), cal_(n_, nullptr) {
  for (std::size_t i = 0; i < n_; ++i) {
    if (t_[i].kind != TokenKind::Word) continue;
    std::string_view f = t_.fold(i);
    lex_[i] = find_english(f);
    cal_[i] = v_.find(f);
    if ((lex_[i] == nullptr && cal_[i] == nullptr) && f.size() > 2 &&
        f.substr(f.size() - 2) == "'s") {
      f.remove_suffix(2);  // possessives: "Friday's", "last year's"
      lex_[i] = find_english(f);
      cal_[i] = v_.find(f);
    }
    if (cal_[i] != nullptr && cal_[i]->needs_capital && !t_[i].capitalised) cal_[i] = nullptr;
  }
}

bool ScanText::chained_left(std::size_t i) const {
  if (i == 0 || i >= n_ || !attached(i)) return false;
  const std::size_t p = i - 1;
  if (t_[p].kind == TokenKind::Number) return true;
  if (t_[p].kind != TokenKind::Punct || !is_number_separator(t_.fold(p))) return false;
  return p > 0 && attached(p) && t_[p - 1].kind == TokenKind::Number;
}

bool ScanText::chained_right(std::size_t end) const {
  if (end >= n_ || !attached(end)) return false;
  if (t_[end].kind == TokenKind::Number) return true;
  if (t_[end].kind != TokenKind::Punct || !is_number_separator(t_.fold(end))) return false;
  return end + 1 < n_ && attached(end + 1) && t_[end + 1].kind == TokenKind::Number;
}

bool ScanText::after_currency(std::size_t i) const {
  return i > 0 && is_currency(t_.fold(i - 1));
}

std::optional<int> deictic_offset(Lex k) {
  switch (k) {
    case Lex::Last:
    case Lex::Past:
    case Lex::Previous:
      return -1;
    case Lex::Next:
    case Lex::Coming:
    case Lex::Following:
      return 1;
    case Lex::This:
    case Lex::Current:
    case Lex::Same:
      return 0;
    default:
      return std::nullopt;
  }
}

}  // namespace newsindex
