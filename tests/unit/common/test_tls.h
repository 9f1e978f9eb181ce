#pragma once
// The throwaway certificate authorities every test serves and trusts TLS with. CMake
// makes them in the build directory (tests/CMakeLists.txt, scripts/make-dev-ca.sh):
// "trusted" is the CA the tests' clients trust and the server's certificate it signed;
// "other" is an unrelated CA with its own server certificate, for the wrong-certificate
// tests. Nothing here is a secret worth keeping.
#include <grpcpp/security/credentials.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>

#ifndef FIELDLEDGER_TEST_PKI_DIR
#error "tests/CMakeLists.txt defines FIELDLEDGER_TEST_PKI_DIR"
#endif

namespace fieldledger::test_tls {

inline std::string PkiFile(const std::string& name) {
  return std::string(FIELDLEDGER_TEST_PKI_DIR) + "/" + name;
}
inline std::string CaFile() { return PkiFile("trusted/ca.pem"); }
inline std::string CertFile() { return PkiFile("trusted/server.pem"); }
inline std::string KeyFile() { return PkiFile("trusted/server.key"); }
inline std::string OtherCaFile() { return PkiFile("other/ca.pem"); }
inline std::string OtherCertFile() { return PkiFile("other/server.pem"); }
inline std::string OtherKeyFile() { return PkiFile("other/server.key"); }

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("test PKI file missing: " + path + " (re-run cmake)");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Channels opened with device::MakeChannel and default options trust the test CA (it
// reads FIELDLEDGER_CA_FILE), in this process and in the processes it starts.
inline void TrustTestCa() { ::setenv("FIELDLEDGER_CA_FILE", CaFile().c_str(), 1); }

// Client credentials that trust only the given CA (the test CA by default).
inline std::shared_ptr<grpc::ChannelCredentials> ClientCredentials(
    const std::string& ca_file = CaFile()) {
  grpc::SslCredentialsOptions options;
  options.pem_root_certs = ReadFile(ca_file);
  return grpc::SslCredentials(options);
}

}  // namespace fieldledger::test_tls
