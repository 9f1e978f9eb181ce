#include "rpc/blob_convert.h"

namespace fieldledger::server {

BlobHeader FromProto(const v1::GetUploadOffsetRequest& req) {
  return {req.protocol_version(), req.sha256(), req.size(), req.kind()};
}

BlobChunk FromProto(const v1::UploadChunkRequest& req) {
  return {{req.protocol_version(), req.sha256(), req.size(), req.kind()},
          req.offset(),
          req.data(),
          req.last()};
}

void ToProto(const UploadOffset& offset, v1::UploadOffset* out) {
  out->set_offset(offset.offset);
  out->set_complete(offset.complete);
}

}  // namespace fieldledger::server
