#include "icu_data_error.h"

#include <gtest/gtest.h>

namespace newsindex {
namespace {

TEST(IcuDataError, AFailedIcuCallStopsWithWhatWasAskedFor) {
  EXPECT_NO_THROW(require_icu_data(U_ZERO_ERROR, "the list of time zones"));
  EXPECT_NO_THROW(require_icu_data(U_USING_DEFAULT_WARNING, "the list of time zones"));
  try {
    require_icu_data(U_MISSING_RESOURCE_ERROR, "the list of time zones");
    FAIL() << "expected IcuDataError";
  } catch (const IcuDataError& error) {
    EXPECT_STREQ(error.what(),
                 "ICU cannot provide the list of time zones (U_MISSING_RESOURCE_ERROR); the ICU "
                 "library or its data (libicu) is incomplete");
  }
}

}  // namespace
}  // namespace newsindex
