#include "rpc/transport_security.h"

#include <grpcpp/security/server_credentials.h>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace fieldledger::server {
namespace {

std::string ReadPem(const std::string& path, const char* what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error(std::string("cannot read the TLS ") + what + " " + path);
  std::ostringstream text;
  text << in.rdbuf();
  if (text.str().find("-----BEGIN") == std::string::npos) {
    throw std::runtime_error(std::string("the TLS ") + what + " " + path + " is not PEM");
  }
  return text.str();
}

}  // namespace

bool IsLoopbackAddress(std::string_view listen) {
  std::string_view host = listen;
  if (host.rfind("ipv4:", 0) == 0) host.remove_prefix(5);
  if (host.rfind("ipv6:", 0) == 0) host.remove_prefix(5);
  if (!host.empty() && host.front() == '[') {
    const auto close = host.find(']');
    if (close == std::string_view::npos) return false;
    host = host.substr(1, close - 1);
    return host == "::1";
  }
  const auto colon = host.rfind(':');
  if (colon == std::string_view::npos) return false;  // no port: not a listen address
  host = host.substr(0, colon);
  if (host == "localhost") return true;
  // 127.a.b.c: four decimal parts, the first 127.
  if (host.rfind("127.", 0) != 0) return false;
  int parts = 0, digits = 0;
  for (char c : host) {
    if (c == '.') {
      if (digits == 0) return false;
      ++parts;
      digits = 0;
    } else if (c >= '0' && c <= '9' && digits < 3) {
      ++digits;
    } else {
      return false;
    }
  }
  return parts == 3 && digits > 0;
}

std::shared_ptr<grpc::ServerCredentials> ServerCredentialsFor(const TransportSecurity& security,
                                                              const std::string& listen_address) {
  if (security.insecure) {
    if (!security.cert_file.empty() || !security.key_file.empty()) {
      throw std::runtime_error("--insecure and --tls-cert/--tls-key exclude each other");
    }
    if (!IsLoopbackAddress(listen_address)) {
      throw std::runtime_error("refusing plaintext on " + listen_address +
                               ": --insecure is allowed only on a loopback address "
                               "(127.0.0.1, ::1, localhost); give --tls-cert and --tls-key");
    }
    return grpc::InsecureServerCredentials();
  }
  if (security.cert_file.empty() || security.key_file.empty()) {
    throw std::runtime_error(
        "no TLS certificate: give --tls-cert FILE and --tls-key FILE "
        "(scripts/make-dev-ca.sh makes a development pair), or --insecure on loopback");
  }
  grpc::SslServerCredentialsOptions options;
  options.pem_key_cert_pairs.push_back(
      {ReadPem(security.key_file, "key"), ReadPem(security.cert_file, "certificate")});
  return grpc::SslServerCredentials(options);
}

}  // namespace fieldledger::server
