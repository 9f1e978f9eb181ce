#pragma once
// BlobService on the wire: upload requests to BlobLogic's domain calls, offsets back.
#include "app/blob_logic.h"
#include "fieldledger/v1/blobs.pb.h"

namespace fieldledger::server {

BlobHeader FromProto(const v1::GetUploadOffsetRequest& req);
// The chunk's data views `req`'s bytes: valid while `req` is.
BlobChunk FromProto(const v1::UploadChunkRequest& req);
void ToProto(const UploadOffset& offset, v1::UploadOffset* out);

}  // namespace fieldledger::server
