// Recurring times, TIMEX3 SET (recurring_sets.h).
#include "recurring_sets.h"

#include <gtest/gtest.h>

#include "timex_test_support.h"

namespace newsindex {
namespace {

using timex_test::find_with;

std::string sets(std::string_view text) {
  return find_with({recognise_every, recognise_set_adverb}, text);
}

TEST(RecurringSets, EveryAndEach) {
  EXPECT_EQ(sets("The market is closed every Monday."), "every Monday=XXXX-WXX-1");
  EXPECT_EQ(sets("They meet every Tuesday morning."), "every Tuesday morning=XXXX-WXX-2TMO");
  EXPECT_EQ(sets("They meet each week."), "each week=P1W");
  EXPECT_EQ(sets("They vote every four years."), "every four years=P4Y");
  EXPECT_EQ(sets("They meet every March."), "every March=XXXX-03");
  EXPECT_EQ(sets("They run every morning."), "every morning=XXXX-XX-XXTMO");
  const auto found = timex_test::recognise({recognise_every}, "They meet each week.");
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0].type, TimexType::Set);
}

TEST(RecurringSets, AdverbsButNotNewspapers) {
  EXPECT_EQ(sets("The paper is published weekly."), "weekly=P1W");
  EXPECT_EQ(sets("Trains run hourly."), "hourly=PT1H");
  EXPECT_EQ(sets("He spoke to LA Weekly on Monday."), "");
  EXPECT_EQ(sets("He told the daily Le Monde."), "");
}

}  // namespace
}  // namespace newsindex
