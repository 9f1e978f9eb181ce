#include "rpc/period_convert.h"

namespace fieldledger::server {

PeriodRequest FromProto(const v1::Period& p) {
  PeriodRequest out;
  switch (p.kind()) {
    case v1::PERIOD_KIND_DAY:
      out.kind = scoring::PeriodKind::kDay;
      break;
    case v1::PERIOD_KIND_ISO_WEEK:
      out.kind = scoring::PeriodKind::kIsoWeek;
      break;
    case v1::PERIOD_KIND_MONTH:
      out.kind = scoring::PeriodKind::kMonth;
      break;
    case v1::PERIOD_KIND_CUSTOM:
      out.kind = scoring::PeriodKind::kCustom;
      break;
    default:
      break;  // unspecified or unknown: ResolvePeriod names the field
  }
  out.anchor_date = p.anchor_date();
  out.start = p.start_ms();
  out.end = p.end_ms();
  return out;
}

void ToProto(const scoring::Period& p, v1::Period* out) {
  switch (p.kind) {
    case scoring::PeriodKind::kDay:
      out->set_kind(v1::PERIOD_KIND_DAY);
      break;
    case scoring::PeriodKind::kIsoWeek:
      out->set_kind(v1::PERIOD_KIND_ISO_WEEK);
      break;
    case scoring::PeriodKind::kMonth:
      out->set_kind(v1::PERIOD_KIND_MONTH);
      break;
    case scoring::PeriodKind::kCustom:
      out->set_kind(v1::PERIOD_KIND_CUSTOM);
      break;
  }
  out->set_start_ms(p.start);
  out->set_end_ms(p.end);
  out->set_label(p.label);
}

scoring::Period ResolvePeriod(const v1::Period& requested, const std::string& time_zone) {
  return ResolvePeriod(FromProto(requested), time_zone);
}

}  // namespace fieldledger::server
