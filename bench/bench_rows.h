#pragma once
// One benchmark result as scripts/bench tabulates it: a measured value next to the
// baseline measured in the same run, and the target the ratio is judged against.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace fieldledger::bench {

struct Row {
  std::string name;
  double value = 0;
  double baseline = 0;
  std::string unit;
  double ratio = 0;    // value / baseline unless the row says otherwise
  std::string target;  // e.g. ">= 0.5"; judged by `meets`
  bool meets = false;
  std::string note;
};

inline double Seconds(std::chrono::steady_clock::duration d) {
  return std::chrono::duration<double>(d).count();
}

inline std::string JsonText(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// Writes rows as a JSON list of objects, the format scripts/bench merges.
inline void WriteRowsJson(const std::string& path, const std::vector<Row>& rows) {
  std::ofstream out(path);
  out << "[\n";
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& r = rows[i];
    out << "  {\"name\": " << JsonText(r.name) << ", \"value\": " << r.value
        << ", \"baseline\": " << r.baseline << ", \"unit\": " << JsonText(r.unit)
        << ", \"ratio\": " << r.ratio << ", \"target\": " << JsonText(r.target)
        << ", \"meets\": " << (r.meets ? "true" : "false") << ", \"note\": " << JsonText(r.note)
        << "}" << (i + 1 < rows.size() ? "," : "") << "\n";
  }
  out << "]\n";
}

inline void PrintRow(const Row& r) {
  std::printf("%-58s %12.1f %12.1f %-9s %7.3f %-10s %s\n", r.name.c_str(), r.value, r.baseline,
              r.unit.c_str(), r.ratio, r.target.c_str(), r.meets ? "yes" : "NO");
  if (!r.note.empty()) std::printf("    %s\n", r.note.c_str());
}

}  // namespace fieldledger::bench
