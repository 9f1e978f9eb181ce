#pragma once
// The job the end-to-end tests create through the public API: a repair at one Shanghai
// test site, assigned to `technician`, promised for [start, end).
#include <string>

#include "fieldledger/core/time.h"
#include "fieldledger/v1/jobs.pb.h"

namespace fieldledger::e2e {

inline void FillTestJob(v1::Job* j, const std::string& reference, TimeMs start, TimeMs end,
                        const std::string& technician) {
  j->set_reference(reference);
  j->set_type(v1::JOB_TYPE_REPAIR);
  j->set_customer_name("Customer " + reference);
  j->mutable_site()->set_address("1 Test Road");
  j->mutable_site()->set_latitude(31.23);
  j->mutable_site()->set_longitude(121.47);
  j->mutable_window()->set_start_ms(start);
  j->mutable_window()->set_end_ms(end);
  j->set_technician_id(technician);
}

}  // namespace fieldledger::e2e
