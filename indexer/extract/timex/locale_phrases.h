// Relative expressions of other languages, read from ICU's data rather than written as rules:
// fixed phrases ("gestern", "l'année dernière", "viime perjantaina") and phrases around a number
// ("vor 3 Tagen", "il y a 3 jours", "3 дня назад").
#pragma once

#include "recogniser.h"

namespace newsindex {

void recognise_locale_phrase(const ScanText& s, std::size_t i, LongestCandidate& out);
void recognise_number_template(const ScanText& s, std::size_t i, LongestCandidate& out);

}  // namespace newsindex
