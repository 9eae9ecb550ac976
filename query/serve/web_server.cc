#include "web_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <stdexcept>

#include "web_assets.h"

namespace newsindex {
namespace {

ApiParameters parameters_of(const httplib::Request& request) {
  return ApiParameters(request.params.begin(), request.params.end());
}

void send(httplib::Response& response, const ApiResponse& answer) {
  response.status = answer.status;
  response.set_content(answer.body, answer.content_type.c_str());
}

// For the errors httplib raises before a handler runs.
const char* reason(int status) {
  switch (status) {
    case 400:
      return "bad request";
    case 404:
      return "not found";
    case 413:
      return "request too large";
    case 414:
      return "URI too long: the query is longer than this server accepts";
    case 431:
      return "request headers too large";
    default:
      return "request failed";
  }
}

bool loopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host.starts_with("127.");
}

}  // namespace

WebServer::WebServer(const IndexLayout& layout, ServerOptions options)
    : api_(layout, options.limits),
      options_(std::move(options)),
      server_(std::make_unique<httplib::Server>()) {
  // Fail now, with the index's own message, rather than on the first request.
  (void)layout.open_for_reading();
  add_routes();
}

WebServer::~WebServer() = default;

bool WebServer::host_allowed(const std::string& host) const {
  // A server bound to another address was asked to be reachable by other names.
  if (!loopback(options_.host)) return true;
  std::string name = host;
  const std::string port = ":" + std::to_string(port_);
  if (name.ends_with(port)) name.resize(name.size() - port.size());
  if (name.size() > 2 && name.front() == '[' && name.back() == ']')
    name = name.substr(1, name.size() - 2);
  return loopback(name);
}

void WebServer::add_routes() {
  httplib::Server& server = *server_;
  // The library listens with a backlog of 5, which drops connections when many clients connect
  // at once; its socket is noted here (keeping the default options) so that bind() can raise it.
  server.set_socket_options([this](socket_t socket) {
    httplib::default_socket_options(socket);
    listening_socket_ = socket;
  });
  const std::size_t threads = options_.threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // Headers and body go out in separate writes: without this, Nagle's algorithm holds the body
  // until the client's delayed ACK, 40 ms on every request.
  server.set_tcp_nodelay(true);
  server.set_payload_max_length(16 * 1024);
  server.set_read_timeout(10, 0);
  server.set_write_timeout(30, 0);
  server.set_keep_alive_max_count(100);
  server.set_default_headers({
      {"Content-Security-Policy",
       "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"Cache-Control", "no-store"},
  });
  server.set_pre_routing_handler(
      [this](const httplib::Request& request, httplib::Response& response) {
        if (request.method != "GET" && request.method != "HEAD") {
          send(response, WebApi::error(405, "only GET requests are answered"));
          response.set_header("Allow", "GET, HEAD");
          return httplib::Server::HandlerResponse::Handled;
        }
        if (!host_allowed(request.get_header_value("Host"))) {
          send(response, WebApi::error(403, "this server answers requests to localhost only"));
          return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
      });
  server.Get(R"(/api/.*)", [this](const httplib::Request& request, httplib::Response& response) {
    send(response, api_.get(request.path, parameters_of(request)));
  });
  server.Get(R"(/.*)", [](const httplib::Request& request, httplib::Response& response) {
    const WebAsset* asset = find_web_asset(request.path);
    if (asset == nullptr) {
      send(response, WebApi::error(404, "not found"));
      return;
    }
    response.set_content(std::string(asset->body), std::string(asset->content_type).c_str());
  });
  // What httplib answers itself (a URI too long, a bad request line) is JSON too.
  server.set_error_handler([](const httplib::Request&, httplib::Response& response) {
    if (!response.body.empty()) return;
    send(response, WebApi::error(response.status, reason(response.status)));
  });
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& response, std::exception_ptr) {
        send(response, WebApi::error(500, "internal error"));
      });
}

int WebServer::bind() {
  port_ = options_.port == 0
              ? server_->bind_to_any_port(options_.host)
              : (server_->bind_to_port(options_.host, options_.port) ? options_.port : -1);
  if (port_ >= 0 && listening_socket_ >= 0) ::listen(listening_socket_, SOMAXCONN);
  if (port_ < 0) {
    throw std::runtime_error("cannot listen on " + options_.host + ":" +
                             std::to_string(options_.port) +
                             " (in use, or not an address of this machine)");
  }
  return port_;
}

void WebServer::serve() {
  server_->listen_after_bind();
}

void WebServer::stop() {
  server_->stop();
}

}  // namespace newsindex
