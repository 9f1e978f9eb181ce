// Writes the seed corpus of the fuzz targets: inputs that the server accepts, so the
// fuzzer starts from the paths a real phone takes instead of from parse failures.
//   fuzz_seeds DIR   (writes DIR/signature, DIR/push, DIR/blob)
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "fieldledger/core/sha256.h"
#include "fieldledger/signature/codec.h"
#include "fieldledger/signature/codec_v1.h"
#include "fieldledger/v1/blobs.pb.h"
#include "fieldledger/v1/sync.pb.h"
#include "fuzz_store.h"

namespace fs = std::filesystem;
using namespace fieldledger;

namespace {

void Write(const fs::path& file, const std::string& bytes) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << bytes;
}

signature::Ink SampleInk(int strokes, int points) {
  signature::Ink ink;
  ink.canvas = {600, 200};
  std::uint32_t t = 0;
  for (int s = 0; s < strokes; ++s) {
    signature::Stroke stroke;
    for (int i = 0; i < points; ++i) {
      signature::TimedPoint p;
      p.x = static_cast<float>(30 + s * 80 + i * 2);
      p.y = static_cast<float>(100 + 40 * std::sin(i * 0.2 + s));
      p.t_ms = t += 8;
      p.pressure = 0.5f;
      stroke.points.push_back(p);
    }
    ink.strokes.push_back(stroke);
  }
  return ink;
}

v1::DeviceEvent Event(const std::string& id, std::int64_t sequence, std::int64_t offset_ms) {
  v1::DeviceEvent e;
  e.set_event_id(id);
  e.set_sequence(sequence);
  e.set_job_id("j1");
  e.mutable_clock()->set_wall_time_ms(fuzz::kNow - 60'000 + offset_ms);
  e.mutable_clock()->set_monotonic_ms(1'000'000 + offset_ms);
  e.mutable_clock()->set_boot_id("boot-1");
  auto* p = e.mutable_position();
  p->set_present(true);
  p->set_latitude(31.2304);
  p->set_longitude(121.4737);
  p->set_accuracy_m(10);
  return e;
}

v1::PushRequest Batch() {
  v1::PushRequest req;
  req.set_protocol_version(1);
  req.set_device_id("device-1");
  req.mutable_sent_clock()->set_wall_time_ms(fuzz::kNow);
  req.mutable_sent_clock()->set_monotonic_ms(1'060'000);
  req.mutable_sent_clock()->set_boot_id("boot-1");
  return req;
}

// A blob-upload input: tag, two-byte length, message (fuzz_blob_upload.cpp).
void Append(std::string& out, std::uint8_t tag, const std::string& message) {
  out.push_back(static_cast<char>(tag));
  out.push_back(static_cast<char>(message.size() >> 8));
  out.push_back(static_cast<char>(message.size() & 0xff));
  out += message;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s DIR\n", argv[0]);
    return 2;
  }
  const fs::path dir = argv[1];
  // Version 2 (what phones write now) and version 1 (what older phones still upload).
  const std::string small = signature::Encode(SampleInk(2, 20)).bytes;
  const std::string large = signature::Encode(SampleInk(6, 60)).bytes;
  Write(dir / "signature" / "two-strokes", small);
  Write(dir / "signature" / "six-strokes", large);
  signature::Ink mixed = SampleInk(3, 30);
  for (auto& p : mixed.strokes[1].points) p.pressure.reset();  // a stroke without pressure
  Write(dir / "signature" / "mixed-pressure-strokes", signature::Encode(mixed).bytes);
  Write(dir / "signature" / "empty", signature::Encode(signature::Ink{{600, 200}, {}}).bytes);
  Write(dir / "signature" / "v1-two-strokes", signature::EncodeV1(SampleInk(2, 20)).bytes);
  Write(dir / "signature" / "v1-six-strokes", signature::EncodeV1(SampleInk(6, 60)).bytes);

  {
    auto req = Batch();
    *req.add_events() = Event("01890a5d-ac96-774b-bcce-b302099a8057", 1, 0);
    req.mutable_events(0)->mutable_check_in();
    Write(dir / "push" / "check-in", req.SerializeAsString());
  }
  {
    auto req = Batch();
    auto a = Event("01890a5d-ac96-774b-bcce-b302099a8058", 1, 0);
    a.mutable_on_my_way();
    auto b = Event("01890a5d-ac96-774b-bcce-b302099a8059", 2, 20'000);
    b.mutable_check_in();
    auto c = Event("01890a5d-ac96-774b-bcce-b302099a805a", 3, 40'000);
    c.mutable_work_recorded()->add_fault_types("screen");
    c.mutable_work_recorded()->set_notes("replaced the screen");
    c.mutable_work_recorded()->set_resolved(true);
    for (auto* e : {&a, &b, &c}) *req.add_events() = *e;
    Write(dir / "push" / "visit", req.SerializeAsString());
  }
  {
    v1::GetUploadOffsetRequest ask;
    ask.set_protocol_version(1);
    ask.set_sha256(Sha256Hex(small));
    ask.set_size(static_cast<std::int64_t>(small.size()));
    ask.set_kind("signature");
    v1::UploadChunkRequest chunk;
    chunk.set_protocol_version(1);
    chunk.set_sha256(Sha256Hex(small));
    chunk.set_size(static_cast<std::int64_t>(small.size()));
    chunk.set_offset(0);
    chunk.set_data(small);
    chunk.set_last(true);
    chunk.set_kind("signature");
    std::string input;
    Append(input, 0, ask.SerializeAsString());
    Append(input, 3, chunk.SerializeAsString());
    Write(dir / "blob" / "signature-in-one-chunk", input);
    chunk.set_kind("report");
    chunk.set_data("%PDF-1.4\n%%EOF\n");
    chunk.set_size(static_cast<std::int64_t>(chunk.data().size()));
    std::string report;
    Append(report, 3, chunk.SerializeAsString());
    Write(dir / "blob" / "report", report);
  }
  std::printf("seeds written to %s\n", dir.c_str());
  return 0;
}
