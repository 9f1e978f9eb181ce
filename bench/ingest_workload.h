#pragma once
// The ingest benchmarks' workload, shared so SQLite and PostgreSQL are measured on the same
// rows: one company, one technician per device with its jobs, and each device's backlog of
// check-ins at the site (fieldledger_ingest_bench, fieldledger_pg_ingest_bench).
#include <algorithm>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "auth/password_hasher.h"
#include "fieldledger/core/time.h"
#include "fieldledger/core/uuid.h"
#include "fieldledger/v1/sync.pb.h"
#include "storage/store.h"

namespace fieldledger::bench::ingest_workload {

namespace fl = fieldledger;
namespace srv = fieldledger::server;
namespace v1 = fieldledger::v1;

inline constexpr char kCompany[] = "bench";
inline constexpr char kPassword[] = "bench password";
inline constexpr double kSiteLat = 31.2304;
inline constexpr double kSiteLon = 121.4737;

inline std::string TechnicianId(int t) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "tech%04d", t);
  return buf;
}
inline std::string JobId(int t, int j) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "tech%04d-job%06d", t, j);
  return buf;
}

// One technician per device, `jobs_each` jobs each with a window around `now`.
inline void Seed(srv::Store& store, int technicians, int jobs_each, fl::TimeMs now) {
  const std::string hash = srv::HashPassword(kPassword, srv::Argon2Params{256, 1, 1});
  store.Write([&](srv::StoreTx& tx) {
    tx.InsertCompany({kCompany, "Bench Service", "Asia/Shanghai", now});
    for (int t = 0; t < technicians; ++t) {
      tx.InsertUser({TechnicianId(t), kCompany, TechnicianId(t), "Technician " + std::to_string(t),
                     fl::Role::kTechnician, "", hash, false, now});
    }
  });
  constexpr int kJobsPerTransaction = 5'000;
  std::vector<std::pair<int, int>> all;
  for (int t = 0; t < technicians; ++t) {
    for (int j = 0; j < jobs_each; ++j) all.emplace_back(t, j);
  }
  for (std::size_t from = 0; from < all.size(); from += kJobsPerTransaction) {
    store.Write([&](srv::StoreTx& tx) {
      const std::size_t to = std::min(all.size(), from + kJobsPerTransaction);
      for (std::size_t k = from; k < to; ++k) {
        srv::JobRecord job;
        job.id = JobId(all[k].first, all[k].second);
        job.company_id = kCompany;
        job.reference = "REF-" + job.id;
        job.customer_name = "Customer " + job.id;
        job.address = "1 Renmin Ave";
        job.latitude = kSiteLat;
        job.longitude = kSiteLon;
        job.window = {now - fl::kHourMs, now + 7 * fl::kHourMs};
        job.technician_id = TechnicianId(all[k].first);
        job.created_ms = job.updated_ms = now - fl::kDayMs;
        tx.InsertJob(job);
      }
    });
  }
}

// A device's whole backlog: a check-in at the site for each of its jobs, in batches.
inline std::vector<v1::PushRequest> DeviceBatches(int t, int events, int batch, fl::TimeMs now) {
  std::vector<v1::PushRequest> out;
  const std::string boot = "boot-" + TechnicianId(t);
  for (int first = 0; first < events; first += batch) {
    v1::PushRequest req;
    req.set_protocol_version(1);
    req.set_device_id("device-" + TechnicianId(t));
    for (int i = first; i < std::min(events, first + batch); ++i) {
      auto* e = req.add_events();
      e->set_event_id(fl::NewUuidV7(now));
      e->set_sequence(i + 1);
      e->set_job_id(JobId(t, i));
      e->mutable_clock()->set_wall_time_ms(now - 600'000 + i);
      e->mutable_clock()->set_monotonic_ms(1'000'000 + i);
      e->mutable_clock()->set_boot_id(boot);
      auto* p = e->mutable_position();
      p->set_present(true);
      p->set_latitude(kSiteLat);
      p->set_longitude(kSiteLon);
      p->set_accuracy_m(10);
      e->mutable_check_in();
    }
    req.mutable_sent_clock()->set_wall_time_ms(now);
    req.mutable_sent_clock()->set_monotonic_ms(1'600'000);
    req.mutable_sent_clock()->set_boot_id(boot);
    out.push_back(std::move(req));
  }
  return out;
}

}  // namespace fieldledger::bench::ingest_workload
