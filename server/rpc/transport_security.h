#pragma once
// How the server's listening port is secured: TLS with a certificate and key from PEM
// files, or plaintext only when asked for explicitly and only on a loopback address, so
// a misconfigured server cannot expose passwords and tokens on a network.
#include <grpcpp/security/server_credentials.h>

#include <memory>
#include <string>
#include <string_view>

namespace fieldledger::server {

struct TransportSecurity {
  std::string cert_file;  // PEM certificate chain (the server's first)
  std::string key_file;   // PEM private key
  bool insecure = false;  // plaintext; refused unless the address is loopback
};

// True for 127.0.0.0/8, ::1 and localhost, with a port: "127.0.0.1:50051", "[::1]:0".
bool IsLoopbackAddress(std::string_view listen_address);

// The credentials to listen with. Throws std::runtime_error with a message a person can
// act on: no certificate, an unreadable file, or --insecure on a non-loopback address.
std::shared_ptr<grpc::ServerCredentials> ServerCredentialsFor(const TransportSecurity& security,
                                                              const std::string& listen_address);

}  // namespace fieldledger::server
