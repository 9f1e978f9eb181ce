// Signature bytes: the encoded strokes a phone uploads (shared/fieldledger/signature
// codec, format version 2) against a PNG of the same signature at 600x200, drawn by the
// app's own renderer (mobile/app/src/signature_render.h), as a report or a photo of the
// slip would hold it. Version 1, which older phones still upload, is printed beside it.
//
//   fieldledger_signature_bench [--json FILE]
//
// Three signatures that real customers write: a Latin cursive name, a three-character
// Chinese name (many short strokes) and a long flourish. Sizes are deterministic, so one
// run is the measurement.
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "fieldledger/signature/codec.h"
#include "fieldledger/signature/codec_v1.h"
#include "signature_render.h"

namespace sig = fieldledger::signature;

namespace {

constexpr sig::CanvasSize kCanvas{600, 200};

// `strokes` strokes of `points` samples 8 ms apart (a 120 Hz digitiser), each stroke
// a wobbling curve across its own cell of the canvas.
sig::Ink Handwriting(int strokes, int points, double cell_width, double amplitude) {
  sig::Ink ink;
  ink.canvas = kCanvas;
  std::uint32_t t = 0;
  for (int s = 0; s < strokes; ++s) {
    sig::Stroke stroke;
    const double x0 = 20 + std::fmod(s * cell_width, kCanvas.width - 60.0);
    for (int i = 0; i < points; ++i) {
      const double u = static_cast<double>(i) / points;
      sig::TimedPoint p;
      p.x = static_cast<float>(x0 + u * cell_width + 6 * std::sin(i * 0.31 + s));
      p.y = static_cast<float>(100 + amplitude * std::sin(u * 6.0 + 1.7 * s) +
                               5 * std::cos(i * 0.47));
      p.t_ms = t;
      p.pressure = static_cast<float>(0.55 + 0.3 * std::sin(i * 0.09 + s));
      stroke.points.push_back(p);
      t += 8;
    }
    ink.strokes.push_back(stroke);
    t += 250;
  }
  return ink;
}

struct Row {
  std::string name;
  std::size_t v1 = 0, encoded = 0, png = 0;
  double ratio() const { return static_cast<double>(encoded) / static_cast<double>(png); }
};

}  // namespace

int main(int argc, char** argv) {
  std::string json;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--json" && i + 1 < argc) {
      json = argv[++i];
    } else {
      std::fprintf(stderr, "usage: %s [--json FILE]\n", argv[0]);
      return 2;
    }
  }
  const std::vector<std::pair<std::string, sig::Ink>> samples = {
      {"Latin cursive name (3 strokes, 2.4 s)", Handwriting(3, 100, 170, 40)},
      {"Chinese name, 3 characters (24 strokes, 4.8 s)", Handwriting(24, 25, 22, 30)},
      {"long flourish (6 strokes, 7.2 s)", Handwriting(6, 150, 95, 60)},
  };
  std::vector<Row> rows;
  Row all{"all three"};
  for (const auto& [name, ink] : samples) {
    const auto e = sig::Encode(ink);
    const auto v1 = sig::EncodeV1(ink);
    if (!e.status.ok() || !v1.status.ok()) {
      std::fprintf(stderr, "%s: the codec refused the sample: %s\n", name.c_str(),
                   (e.status.ok() ? v1 : e).status.message.c_str());
      return 1;
    }
    // What is measured must be what the server keeps: the bytes decode to the quantised ink.
    if (!(sig::Decode(e.bytes).ink == sig::Quantise(ink))) {
      std::fprintf(stderr, "%s: version 2 does not round-trip\n", name.c_str());
      return 1;
    }
    const QByteArray image = fieldledger::app::RenderInkPng(ink, 1.0);  // 600x200
    rows.push_back({name, v1.bytes.size(), e.bytes.size(), static_cast<std::size_t>(image.size())});
    all.v1 += v1.bytes.size();
    all.encoded += e.bytes.size();
    all.png += static_cast<std::size_t>(image.size());
  }
  rows.push_back(all);
  std::printf("%-50s %9s %9s %9s %7s %7s\n", "signature", "v1", "v2", "PNG", "v1/PNG", "v2/PNG");
  for (const auto& r : rows) {
    std::printf("%-50s %7zu B %7zu B %7zu B %6.1f%% %6.1f%%\n", r.name.c_str(), r.v1, r.encoded,
                r.png, 100.0 * static_cast<double>(r.v1) / static_cast<double>(r.png),
                100 * r.ratio());
  }
  const std::size_t encoded = all.encoded, png = all.png;
  const double ratio = all.ratio();
  std::printf("target: v2 <= 10%% of the PNG; v2 is %.1f%% of v1\n",
              100.0 * static_cast<double>(encoded) / static_cast<double>(all.v1));
  if (!json.empty()) {
    std::ofstream out(json);
    // One row in scripts/bench's format.
    out << "[{\"name\": \"signature bytes: encoded strokes (format v2) of 3 signatures\", "
           "\"value\": "
        << encoded << ", \"baseline\": " << png << ", \"unit\": \"bytes\", \"ratio\": " << ratio
        << ", \"target\": \"<= 0.10\", \"meets\": " << (ratio <= 0.10 ? "true" : "false")
        << ", \"note\": \"baseline: PNG of the same signatures at 600x200, drawn by the app's "
           "renderer; format v1 (still read) "
        << all.v1 << " bytes\"}]\n";
  }
  return 0;
}
