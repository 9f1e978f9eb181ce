#pragma once
// The caller's IP address without the port, from gRPC's peer string
// ("ipv4:10.0.0.7:52113" -> "10.0.0.7", "ipv6:[::1]:40000" -> "::1"); other kinds of
// peer (unix sockets) are returned as gRPC names them.
#include <string>
#include <string_view>

namespace fieldledger::server {

std::string PeerAddress(std::string_view grpc_peer);

}  // namespace fieldledger::server
