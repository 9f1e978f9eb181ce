// TLS by default: the server serves a certificate and key, plaintext only on loopback
// when asked for, and a client that does not trust the server's CA gets no connection.
#include <gtest/gtest.h>

#include <stdexcept>

#include "../common/test_tls.h"
#include "live_channel.h"
#include "rpc/transport_security.h"

namespace fieldledger::server {
namespace {

using testing::StoreTest;

std::string MessageOf(const TransportSecurity& security, const std::string& address) {
  try {
    ServerCredentialsFor(security, address);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return "";
}

TEST(TransportSecurityTest, LoopbackAddressesAreRecognised) {
  for (const char* a : {"127.0.0.1:50051", "127.0.0.1:0", "127.1.2.3:9", "localhost:50051",
                        "[::1]:50051", "ipv4:127.0.0.1:1"}) {
    EXPECT_TRUE(IsLoopbackAddress(a)) << a;
  }
  for (const char* a : {"0.0.0.0:50051", "[::]:50051", "192.168.1.4:50051", "127.0.0.1",
                        "127.0.0.1.evil.example:1", "128.0.0.1:1", "localhost.example:1", "[::1:1",
                        "127..0.1:1", "1270.0.0.1:1", "127.0.0.1000:1", ":50051"}) {
    EXPECT_FALSE(IsLoopbackAddress(a)) << a;
  }
}

TEST(TransportSecurityTest, NoCertificateIsRefusedWithTheFlagsToUse) {
  const std::string m = MessageOf({}, "127.0.0.1:0");
  EXPECT_NE(m.find("--tls-cert"), std::string::npos) << m;
  EXPECT_NE(m.find("--insecure"), std::string::npos) << m;
  EXPECT_NE(MessageOf({test_tls::CertFile(), ""}, "127.0.0.1:0"), "");
}

TEST(TransportSecurityTest, PlaintextIsRefusedOffLoopback) {
  TransportSecurity plaintext;
  plaintext.insecure = true;
  EXPECT_EQ(MessageOf(plaintext, "127.0.0.1:0"), "");
  const std::string m = MessageOf(plaintext, "0.0.0.0:50051");
  EXPECT_NE(m.find("refusing plaintext on 0.0.0.0:50051"), std::string::npos) << m;
  EXPECT_NE(MessageOf(plaintext, "192.168.1.4:50051"), "");
  // Both at once is a mistake, not a choice between them.
  plaintext.cert_file = test_tls::CertFile();
  plaintext.key_file = test_tls::KeyFile();
  EXPECT_NE(MessageOf(plaintext, "127.0.0.1:0"), "");
}

TEST(TransportSecurityTest, UnreadableOrNonPemFilesAreNamed) {
  const std::string missing = MessageOf({"/nonexistent/server.pem", test_tls::KeyFile()}, "x:0");
  EXPECT_NE(missing.find("/nonexistent/server.pem"), std::string::npos) << missing;
  const std::string not_pem = MessageOf({test_tls::CertFile(), "/dev/null"}, "x:0");
  EXPECT_NE(not_pem.find("is not PEM"), std::string::npos) << not_pem;
}

// A real server with the test CA's certificate; clients with different trust.
class TlsChannelTest : public StoreTest {
 protected:
  int Serve(const std::string& cert, const std::string& key) {
    ServerOptions options;
    options.listen_address = "127.0.0.1:0";
    options.security = {cert, key};
    server_ = std::make_unique<FieldLedgerServer>(*store_, options);
    return server_->Start();
  }
  void TearDown() override {
    if (server_) server_->Shutdown();
  }
  static grpc::Status Login(int port, const std::shared_ptr<grpc::ChannelCredentials>& creds,
                            const std::string& host = "127.0.0.1") {
    auto stub =
        v1::AuthService::NewStub(grpc::CreateChannel(host + ":" + std::to_string(port), creds));
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(5));
    v1::LoginRequest req;
    req.set_username("tech1");
    req.set_password(kPassword);
    v1::LoginResponse resp;
    return stub->Login(&ctx, req, &resp);
  }
  std::unique_ptr<FieldLedgerServer> server_;
};

TEST_F(TlsChannelTest, ServerRefusesToStartWithoutTransportSecurity) {
  ServerOptions options;
  options.listen_address = "127.0.0.1:0";  // neither a certificate nor --insecure
  EXPECT_THROW(FieldLedgerServer(*store_, options).Start(), std::runtime_error);
  options.listen_address = "0.0.0.0:0";
  options.security.insecure = true;
  EXPECT_THROW(FieldLedgerServer(*store_, options).Start(), std::runtime_error);
}

TEST_F(TlsChannelTest, ClientTrustingTheServersCaSignsIn) {
  const int port = Serve(test_tls::CertFile(), test_tls::KeyFile());
  EXPECT_TRUE(Login(port, test_tls::ClientCredentials()).ok());
  // The certificate names localhost as well as 127.0.0.1.
  EXPECT_TRUE(Login(port, test_tls::ClientCredentials(), "localhost").ok());
}

TEST_F(TlsChannelTest, ClientTrustingAnotherCaGetsNoConnection) {
  const int port = Serve(test_tls::CertFile(), test_tls::KeyFile());
  const auto status = Login(port, test_tls::ClientCredentials(test_tls::OtherCaFile()));
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAVAILABLE) << status.error_message();
}

TEST_F(TlsChannelTest, ServerWithACertificateFromAnotherCaIsNotTrusted) {
  const int port = Serve(test_tls::OtherCertFile(), test_tls::OtherKeyFile());
  const auto status = Login(port, test_tls::ClientCredentials());
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAVAILABLE) << status.error_message();
  // ...while a client of that other CA is served: the certificate itself is fine.
  EXPECT_TRUE(Login(port, test_tls::ClientCredentials(test_tls::OtherCaFile())).ok());
}

TEST_F(TlsChannelTest, PlaintextClientGetsNoAnswerFromATlsServer) {
  const int port = Serve(test_tls::CertFile(), test_tls::KeyFile());
  const auto status = Login(port, grpc::InsecureChannelCredentials());
  EXPECT_EQ(status.error_code(), grpc::StatusCode::UNAVAILABLE) << status.error_message();
}

}  // namespace
}  // namespace fieldledger::server
