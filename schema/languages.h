// Languages as the index stores and stems them.
#pragma once

#include <xapian.h>

#include <string>
#include <string_view>

namespace newsindex::schema {

// The language code stored and filtered on: lowercase primary subtag ("en-US" -> "en").
[[nodiscard]] std::string language_code(std::string_view tag);

// The stemmer used for text in a language, at index and at query time alike: Xapian's Snowball
// stemmer for the code, or none (a default-constructed Xapian::Stem) when Xapian has none.
[[nodiscard]] Xapian::Stem stemmer_for(std::string_view language_code);

}  // namespace newsindex::schema
