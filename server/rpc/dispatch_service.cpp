#include "rpc/dispatch_service.h"

#include "app/dispatch_errors.h"
#include "message_sha256.h"
#include "rpc/job_convert.h"

namespace fieldledger::server {
namespace {

// How often an idle stream says it is alive (and what the server's clock reads).
constexpr DurationMs kHeartbeat = 10 * kSecondMs;

void ToProto(const UnverifiedWhy& w, v1::UnverifiedWhy* out) {
  out->set_outside_fence(w.outside_fence);
  out->set_distance_m(w.distance_m);
  out->set_clock_corrected(w.clock_corrected);
  out->set_clock_correction_ms(w.clock_correction_ms);
  out->set_mock_location(w.mock_location);
  out->set_no_position(w.no_position);
}

void ToProto(const BoardJobRow& r, v1::BoardJob* out) {
  server::ToProto(r.job, out->mutable_job());
  out->mutable_job()->set_technician_name(r.technician_name);
  out->set_on_my_way_ms(r.on_my_way_ms);
  if (r.unverified) ToProto(*r.unverified, out->mutable_unverified());
  out->set_excused(r.excused);
  out->set_excusal_reason(r.excusal_reason);
  out->set_cancel_reason(r.cancel_reason);
  out->set_arrival_accepted(r.arrival_accepted);
  out->set_accept_reason(r.accept_reason);
  out->set_team_id(r.team_id);
}

void ToProto(const BoardTechnicianRow& r, v1::BoardTechnician* out) {
  out->set_id(r.id);
  out->set_display_name(r.display_name);
  out->set_team_id(r.team_id);
  out->set_team_name(r.team_name);
  out->set_last_synced_ms(r.last_synced_ms);
  if (r.last_position) {
    auto* p = out->mutable_last_position();
    p->set_present(true);
    p->set_latitude(r.last_position->latitude);
    p->set_longitude(r.last_position->longitude);
    p->set_accuracy_m(r.last_position->accuracy_m);
    out->set_last_position_ms(r.last_position_ms);
  }
}

void ToProto(const DispatchPolicy& p, v1::BoardPolicy* out) {
  out->set_on_time_grace_ms(p.on_time_grace);
  out->set_alert_lead_ms(p.alert_lead);
  out->set_travel_speed_kmh(p.travel_speed_kmh);
  out->set_quiet_after_ms(p.quiet_after);
}

v1::HistoryEntry::Kind ToProto(HistoryItem::Kind k) {
  using K = HistoryItem::Kind;
  switch (k) {
    case K::kCreated:
      return v1::HistoryEntry::KIND_CREATED;
    case K::kAudit:
      return v1::HistoryEntry::KIND_AUDIT;
    case K::kOnMyWay:
      return v1::HistoryEntry::KIND_ON_MY_WAY;
    case K::kArrived:
      return v1::HistoryEntry::KIND_ARRIVED;
    case K::kWorkRecorded:
      return v1::HistoryEntry::KIND_WORK_RECORDED;
    case K::kCompleted:
      return v1::HistoryEntry::KIND_COMPLETED;
    case K::kCallBack:
      return v1::HistoryEntry::KIND_CALL_BACK;
    case K::kExcusal:
      return v1::HistoryEntry::KIND_EXCUSAL;
    case K::kEventRejected:
      return v1::HistoryEntry::KIND_EVENT_REJECTED;
  }
  return v1::HistoryEntry::KIND_UNSPECIFIED;
}

void ToProto(const HistoryItem& item, const JobRecord& job, bool first_work,
             v1::HistoryEntry* out) {
  out->set_kind(ToProto(item.kind));
  out->set_at_ms(item.at_ms);
  out->set_by(item.by);
  out->set_action(item.action);
  out->set_reason(item.reason);
  out->set_detail(item.detail);
  if (item.unverified) ToProto(*item.unverified, out->mutable_unverified());
  if (const EventRecord* e = item.event) {
    out->set_verified(e->verified);
    auto* p = out->mutable_position();
    p->set_present(e->latitude.has_value());
    p->set_latitude(e->latitude.value_or(0));
    p->set_longitude(e->longitude.value_or(0));
    p->set_accuracy_m(e->accuracy_m);
    p->set_mock(e->mock_location);
    v1::DeviceEvent payload;
    if (payload.ParseFromString(e->payload)) {
      if (payload.has_work_recorded()) {
        *out->mutable_work() = payload.work_recorded();
        // The server's fee check is of the first work record (docs/service-policy.md).
        if (first_work) {
          out->set_fee_check(job.fee_check);
          out->set_fee_fen(job.fee_fen.value_or(0));
        }
      }
      if (payload.has_completed()) {
        out->set_signer_name(payload.completed().signer_name());
        out->set_signature_png_sha256(payload.completed().signature_png_sha256());
      }
    }
  }
  if (!item.signature_png.empty()) out->set_signature_png(item.signature_png);
  if (item.call_back) {
    auto* c = out->mutable_call_back();
    c->set_id(item.call_back->id);
    c->set_job_id(item.call_back->job_id);
    c->set_at_ms(item.call_back->at_ms);
    c->set_reached(item.call_back->reached);
    c->set_score(item.call_back->score.value_or(0));
    c->set_problem_returned(item.call_back->problem_returned.value_or(false));
    c->set_comment(item.call_back->comment);
  }
}

JobRecord FromProto(const v1::Job& in) {
  JobRecord r;
  r.reference = in.reference();
  auto type = v1::FromWire(in.type());
  if (!type) {
    DispatchFail(ErrorKind::kInvalidArgument, "field_required",
                 "type (repair, installation or maintenance)");
  }
  r.type = *type;
  r.customer_name = in.customer_name();
  r.customer_phone = in.customer_phone();
  r.address = in.site().address();
  r.latitude = in.site().latitude();
  r.longitude = in.site().longitude();
  r.window = {in.window().start_ms(), in.window().end_ms()};
  r.technician_id = in.technician_id();
  r.product = in.product();
  r.serial_number = in.serial_number();
  r.description = in.description();
  r.product_category = in.product_category();
  r.purchase_date = in.purchase_date();
  r.activation_date = in.activation_date();
  return r;
}

}  // namespace

void DispatchServiceImpl::Row(const Caller& caller, const std::string& job_id, v1::BoardJob* out) {
  auto rows = board_.Jobs(caller.company_id, {job_id});
  if (!rows.empty()) ToProto(rows.front(), out);
}

grpc::Status DispatchServiceImpl::GetBoard(grpc::ServerContext* ctx, const v1::GetBoardRequest* req,
                                           v1::Board* resp) {
  return gate_.Run(ctx, "DispatchService/GetBoard", [&](const Caller& c, TimeMs now) {
    const BoardSnapshot b = board_.Snapshot(c, req->day(), now);
    resp->set_day(b.day);
    resp->set_time_zone(b.time_zone);
    resp->set_day_start_ms(b.day_window.start);
    resp->set_day_end_ms(b.day_window.end);
    for (const auto& t : b.technicians) ToProto(t, resp->add_technicians());
    for (const auto& j : b.jobs) ToProto(j, resp->add_jobs());
    ToProto(b.policy, resp->mutable_policy());
    resp->set_server_now_ms(b.now);
    resp->set_feed_epoch(b.feed_epoch);
    resp->set_cursor(b.cursor);
  });
}

grpc::Status DispatchServiceImpl::WatchBoard(grpc::ServerContext* ctx,
                                             const v1::WatchBoardRequest* req,
                                             grpc::ServerWriter<v1::BoardUpdate>* writer) {
  return gate_.Run(ctx, "DispatchService/WatchBoard", [&](const Caller& c, TimeMs) {
    std::int64_t cursor = req->after();
    const auto stop = [&] { return stopping_.load() || ctx->IsCancelled(); };
    // At once, so the client knows the stream is open (its "live" sign) without waiting
    // for the first change or heartbeat.
    v1::BoardUpdate hello;
    hello.set_feed_epoch(board_.feed().epoch());
    hello.set_cursor(cursor);
    hello.set_server_now_ms(gate_.Now());
    if (!writer->Write(hello)) return;
    while (!stop()) {
      auto wait = board_.feed().After(c.company_id, req->feed_epoch(), cursor, kHeartbeat, stop);
      if (stop()) break;
      v1::BoardUpdate update;
      update.set_feed_epoch(board_.feed().epoch());
      update.set_server_now_ms(gate_.Now());
      if (wait.reset) {
        update.set_reset(true);
        update.set_cursor(wait.head);
        writer->Write(update);
        return;  // the client reloads the board and watches again from its cursor
      }
      std::vector<std::string> jobs, technicians;
      for (const auto& change : wait.changes) {
        jobs.insert(jobs.end(), change.job_ids.begin(), change.job_ids.end());
        technicians.insert(technicians.end(), change.technician_ids.begin(),
                           change.technician_ids.end());
      }
      std::sort(jobs.begin(), jobs.end());
      jobs.erase(std::unique(jobs.begin(), jobs.end()), jobs.end());
      std::sort(technicians.begin(), technicians.end());
      technicians.erase(std::unique(technicians.begin(), technicians.end()), technicians.end());
      for (const auto& row : board_.Jobs(c.company_id, jobs)) ToProto(row, update.add_jobs());
      if (!technicians.empty()) {
        for (const auto& t : board_.Technicians(c.company_id, technicians)) {
          ToProto(t, update.add_technicians());
        }
      }
      cursor = wait.head;
      update.set_cursor(cursor);
      if (!writer->Write(update)) break;  // the client went away
    }
  });
}

grpc::Status DispatchServiceImpl::CreateJob(grpc::ServerContext* ctx,
                                            const v1::DispatchCreateJobRequest* req,
                                            v1::BoardJob* resp) {
  return gate_.Run(ctx, "DispatchService/CreateJob", [&](const Caller& c, TimeMs now) {
    const std::string id = actions_.Create(c, FromProto(req->job()), req->request_id(),
                                           v1::MessageSha256(req->job()), now);
    Row(c, id, resp);
  });
}

grpc::Status DispatchServiceImpl::AssignJob(grpc::ServerContext* ctx,
                                            const v1::DispatchAssignJobRequest* req,
                                            v1::BoardJob* resp) {
  return gate_.Run(ctx, "DispatchService/AssignJob", [&](const Caller& c, TimeMs now) {
    actions_.Assign(c, req->job_id(), req->technician_id(), req->reason(), now);
    Row(c, req->job_id(), resp);
  });
}

grpc::Status DispatchServiceImpl::RescheduleJob(grpc::ServerContext* ctx,
                                                const v1::RescheduleJobRequest* req,
                                                v1::BoardJob* resp) {
  return gate_.Run(ctx, "DispatchService/RescheduleJob", [&](const Caller& c, TimeMs now) {
    actions_.Reschedule(c, req->job_id(), {req->window().start_ms(), req->window().end_ms()},
                        req->reason(), now);
    Row(c, req->job_id(), resp);
  });
}

grpc::Status DispatchServiceImpl::CancelJob(grpc::ServerContext* ctx,
                                            const v1::DispatchCancelJobRequest* req,
                                            v1::BoardJob* resp) {
  return gate_.Run(ctx, "DispatchService/CancelJob", [&](const Caller& c, TimeMs now) {
    actions_.Cancel(c, req->job_id(), req->reason(), now);
    Row(c, req->job_id(), resp);
  });
}

grpc::Status DispatchServiceImpl::ExcuseJob(grpc::ServerContext* ctx,
                                            const v1::ExcuseJobRequest* req, v1::BoardJob* resp) {
  return gate_.Run(ctx, "DispatchService/ExcuseJob", [&](const Caller& c, TimeMs now) {
    actions_.Excuse(c, req->job_id(), req->reason(), now);
    Row(c, req->job_id(), resp);
  });
}

grpc::Status DispatchServiceImpl::RevokeExcusal(grpc::ServerContext* ctx,
                                                const v1::DispatchRevokeExcusalRequest* req,
                                                v1::BoardJob* resp) {
  return gate_.Run(ctx, "DispatchService/RevokeExcusal", [&](const Caller& c, TimeMs now) {
    actions_.RevokeExcusal(c, req->job_id(), req->reason(), now);
    Row(c, req->job_id(), resp);
  });
}

grpc::Status DispatchServiceImpl::AcceptArrival(grpc::ServerContext* ctx,
                                                const v1::AcceptArrivalRequest* req,
                                                v1::BoardJob* resp) {
  return gate_.Run(ctx, "DispatchService/AcceptArrival", [&](const Caller& c, TimeMs now) {
    actions_.AcceptArrival(c, req->job_id(), req->reason(), now);
    Row(c, req->job_id(), resp);
  });
}

grpc::Status DispatchServiceImpl::GetJobHistory(grpc::ServerContext* ctx,
                                                const v1::GetJobHistoryRequest* req,
                                                v1::JobHistory* resp) {
  return gate_.Run(ctx, "DispatchService/GetJobHistory", [&](const Caller& c, TimeMs) {
    const JobHistoryData h = history_.History(c, req->job_id());
    ToProto(h.job, resp->mutable_job());
    bool first_work = true;
    for (const auto& item : h.items) {
      const bool is_work = item.kind == HistoryItem::Kind::kWorkRecorded;
      ToProto(item, h.job.job, is_work && first_work, resp->add_entries());
      if (is_work) first_work = false;
    }
  });
}

}  // namespace fieldledger::server
