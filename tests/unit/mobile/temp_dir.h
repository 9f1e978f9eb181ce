#pragma once
#include "../common/temp_dir.h"

namespace fieldledger::device::testing {
using TempDir = test_support::TempDir;
}  // namespace fieldledger::device::testing
