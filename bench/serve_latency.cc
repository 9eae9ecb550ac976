// serve_latency: latency and throughput of `newsquery serve` as its users see it, from HTTP
// clients on the same machine: C clients at once, each sending its requests one after the
// other over its own keep-alive connection, for a fixed number of requests each.
//
//   serve_latency --port P [--clients C] [--requests N] [--warmup K] [--target PATH]...
//
// Prints, per client count, p50, p95 and p99 latency, throughput, and any request that failed
// or answered with another status than 200.
#include <httplib.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using Milliseconds = std::chrono::duration<double, std::milli>;

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto at =
      static_cast<std::size_t>(p / 100.0 * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(at, values.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("serve_latency: HTTP latency and throughput of newsquery serve", "serve_latency");
  std::string host = "127.0.0.1";
  int port = 8080;
  std::vector<std::size_t> clients = {1, 8};
  std::size_t requests = 200;
  std::size_t warmup = 20;
  // "said" with every facet: the broad case of the bar (15,465 of Reuters' articles).
  std::vector<std::string> targets = {"/api/search?q=said"};
  app.add_option("--host", host)->capture_default_str();
  app.add_option("--port", port)->required();
  app.add_option("--clients", clients, "Client counts to measure, one after the other")
      ->delimiter(',');
  app.add_option("--requests", requests, "Requests per client")->capture_default_str();
  app.add_option("--warmup", warmup, "Requests sent first and not timed")->capture_default_str();
  app.add_option("--target", targets, "Paths requested in turn");
  CLI11_PARSE(app, argc, argv);

  {
    httplib::Client client(host, port);
    for (std::size_t i = 0; i < warmup; ++i) (void)client.Get(targets[i % targets.size()]);
  }
  std::printf("%-8s %10s %10s %10s %12s %8s\n", "clients", "p50 ms", "p95 ms", "p99 ms",
              "requests/s", "failed");
  for (std::size_t count : clients) {
    std::vector<std::vector<double>> latencies(count);
    std::atomic<std::size_t> failed = 0;
    const Clock::time_point start = Clock::now();
    std::vector<std::thread> threads;
    for (std::size_t c = 0; c < count; ++c) {
      threads.emplace_back([&, c] {
        httplib::Client client(host, port);
        client.set_keep_alive(true);
        client.set_tcp_nodelay(true);
        client.set_read_timeout(120, 0);
        for (std::size_t i = 0; i < requests; ++i) {
          const Clock::time_point sent = Clock::now();
          httplib::Result result = client.Get(targets[(c + i) % targets.size()]);
          latencies[c].push_back(Milliseconds(Clock::now() - sent).count());
          if (!result || result->status != 200) ++failed;
        }
      });
    }
    for (std::thread& thread : threads) thread.join();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::vector<double> all;
    for (const auto& one : latencies) all.insert(all.end(), one.begin(), one.end());
    std::printf("%-8zu %10.1f %10.1f %10.1f %12.1f %8zu\n", count, percentile(all, 50),
                percentile(all, 95), percentile(all, 99), static_cast<double>(all.size()) / seconds,
                failed.load());
  }
  return 0;
}
