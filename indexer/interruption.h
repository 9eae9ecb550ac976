// Ctrl-C and SIGTERM during a long run: the run stops reading, commits what it has, prints its
// summary and exits 128 + the signal number. A second signal ends the process at once.
#pragma once

namespace newsindex {

class InterruptionWatch {
 public:
  // Installs the handlers for SIGINT and SIGTERM (once per process).
  static void install();
  // The signal received, or 0.
  [[nodiscard]] static int received();
};

}  // namespace newsindex
