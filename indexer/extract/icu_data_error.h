// ICU's locale data is part of what extraction runs on: the gazetteer's places and the date
// tagger's month names and relative phrases come from it. An ICU call that fails means that data
// is missing, and the taggers would quietly find less; so it stops the run with a message.
#pragma once

#include <unicode/utypes.h>

#include <stdexcept>
#include <string>
#include <string_view>

namespace newsindex {

class IcuDataError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Throws IcuDataError when `status` is a failure; `what` names the data asked for.
inline void require_icu_data(UErrorCode status, std::string_view what) {
  if (U_SUCCESS(status)) return;
  throw IcuDataError("ICU cannot provide " + std::string(what) + " (" + u_errorName(status) +
                     "); the ICU library or its data (libicu) is incomplete");
}

}  // namespace newsindex
