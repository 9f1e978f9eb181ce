#pragma once
// Helpers shared by the service_policy tests.
#include <fstream>
#include <sstream>
#include <string>

#include "fieldledger/service_policy/date.h"

namespace fieldledger::service_policy::testing {

// Reads a file of the source tree (FIELDLEDGER_SOURCE_DIR is set by tests/CMakeLists.txt).
inline std::string ReadSourceFile(const std::string& relative) {
  std::ifstream in(std::string(FIELDLEDGER_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The date `days` after `d`, i.e. the date whose DayIndex from `d` is `days`.
inline Date Plus(const Date& d, std::int64_t days) {
  return Date::FromDaysSinceEpoch(d.DaysSinceEpoch() + days);
}

}  // namespace fieldledger::service_policy::testing
