#include "thread_priority.h"

#include <algorithm>
#include <cerrno>

#if defined(__linux__)
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace newsindex {

bool lower_this_thread_priority(int increment) {
  if (increment <= 0) return false;
#if defined(__linux__)
  // On Linux every thread is a task with a nice value of its own (setpriority on its id).
  errno = 0;
  const int process_nice = getpriority(PRIO_PROCESS, 0);
  if (errno != 0) return false;
  const int nice = std::min(process_nice + increment, 19);
  return setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), nice) == 0;
#else
  return false;
#endif
}

}  // namespace newsindex
