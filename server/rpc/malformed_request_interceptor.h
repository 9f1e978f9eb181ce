#pragma once
// gRPC answers a request body that does not parse as the method's message with
// INTERNAL and no message before any handler runs. Our handlers never answer INTERNAL
// without a message, so this interceptor turns exactly that case into the precise
// status a client can act on: INVALID_ARGUMENT naming the method.
#include <grpcpp/support/server_interceptor.h>

#include <memory>
#include <vector>

namespace fieldledger::server {

class MalformedRequestInterceptorFactory
    : public grpc::experimental::ServerInterceptorFactoryInterface {
 public:
  grpc::experimental::Interceptor* CreateServerInterceptor(
      grpc::experimental::ServerRpcInfo* info) override;
};

std::vector<std::unique_ptr<grpc::experimental::ServerInterceptorFactoryInterface>>
MakeServerInterceptors();

}  // namespace fieldledger::server
