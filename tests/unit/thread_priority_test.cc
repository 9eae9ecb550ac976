// Analysis workers run at a lower priority than the rest of the indexing pipeline.
#include "thread_priority.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <thread>

namespace newsindex {
namespace {

int nice_of(pid_t task) {
  errno = 0;
  const int nice = getpriority(PRIO_PROCESS, static_cast<id_t>(task));
  EXPECT_EQ(errno, 0);
  return nice;
}

TEST(ThreadPriority, LowersOnlyTheCallingThread) {
  const int process_nice = nice_of(0);
  int worker_nice = 0;
  bool lowered = false;
  std::thread worker([&] {
    lowered = lower_this_thread_priority(kDefaultAnalysisNice);
    worker_nice = nice_of(gettid());
  });
  worker.join();
  EXPECT_TRUE(lowered);
  EXPECT_EQ(worker_nice, std::min(process_nice + kDefaultAnalysisNice, 19));
  EXPECT_EQ(nice_of(gettid()), process_nice);
}

TEST(ThreadPriority, IncrementZeroLeavesThePriorityAlone) {
  const int process_nice = nice_of(0);
  int worker_nice = -100;
  bool lowered = true;
  std::thread worker([&] {
    lowered = lower_this_thread_priority(0);
    worker_nice = nice_of(gettid());
  });
  worker.join();
  EXPECT_FALSE(lowered);
  EXPECT_EQ(worker_nice, process_nice);
}

}  // namespace
}  // namespace newsindex
