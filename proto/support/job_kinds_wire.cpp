#include "job_kinds_wire.h"

namespace fieldledger::v1 {

JobType ToWire(fieldledger::JobType t) {
  switch (t) {
    case fieldledger::JobType::kRepair:
      return JOB_TYPE_REPAIR;
    case fieldledger::JobType::kInstallation:
      return JOB_TYPE_INSTALLATION;
    case fieldledger::JobType::kMaintenance:
      return JOB_TYPE_MAINTENANCE;
  }
  return JOB_TYPE_UNSPECIFIED;
}

std::optional<fieldledger::JobType> FromWire(JobType t) {
  switch (t) {
    case JOB_TYPE_REPAIR:
      return fieldledger::JobType::kRepair;
    case JOB_TYPE_INSTALLATION:
      return fieldledger::JobType::kInstallation;
    case JOB_TYPE_MAINTENANCE:
      return fieldledger::JobType::kMaintenance;
    default:
      return std::nullopt;
  }
}

JobStatus ToWire(fieldledger::JobStatus s) {
  switch (s) {
    case fieldledger::JobStatus::kScheduled:
      return JOB_STATUS_SCHEDULED;
    case fieldledger::JobStatus::kInProgress:
      return JOB_STATUS_IN_PROGRESS;
    case fieldledger::JobStatus::kCompleted:
      return JOB_STATUS_COMPLETED;
    case fieldledger::JobStatus::kCancelled:
      return JOB_STATUS_CANCELLED;
    case fieldledger::JobStatus::kRescheduled:
      return JOB_STATUS_RESCHEDULED;
  }
  return JOB_STATUS_UNSPECIFIED;
}

std::optional<fieldledger::JobStatus> FromWire(JobStatus s) {
  switch (s) {
    case JOB_STATUS_SCHEDULED:
      return fieldledger::JobStatus::kScheduled;
    case JOB_STATUS_IN_PROGRESS:
      return fieldledger::JobStatus::kInProgress;
    case JOB_STATUS_COMPLETED:
      return fieldledger::JobStatus::kCompleted;
    case JOB_STATUS_CANCELLED:
      return fieldledger::JobStatus::kCancelled;
    case JOB_STATUS_RESCHEDULED:
      return fieldledger::JobStatus::kRescheduled;
    default:
      return std::nullopt;
  }
}

}  // namespace fieldledger::v1
