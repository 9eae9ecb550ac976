// Whether the words around a token talk about money: results, prices, output, trade. A quarter
// or a half without a year names a part of the year only in such a report ("third-quarter
// profit", "sales in the first half"); elsewhere "the first half" is a match's and "the quarter"
// a mile's or a century's.
#pragma once

#include <cstddef>

#include "scan_text.h"

namespace newsindex {

// A year in digits in the sentence holding token i, or a word of money and business in that
// sentence or the one before it, or an article where such words are common (at least one word
// in kFinancialShare). English only: other languages answer true.
[[nodiscard]] bool financial_context(const ScanText& s, std::size_t i);

inline constexpr double kFinancialShare = 0.03;

}  // namespace newsindex
