#pragma once
// Every reason the engine gives is shown to Chinese-speaking customers and technicians and
// to English-speaking staff, so each carries both languages side by side.
#include <string>

namespace fieldledger::service_policy {

struct Text {
  std::string zh;  // Simplified Chinese
  std::string en;  // English

  bool operator==(const Text&) const = default;
};

}  // namespace fieldledger::service_policy
