#include "fieldledger/signature/ink.h"

namespace fieldledger::signature {

std::size_t TotalPoints(const Ink& ink) {
  std::size_t total = 0;
  for (const Stroke& stroke : ink.strokes) total += stroke.points.size();
  return total;
}

}  // namespace fieldledger::signature
