#pragma once
// The visit summary the customer reads above the signature box. Its SHA-256 is bound to
// the signature (shared/fieldledger/signature/binding.h), and the service report prints
// it, so it must be built once, from recorded facts only, and shown exactly as hashed.
#include <QString>
#include <QTimeZone>

#include "fieldledger/service_policy/evaluate.h"
#include "fieldledger/v1/jobs.pb.h"
#include "visit_state.h"

namespace fieldledger::app {

// Plain text, one fact per line, in the app's current language.
QString VisitSummaryText(const v1::Job& job, const VisitState& state,
                         const service_policy::Quote& quote, const QTimeZone& zone);

}  // namespace fieldledger::app
