#include "rpc/peer_address.h"

namespace fieldledger::server {

std::string PeerAddress(std::string_view peer) {
  if (peer.rfind("ipv6:", 0) == 0) {
    peer.remove_prefix(5);
    if (!peer.empty() && peer.front() == '[') {
      const auto close = peer.find(']');
      if (close != std::string_view::npos) return std::string(peer.substr(1, close - 1));
    }
    return std::string(peer);
  }
  if (peer.rfind("ipv4:", 0) == 0) {
    peer.remove_prefix(5);
    const auto colon = peer.rfind(':');
    return std::string(colon == std::string_view::npos ? peer : peer.substr(0, colon));
  }
  return std::string(peer);
}

}  // namespace fieldledger::server
