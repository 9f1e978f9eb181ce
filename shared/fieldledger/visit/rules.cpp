#include "fieldledger/visit/rules.h"

namespace fieldledger::visit {
namespace {

bool IsSha256Hex(const std::string& s) {
  if (s.size() != 64) return false;
  for (char c : s) {
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  }
  return true;
}

std::string Count(std::size_t n) { return std::to_string(n); }

}  // namespace

std::string CheckWork(const WorkFacts& work) {
  if (work.fault_types.size() < kMinFaultTypes) return "fault_types: choose at least one";
  if (work.fault_types.size() > kMaxFaultTypes) {
    return "fault_types: " + Count(work.fault_types.size()) + " given; at most " +
           Count(kMaxFaultTypes);
  }
  for (std::size_t i = 0; i < work.fault_types.size(); ++i) {
    const auto& f = work.fault_types[i];
    if (f.empty() || f.size() > kMaxFaultTypeBytes) {
      return "fault_types[" + Count(i) + "] must have 1 to " + Count(kMaxFaultTypeBytes) + " bytes";
    }
  }
  if (work.parts_used.size() > kMaxParts) {
    return "parts_used: " + Count(work.parts_used.size()) + " given; at most " + Count(kMaxParts);
  }
  for (std::size_t i = 0; i < work.parts_used.size(); ++i) {
    const auto& p = work.parts_used[i];
    if (p.empty() || p.size() > kMaxPartBytes) {
      return "parts_used[" + Count(i) + "] must have 1 to " + Count(kMaxPartBytes) + " bytes";
    }
  }
  if (work.notes.size() > kMaxNotesBytes) {
    return "notes are " + Count(work.notes.size()) + " bytes; at most " + Count(kMaxNotesBytes);
  }
  if (work.photo_sha256.size() > kMaxPhotos) {
    return "photo_sha256: " + Count(work.photo_sha256.size()) + " photos; at most " +
           Count(kMaxPhotos);
  }
  for (std::size_t i = 0; i < work.photo_sha256.size(); ++i) {
    if (!IsSha256Hex(work.photo_sha256[i])) {
      return "photo_sha256[" + Count(i) + "] is not a blob key (64 lower-case hex)";
    }
  }
  // Check ids are policy ids, bounded as fault type ids are.
  if (work.checks_done.size() > kMaxFaultTypes) {
    return "checks_done: " + Count(work.checks_done.size()) + " given; at most " +
           Count(kMaxFaultTypes);
  }
  for (std::size_t i = 0; i < work.checks_done.size(); ++i) {
    const auto& c = work.checks_done[i];
    if (c.empty() || c.size() > kMaxFaultTypeBytes) {
      return "checks_done[" + Count(i) + "] must have 1 to " + Count(kMaxFaultTypeBytes) + " bytes";
    }
  }
  return {};
}

const char* VisitEventName(VisitEvent e) {
  switch (e) {
    case VisitEvent::kOnMyWay:
      return "on_my_way";
    case VisitEvent::kCheckIn:
      return "check_in";
    case VisitEvent::kWorkRecorded:
      return "work_recorded";
    case VisitEvent::kCompleted:
      return "completed";
  }
  return "unknown";
}

std::string CheckOrder(VisitEvent event, const VisitSoFar& so_far) {
  const std::string name = VisitEventName(event);
  if (so_far.completed) return name + " after the job was completed";
  if (event == VisitEvent::kWorkRecorded && !so_far.arrived)
    return "work recorded before an arrival";
  if (event == VisitEvent::kCompleted) {
    if (!so_far.arrived) return "completed without an arrival";
    if (!so_far.work_recorded) return "completed without a work record";
  }
  return {};
}

}  // namespace fieldledger::visit
