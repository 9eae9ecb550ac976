#include "languages.h"

namespace newsindex::schema {

std::string language_code(std::string_view tag) {
  std::string code;
  for (char c : tag) {
    if (c == '-' || c == '_') break;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ' ' || c == '\t') continue;
    code.push_back(c);
  }
  return code;
}

Xapian::Stem stemmer_for(std::string_view language_code) {
  if (language_code.empty()) return Xapian::Stem();
  try {
    return Xapian::Stem(std::string(language_code));
  } catch (const Xapian::InvalidArgumentError&) {
    return Xapian::Stem();
  }
}

}  // namespace newsindex::schema
