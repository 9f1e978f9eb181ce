#include "rpc/blob_service.h"

#include "rpc/blob_convert.h"

namespace fieldledger::server {

grpc::Status BlobServiceImpl::GetUploadOffset(grpc::ServerContext* ctx,
                                              const v1::GetUploadOffsetRequest* req,
                                              v1::UploadOffset* resp) {
  return gate_.Run(ctx, "BlobService/GetUploadOffset", [&](const Caller& c, TimeMs now) {
    ToProto(logic_.GetUploadOffset(c, FromProto(*req), now), resp);
  });
}

grpc::Status BlobServiceImpl::UploadChunk(grpc::ServerContext* ctx,
                                          const v1::UploadChunkRequest* req,
                                          v1::UploadOffset* resp) {
  ChunkOutcome outcome;
  grpc::Status status = gate_.Run(ctx, "BlobService/UploadChunk", [&](const Caller& c, TimeMs now) {
    outcome = logic_.UploadChunk(c, FromProto(*req), now);
  });
  if (!status.ok()) return status;
  // DATA_LOSS tells the device its bytes, not the request's shape, were wrong: the
  // discard is already committed and the next upload starts from 0.
  if (outcome.hash_mismatch) return {grpc::StatusCode::DATA_LOSS, outcome.message};
  if (outcome.content_refused) return {grpc::StatusCode::INVALID_ARGUMENT, outcome.message};
  ToProto(outcome.offset, resp);
  return status;
}

}  // namespace fieldledger::server
