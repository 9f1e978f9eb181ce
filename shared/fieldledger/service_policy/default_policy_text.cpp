// Generated from docs/policies/service-default.toml; keep byte-identical (a unit test
// compares them). Embedded so devices have the default policy offline.
#include "fieldledger/service_policy/default_policy.h"

namespace fieldledger::service_policy {

std::string_view DefaultPolicyText() {
  static constexpr std::string_view kText =
      R"toml(# FieldLedger default service policy: the phone maker's rules from the domain notes, and
# the job types of the seed's trades (phone repair, TV repair and installation,
# air-conditioner installation and repair). The phone and TV rules are the notes'; the
# air-conditioner terms and every fee beyond the notes' three are examples.
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
version = "1.1.0"
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

[[categories]]
id = "aircon"
name = { zh = "空调", en = "Air conditioner" }
warranty_days = 365
warranty_starts = "purchase"   # an air conditioner is not activated; warranty runs from the sale
return_days = 7
exchange_days = 15
free_repair_days = 365

[[faults]]
id = "firmware_reflash"
name = { zh = "刷机", en = "Firmware re-flashing" }
fee_fen = 0
always_free = true             # free in or out of warranty
categories = ["phone", "tv"]

[[faults]]
id = "disassembly_repair"
name = { zh = "拆机维修", en = "Disassembly repair" }
fee_fen = 4000                 # 40 yuan out of warranty
categories = ["phone", "tv"]

[[faults]]
id = "mainboard_component_repair"
name = { zh = "主板元器件维修", en = "Mainboard component repair" }
fee_fen = 8000                 # 80 yuan out of warranty
categories = ["phone", "tv"]

# TV installation work items.
[[faults]]
id = "tv_wall_mount"
name = { zh = "电视挂墙安装", en = "TV wall mounting" }
fee_fen = 0
always_free = true             # installation of a new set is free
categories = ["tv"]

[[faults]]
id = "tv_stand_setup"
name = { zh = "电视座装及调试", en = "TV stand set-up and tuning" }
fee_fen = 0
always_free = true
categories = ["tv"]

# Air-conditioner work items.
[[faults]]
id = "aircon_standard_install"
name = { zh = "空调标准安装", en = "Air-conditioner standard installation" }
fee_fen = 0
always_free = true             # the standard installation comes with the purchase
categories = ["aircon"]

[[faults]]
id = "aircon_extra_piping"
name = { zh = "加长铜管", en = "Extra copper piping" }
fee_fen = 6000
categories = ["aircon"]

[[faults]]
id = "aircon_outdoor_bracket"
name = { zh = "室外机支架", en = "Outdoor unit bracket" }
fee_fen = 15000
categories = ["aircon"]

[[faults]]
id = "aircon_refrigerant_recharge"
name = { zh = "补充冷媒（加氟）", en = "Refrigerant recharge" }
fee_fen = 15000
categories = ["aircon"]

[[faults]]
id = "aircon_control_board_repair"
name = { zh = "电脑板维修", en = "Control board repair" }
fee_fen = 20000
categories = ["aircon"]

[[faults]]
id = "aircon_deep_cleaning"
name = { zh = "空调深度清洗", en = "Deep cleaning" }
fee_fen = 8000
categories = ["aircon"]

# What each job type's work form offers and asks the technician to confirm. The fee of a
# work item follows the rules above (warranty, always_free, several_faults).
[[job_types]]
kind = "repair"
category = "phone"
name = { zh = "手机维修", en = "Phone repair" }
work_items = ["firmware_reflash", "disassembly_repair", "mainboard_component_repair"]
checks = [
  { id = "data_backup_offered", name = { zh = "已提醒客户备份数据", en = "Customer reminded to back up data" } },
  { id = "power_on_test", name = { zh = "开机及通话测试正常", en = "Power-on and call test passed" } },
]

[[job_types]]
kind = "repair"
category = "tv"
name = { zh = "电视维修", en = "TV repair" }
work_items = ["firmware_reflash", "disassembly_repair", "mainboard_component_repair"]
checks = [
  { id = "picture_sound_test", name = { zh = "画面及声音测试正常", en = "Picture and sound test passed" } },
]

[[job_types]]
kind = "installation"
category = "tv"
name = { zh = "电视安装", en = "TV installation" }
work_items = ["tv_wall_mount", "tv_stand_setup"]
checks = [
  { id = "mount_level", name = { zh = "挂架水平牢固", en = "Mount level and secure" } },
  { id = "picture_sound_test", name = { zh = "画面及声音测试正常", en = "Picture and sound test passed" } },
]

[[job_types]]
kind = "installation"
category = "aircon"
name = { zh = "空调安装", en = "Air-conditioner installation" }
work_items = ["aircon_standard_install", "aircon_extra_piping", "aircon_outdoor_bracket"]
checks = [
  { id = "vacuum_done", name = { zh = "已抽真空", en = "Lines vacuumed" } },
  { id = "leak_test", name = { zh = "检漏合格", en = "Leak test passed" } },
  { id = "drain_test", name = { zh = "排水测试通畅", en = "Drain test passed" } },
  { id = "cooling_test", name = { zh = "制冷制热测试正常", en = "Cooling and heating test passed" } },
]

[[job_types]]
kind = "repair"
category = "aircon"
name = { zh = "空调维修", en = "Air-conditioner repair" }
work_items = ["aircon_refrigerant_recharge", "aircon_control_board_repair", "aircon_deep_cleaning"]
checks = [
  { id = "leak_test", name = { zh = "检漏合格", en = "Leak test passed" } },
  { id = "cooling_test", name = { zh = "制冷制热测试正常", en = "Cooling and heating test passed" } },
]
)toml";
  return kText;
}

}  // namespace fieldledger::service_policy
