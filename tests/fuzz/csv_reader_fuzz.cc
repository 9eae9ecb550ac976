// libFuzzer entry point; the code path is newsindex::fuzz::csv_reader in fuzz_cases.cc.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_cases.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  newsindex::fuzz::csv_reader(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
