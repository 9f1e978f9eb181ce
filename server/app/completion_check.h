#pragma once
// What the server verifies about a completion before it completes a job: the blobs it
// names are held complete (whole, hash-checked, of the right kind), the strokes decode
// and pass the signature rules with the signer's name, the summary hash is the one the
// server rebuilds from this job and the named work record (shared/fieldledger/visit),
// and the strokes have not signed another job.
#include <string>

#include "app/device_event.h"
#include "storage/store.h"

namespace fieldledger::server {

// Why the completion must be refused ("" when it may complete the job). A completion
// without a signature is not refused here: it completes the job and is flagged.
std::string CheckCompletion(StoreTx& tx, const JobRecord& job, const std::string& user_id,
                            const CompletionDone& done);

}  // namespace fieldledger::server
