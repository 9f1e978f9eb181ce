#pragma once
// A job as a dispatcher, the admin CLI, a CSV import or the demo asks for it, before the
// server has given it an id: the domain form the application logic validates and stores.
// The wire's v1::Job becomes one of these in NewJobFromProto (rpc/job_convert.h).
#include <optional>
#include <string>

#include "fieldledger/core/time.h"
#include "storage/records.h"

namespace fieldledger::server {

struct NewJob {
  std::string reference;        // empty: the server makes one ("FL-" + id prefix)
  std::optional<JobType> type;  // nullopt: the caller's type is none of the three (refused)
  std::string customer_name;    // required
  std::string customer_phone;
  std::string address;  // required
  double latitude = 0;
  double longitude = 0;
  TimeWindow window;
  std::string technician_id;  // a technician of the company, required
  std::string product;
  std::string serial_number;
  std::string description;
  std::string product_category;
  std::string purchase_date;    // YYYY-MM-DD or empty
  std::string activation_date;  // YYYY-MM-DD or empty
};

}  // namespace fieldledger::server
