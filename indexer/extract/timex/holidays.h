// English holidays: "Thanksgiving Day", "Christmas Eve", "New Year's Day", "Easter", "by
// Christmas", "last Thanksgiving", "Christmas 2024". Movable feasts get their day from the
// resolver once the year is known.
#pragma once

#include <string_view>

#include "recogniser.h"

namespace newsindex {

void recognise_holiday(const ScanText& s, std::size_t i, LongestCandidate& out);

// The first word of a holiday name, folded; the scan tries capitalised ones (see timex_scanner.cc).
[[nodiscard]] bool holiday_word(std::string_view fold);

}  // namespace newsindex
