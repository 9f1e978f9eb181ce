#include "fieldledger/core/time.h"

#include <chrono>

namespace fieldledger {

TimeMs SystemNowMs() {
  using namespace std::chrono;
  return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

}  // namespace fieldledger
