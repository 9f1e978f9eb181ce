// Generated from docs/policies/service-default.toml; keep byte-identical (a unit test
// compares them). Embedded so devices have the default policy offline.
#include "fieldledger/service_policy/default_policy.h"

namespace fieldledger::service_policy {

std::string_view DefaultPolicyText() {
  static constexpr std::string_view kText =
      R"toml(# FieldLedger default service policy: the phone maker's rules from the domain notes.
# Format: docs/service-policy.md. Money is integer fen (1/100 yuan): 4000 = 40.00 yuan.
# Days are day indexes from the start date: the start date itself is day 0, and
# "within 7 days" means day 0 to day 7 inclusive.
#
# The library embeds a byte-identical copy of this file
# (shared/fieldledger/service_policy/default_policy_text.cpp) so devices have it offline;
# change both together (a unit test compares them).

[policy]
format = 1
id = "phone-maker-default"
version = "1.0.0"
name = { zh = "手机厂商示例服务政策", en = "Phone maker example service policy" }
currency = "CNY"
# A device with several faults is charged once, at the highest fee.
several_faults = "highest_once"

[[categories]]
id = "phone"
name = { zh = "手机", en = "Phone" }
warranty_days = 365            # in warranty for 1 year ...
warranty_starts = "activation" # ... from the activation date
return_days = 7                # certified quality fault: return within 7 days
exchange_days = 15             # exchange within 15 days
free_repair_days = 365         # free repair within 1 year

[[categories]]
id = "tv"
name = { zh = "电视", en = "TV" }
warranty_days = 365
warranty_starts = "activation"
return_days = 7
exchange_days = 30             # TVs may be exchanged within 30 days
free_repair_days = 365

[[faults]]
id = "firmware_reflash"
name = { zh = "刷机", en = "Firmware re-flashing" }
fee_fen = 0
always_free = true             # free in or out of warranty

[[faults]]
id = "disassembly_repair"
name = { zh = "拆机维修", en = "Disassembly repair" }
fee_fen = 4000                 # 40 yuan out of warranty

[[faults]]
id = "mainboard_component_repair"
name = { zh = "主板元器件维修", en = "Mainboard component repair" }
fee_fen = 8000                 # 80 yuan out of warranty
)toml";
  return kText;
}

}  // namespace fieldledger::service_policy
