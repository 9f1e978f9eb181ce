#pragma once
// Everything a caller needs: parse or pick a policy, evaluate a job, serialise the quote.
#include "fieldledger/service_policy/canonical.h"       // IWYU pragma: export
#include "fieldledger/service_policy/date.h"            // IWYU pragma: export
#include "fieldledger/service_policy/default_policy.h"  // IWYU pragma: export
#include "fieldledger/service_policy/evaluate.h"        // IWYU pragma: export
#include "fieldledger/service_policy/parse.h"           // IWYU pragma: export
#include "fieldledger/service_policy/policy.h"          // IWYU pragma: export
