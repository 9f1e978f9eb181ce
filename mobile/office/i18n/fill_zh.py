#!/usr/bin/env python3
"""Fills the Simplified Chinese translations into fieldledger_office_zh_CN.ts after lupdate.

Usage: cmake --build build --target fieldledger_office_lib_lupdate && python3 fill_zh.py
Strings not listed here stay "unfinished" so Qt Linguist shows them to a translator;
the script prints them. A desk may keep its own table in <desk>/i18n_zh.py (a dict ZH,
e.g. manager/i18n_zh.py), merged in below, so desks add translations without all editing
this one table.
"""
import pathlib
import runpy
import xml.etree.ElementTree as ET

ZH = {
    # The shell and the sign-in
    "FieldLedger office": "FieldLedger 办公台",
    "FieldLedger": "FieldLedger 外勤",
    "Dispatcher": "调度员",
    "Call-back agent": "回访专员",
    "Service manager": "服务经理",
    "Administrator": "管理员",
    "%1 · %2": "%1 · %2",
    "Language": "语言",
    "Sign out": "退出登录",
    "Enter your username and password.": "请输入用户名和密码。",
    "Wrong username or password.": "用户名或密码错误。",
    "This desk is for office staff; technicians sign in on the phone app.":
        "此工作台供办公室人员使用；技师请在手机应用上登录。",
    "This desk is not available yet in this version of FieldLedger. You are signed in; the other desks and the technicians' phones work as usual.":
        "此版本的 FieldLedger 尚未提供该工作台。您已登录；其他工作台和技师手机照常可用。",
    "The call-back desk": "回访工作台",
    "The manager's desk": "经理工作台",
    # The desk's bar
    "Previous day (Alt+Left)": "前一天（Alt+←）",
    "Next day (Alt+Right)": "后一天（Alt+→）",
    "Today": "今天",
    "Today, %1": "今天，%1",
    "YYYY-MM-DD": "年-月-日",
    "Live": "实时",
    "Reconnecting…": "正在重新连接…",
    "Connecting…": "正在连接…",
    "New job": "新建工单",
    "Create a job (Ctrl+N)": "新建工单（Ctrl+N）",
    "Jobs (%1)": "工单（%1）",
    "At risk (%1)": "风险（%1）",
    # Timeline
    "Open": "打开",
    "Assign to": "改派给",
    "Reschedule…": "改期…",
    "Excuse…": "免责…",
    "Cancel job…": "取消工单…",
    "phone never synced": "手机从未同步",
    "synced %1": "%1 同步",
    # List
    "Every state": "全部状态",
    "At risk": "有风险",
    "Not yet due": "未到时间",
    "On the way": "在路上",
    "Arrived early": "提前到达",
    "On time": "准时",
    "Late": "迟到",
    "No-show": "未到场",
    "Unverified": "未核实",
    "Unknown (phone offline)": "未知（手机离线）",
    "Completed": "已完工",
    "Cancelled": "已取消",
    "Excused": "已免责",
    "Search reference, customer, phone, address (Ctrl+F)": "搜索工单号、客户、电话、地址（Ctrl+F）",
    "Every team": "全部班组",
    "Every technician": "全部技师",
    "Window": "时段",
    "Job": "工单",
    "Technician": "技师",
    "State": "状态",
    "No jobs match.": "没有符合条件的工单。",
    "No window is at risk.": "没有有风险的时段。",
    # States and alerts (BoardTexts)
    "%1 min": "%1 分钟",
    "%1 h": "%1 小时",
    "%1 h %2 min": "%1 小时 %2 分钟",
    "outside the fence by %1 m": "超出围栏 %1 米",
    "clock corrected by %1": "时钟校正 %1",
    "mock location": "模拟定位",
    "no position": "无定位",
    ", ": "，",
    "not yet due": "未到时间",
    "on the way": "在路上",
    "arrived early": "提前到达",
    "on time": "准时",
    "late by %1": "迟到 %1",
    "no-show": "未到场",
    "unverified arrival: %1": "到达未核实：%1",
    "completed": "已完工",
    "cancelled": "已取消",
    "excused": "已免责",
    "unknown: phone offline since %1": "未知：手机自 %1 起离线",
    "unknown: phone has never synced": "未知：手机从未同步",
    "not set off; window ends in %1": "尚未出发；时段 %1 后结束",
    "about %1 away; window ends in %2": "约 %1 路程；时段 %2 后结束",
    "phone quiet since %1": "手机自 %1 起无消息",
    "phone has never synced": "手机从未同步",
    # Detail
    "Close": "关闭",
    "Customer": "客户",
    "Address": "地址",
    "Product": "产品",
    "Cancelled because": "取消原因",
    "Excused because": "免责原因",
    "Flagged": "已标记",
    "Assign": "改派",
    "Revoke excusal…": "撤销免责…",
    "Accept arrival…": "认可到达…",
    "History": "历史记录",
    "Reason: %1": "原因：%1",
    "Loading the history…": "正在加载历史记录…",
    # History
    "Job created": "创建工单",
    "On my way": "出发",
    "Arrived (verified)": "到达（已核实）",
    "Arrived (unverified)": "到达（未核实）",
    "Work recorded": "记录维修",
    "Completed and signed": "完工并签字",
    "Call-back": "回访",
    "Phone record refused by the server": "服务器拒收的手机记录",
    "Reassigned": "改派",
    "Rescheduled": "改期",
    "Excusal revoked": "撤销免责",
    "Unverified arrival accepted": "认可未核实的到达",
    "faults: %1": "故障：%1",
    "resolved": "已解决",
    "needs another visit": "需要再次上门",
    "fee %1 yuan, checked by the server": "费用 %1 元，服务器核对一致",
    "fee %1 yuan; server check: %2": "费用 %1 元；服务器核对：%2",
    "signed by %1": "签字人：%1",
    "customer not reached": "未联系上客户",
    "score %1 of 5": "评分 %1 / 5",
    "the problem came back": "问题复发",
    "was a no-show": "原为未到场",
    "was late": "原为迟到",
    "excused in advance": "提前免责",
    "%1, %2 (±%3 m)%4": "%1, %2（±%3 米）%4",
    ", mock location": "，模拟定位",
    # Dialogs
    "Cancel the job": "取消工单",
    "Excuse the late arrival or no-show": "为迟到或未到场免责",
    "Revoke the excusal": "撤销免责",
    "Accept the unverified arrival": "认可未核实的到达",
    "Reason (stored with the change)": "原因（随更改一并保存）",
    "Confirm": "确认",
    "Back": "返回",
    "Reschedule": "改期",
    "Date": "日期",
    "From": "开始",
    "To": "结束",
    "Reason": "原因",
    "e.g. the customer asked": "例如：客户要求",
    "Times are HH:MM, the date YYYY-MM-DD.": "时间格式为 时:分，日期格式为 年-月-日。",
    "The site needs its latitude and longitude (decimal degrees).": "需要填写现场的纬度和经度（十进制度数）。",
    "Phone": "电话",
    "Latitude": "纬度",
    "Longitude": "经度",
    "Category": "品类",
    "e.g. phone, tv, aircon": "例如：phone、tv、aircon",
    "Serial": "序列号",
    "Job type": "工单类型",
    "Repair": "维修",
    "Installation": "安装",
    "Maintenance": "保养",
    "Purchased": "购买日期",
    "Activated": "激活日期",
    "Problem": "故障描述",
    "Create job": "创建工单",
    # Refusals (OfficeErrors)
    "That job no longer exists.": "该工单已不存在。",
    "That technician is not in your company.": "该技师不属于您的公司。",
    "Give a reason: it is stored with the change.": "请填写原因：原因会随更改一并保存。",
    "That job is completed or cancelled and can no longer change.": "该工单已完工或已取消，不能再更改。",
    "The technician has already arrived; the window can no longer move.": "技师已到达，时段不能再更改。",
    "The window must end after it starts, in the future, within 7 days.": "时段必须先开始后结束、尚未结束，且不超过 7 天。",
    "The arrival was early or on time: there is nothing to excuse.": "到达是提前或准时的，无需免责。",
    "That job has no promised window: there is nothing to excuse.": "该工单没有承诺时段，无需免责。",
    "The arrival is unverified and the scoring policy leaves it out of the on-time rate: an excusal would change nothing.":
        "该到达未经核实，评分策略已将其排除在准时率之外：免责不会改变任何结果。",
    "Jobs can only be assigned to technicians.": "工单只能派给技师。",
    "That technician's account is disabled.": "该技师的账号已停用。",
    "A field is longer than 500 characters: %1": "字段超过 500 个字符：%1",
    "The coordinates are out of range (latitude -90 to 90, longitude -180 to 180).": "坐标超出范围（纬度 -90 到 90，经度 -180 到 180）。",
    "The window closed with no arrival: excuse the no-show instead of moving it.": "时段已结束且无人到达：请为未到场免责，而不是改期。",
    "The day must be YYYY-MM-DD.": "日期格式必须为 年-月-日。",
    "That job has no excusal to revoke.": "该工单没有可撤销的免责。",
    "That job has no unverified arrival to accept.": "该工单没有待认可的未核实到达。",
    "A required field is empty: %1": "必填项为空：%1",
    "A date is not valid: %1": "日期无效：%1",
    "A field holds characters that cannot be stored (control characters or broken text): %1":
        "字段含有无法保存的字符（控制字符或损坏的文字）：%1",
    "This request was already sent with different content; reload and try again.":
        "此请求已以不同内容发送过；请刷新后重试。",
    "customer": "客户",
    "phone": "电话",
    "address": "地址",
    "technician": "技师",
    "product": "产品",
    "serial": "序列号",
    "category": "品类",
    "purchase date": "购买日期",
    "activation date": "激活日期",
    "problem": "故障描述",
    "reason": "原因",
    "reference": "工单号",
    "Cannot reach the server; check the connection and try again.": "无法连接服务器，请检查网络后重试。",
    "Your sign-in has expired; sign in again.": "登录已过期，请重新登录。",
    "Your role may not do that.": "您的角色无权执行此操作。",
    "The server refused: %1": "服务器拒绝：%1",
}

for desk in sorted(pathlib.Path(__file__).parent.parent.glob("*/i18n_zh.py")):
    for source, text in runpy.run_path(str(desk))["ZH"].items():
        ZH.setdefault(source, text)

path = pathlib.Path(__file__).with_name("fieldledger_office_zh_CN.ts")
tree = ET.parse(path)
missing = 0
for message in tree.getroot().iter("message"):
    source = message.find("source").text
    translation = message.find("translation")
    if source in ZH:
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            # Chinese has one plural form.
            for form in list(translation):
                translation.remove(form)
            ET.SubElement(translation, "numerusform").text = ZH[source]
        else:
            translation.text = ZH[source]
    else:
        missing += 1
        print("untranslated:", source)
ET.indent(tree, space="    ")
tree.write(path, encoding="utf-8", xml_declaration=True)
print("missing", missing)
