// The device core's channel (device::MakeChannel) over TLS: it signs in when it trusts the
// server's CA, and refuses a server whose certificate another CA signed, whether the CA
// comes from TransportOptions::ca_file or from FIELDLEDGER_CA_FILE.
#include <gtest/gtest.h>

#include "device_clock.h"
#include "live_server.h"
#include "technician_device.h"
#include "transport.h"

namespace fieldledger::sync_testing {
namespace {

class DeviceTlsTest : public ::testing::Test {
 protected:
  DeviceTlsTest() : server_(dir_.File("server.db"), 1) {}
  device::LoginOutcome LoginWith(const device::TransportOptions& options, const std::string& db) {
    device::ManualClock clock(server::testing::At(8), 0, "boot");
    device::TechnicianDevice phone(dir_.File(db), server_.address(), clock, options);
    return phone.Login("tech1", kPassword);
  }
  TempDir dir_;
  LiveServer server_;  // serves the test CA's certificate; sets FIELDLEDGER_CA_FILE
};

TEST_F(DeviceTlsTest, ConfiguredCaIsTrusted) {
  device::TransportOptions options;
  options.ca_file = test_tls::CaFile();
  EXPECT_TRUE(LoginWith(options, "a.db").ok);
}

TEST_F(DeviceTlsTest, CaFromTheEnvironmentIsTrusted) {
  EXPECT_TRUE(LoginWith({}, "b.db").ok);  // LiveServer pointed FIELDLEDGER_CA_FILE at the test CA
}

TEST_F(DeviceTlsTest, ServerSignedByAnotherCaIsRefused) {
  device::TransportOptions options;
  options.ca_file = test_tls::OtherCaFile();  // pinned: only this CA, the environment's not
  const auto outcome = LoginWith(options, "c.db");
  EXPECT_FALSE(outcome.ok);
  EXPECT_FALSE(outcome.error.empty());
}

TEST_F(DeviceTlsTest, PlaintextDeviceGetsNoAnswer) {
  device::TransportOptions options;
  options.insecure = true;
  EXPECT_FALSE(LoginWith(options, "d.db").ok);
}

TEST(DeviceTlsFiles, UnreadableCaFileIsAnError) {
  device::TransportOptions options;
  options.ca_file = "/nonexistent/ca.pem";
  EXPECT_THROW(device::ChannelCredentials(options), std::runtime_error);
}

}  // namespace
}  // namespace fieldledger::sync_testing
