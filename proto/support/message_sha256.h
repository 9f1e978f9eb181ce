#pragma once
// The SHA-256 of a message's deterministic serialization (fields in number order, map
// entries sorted): two equal messages of one schema give one hash. Idempotency keys store
// it with the first request so that a retry can be told from a different request.
#include <string>

#include <google/protobuf/message_lite.h>

namespace fieldledger::v1 {

std::string MessageSha256(const google::protobuf::MessageLite& message);

}  // namespace fieldledger::v1
