#include "interruption.h"

#include <csignal>

namespace newsindex {
namespace {

volatile std::sig_atomic_t received_signal = 0;

extern "C" void remember_signal(int signal) {
  received_signal = signal;
}

}  // namespace

void InterruptionWatch::install() {
  struct sigaction action {};
  action.sa_handler = remember_signal;
  sigemptyset(&action.sa_mask);
  // Restart interrupted reads, and let a second signal take its default action (end the process).
  action.sa_flags = SA_RESTART | SA_RESETHAND;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

int InterruptionWatch::received() {
  return received_signal;
}

}  // namespace newsindex
