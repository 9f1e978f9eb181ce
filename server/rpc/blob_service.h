#pragma once
// BlobService: resumable uploads of signature images and photos, a thin call through
// the Gate into BlobLogic. Kept apart from services.h, which other modules edit.
#include "app/blob_logic.h"
#include "fieldledger/v1/blobs.grpc.pb.h"
#include "rpc/gate.h"

namespace fieldledger::server {

class BlobServiceImpl final : public v1::BlobService::Service {
 public:
  BlobServiceImpl(Gate& gate, BlobLogic& logic) : gate_(gate), logic_(logic) {}
  grpc::Status GetUploadOffset(grpc::ServerContext*, const v1::GetUploadOffsetRequest*,
                               v1::UploadOffset*) override;
  grpc::Status UploadChunk(grpc::ServerContext*, const v1::UploadChunkRequest*,
                           v1::UploadOffset*) override;

 private:
  Gate& gate_;
  BlobLogic& logic_;
};

}  // namespace fieldledger::server

namespace fieldledger::server {

// The blob logic and its service, owned by FieldLedgerServer next to its other parts.
struct BlobParts {
  BlobParts(Store& store, Gate& gate) : logic(store), service(gate, logic) {}
  BlobLogic logic;
  BlobServiceImpl service;
};

}  // namespace fieldledger::server
