// `newsquery serve`: the web interface and its JSON API (WebApi) over HTTP, with cpp-httplib.
// Safe to leave running: loopback only unless told otherwise, GET only, no file read at run
// time (the pages are built in), bounded requests, a Content-Security-Policy that allows no
// inline script, and a Host check that keeps other web pages from reaching a loopback server
// through DNS rebinding.
#pragma once

#include <memory>
#include <string>

#include "index_layout.h"
#include "web_api.h"

namespace httplib {
class Server;
}

namespace newsindex {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port
  // Requests answered at once; a slow query holds one thread, not the server.
  std::size_t threads = 8;
  ApiLimits limits;
};

class WebServer {
 public:
  // Checks that the index opens; throws IndexError otherwise.
  WebServer(const IndexLayout& layout, ServerOptions options);
  ~WebServer();
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Binds the address; returns the port (the one chosen, for port 0). Throws std::runtime_error
  // when the address cannot be bound.
  int bind();
  // Answers requests until stop(); call after bind().
  void serve();
  // From any thread: lets serve() return once the requests being answered are done.
  void stop();

 private:
  void add_routes();
  [[nodiscard]] bool host_allowed(const std::string& host) const;

  WebApi api_;
  ServerOptions options_;
  int port_ = 0;
  int listening_socket_ = -1;
  std::unique_ptr<httplib::Server> server_;
};

}  // namespace newsindex
