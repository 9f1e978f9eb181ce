#include "rpc/job_convert.h"

namespace fieldledger::server {

void ToProto(const JobRecord& r, v1::Job* out) {
  out->set_id(r.id);
  out->set_reference(r.reference);
  out->set_type(v1::ToWire(r.type));
  out->set_status(v1::ToWire(r.status));
  out->set_customer_name(r.customer_name);
  out->set_customer_phone(r.customer_phone);
  out->mutable_site()->set_address(r.address);
  out->mutable_site()->set_latitude(r.latitude);
  out->mutable_site()->set_longitude(r.longitude);
  out->mutable_window()->set_start_ms(r.window.start);
  out->mutable_window()->set_end_ms(r.window.end);
  out->set_technician_id(r.technician_id);
  out->set_product(r.product);
  out->set_serial_number(r.serial_number);
  out->set_description(r.description);
  out->set_created_ms(r.created_ms);
  out->set_updated_ms(r.updated_ms);
  out->set_arrived_ms(r.arrived_ms.value_or(0));
  out->set_arrival_verified(r.arrival_verified);
  out->set_completed_ms(r.completed_ms.value_or(0));
  out->set_product_category(r.product_category);
  out->set_purchase_date(r.purchase_date);
  out->set_activation_date(r.activation_date);
  out->set_flagged(r.flagged);
  out->set_flag_reason(r.flag_reason);
  out->set_fee_fen(r.fee_fen.value_or(0));
  out->set_fee_device_fen(r.fee_device_fen.value_or(0));
  out->set_fee_policy(r.fee_policy);
  out->set_fee_check(r.fee_check);
  out->set_arrival_place(r.arrival_place);
  if (r.arrival_distance_m) out->set_arrival_distance_m(*r.arrival_distance_m);
  out->set_arrival_check(r.arrival_check);
}

NewJob NewJobFromProto(const v1::Job& in) {
  NewJob j;
  j.reference = in.reference();
  j.type = v1::FromWire(in.type());
  j.customer_name = in.customer_name();
  j.customer_phone = in.customer_phone();
  j.address = in.site().address();
  j.latitude = in.site().latitude();
  j.longitude = in.site().longitude();
  j.window = {in.window().start_ms(), in.window().end_ms()};
  j.technician_id = in.technician_id();
  j.product = in.product();
  j.serial_number = in.serial_number();
  j.description = in.description();
  j.product_category = in.product_category();
  j.purchase_date = in.purchase_date();
  j.activation_date = in.activation_date();
  return j;
}

}  // namespace fieldledger::server
