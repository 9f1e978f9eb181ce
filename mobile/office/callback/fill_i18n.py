#!/usr/bin/env python3
"""Fills the call-back desk's strings into the office .ts files after lupdate.

Usage (from the repository root):
  cmake --build <build> --target fieldledger_office_lib_lupdate
  python3 mobile/office/callback/fill_i18n.py
Only the desk's own contexts are touched, so other desks keep their translations. In the
English file every source text is its own translation.
"""
import pathlib
import xml.etree.ElementTree as ET

CONTEXTS = {"AgentCardPane", "CallQueuePane", "RecordPane", "VisitPane", "CallBackDesk",
            "fieldledger::office::CallBackDeskController"}

ZH = {
    # My scorecard
    "No data": "暂无数据",
    "%1 min %2 s": "%1 分 %2 秒",
    "My scorecard": "我的考核",
    "Today": "今天",
    "This week": "本周",
    "This month": "本月",
    "Calls": "回访次数",
    "Reached": "接通率",
    "Called in time": "按时回访",
    "Time per call": "平均通话用时",
    "%1 unreachable · %2 wrong number": "%1 次未接通 · %2 次号码错误",
    "%1 of %2 first calls": "首次回访 %2 次中 %1 次",
    "%1 complaints · %2 repairs": "%1 条投诉 · %2 个返修单",
    # The queue
    "Repair": "维修",
    "Installation": "安装",
    "Maintenance": "保养",
    "Left the queue: %1": "已移出队列：%1",
    "Due for a call-back: %1": "待回访：%1",
    "Refresh": "刷新",
    "All technicians": "全部技师",
    "All teams": "全部班组",
    "All job types": "全部类型",
    "Overdue only": "仅看逾期",
    "Left as unreachable": "已移出（无法联系）",
    "Nothing due. Well done.": "暂无待回访，辛苦了。",
    "Due %1 · overdue": "%1 到期 · 已逾期",
    "Due %1": "%1 到期",
    "%1 · %2 · %3": "%1 · %2 · %3",
    "Attempt %1": "第 %1 次拨打",
    "On the phone: %1": "%1 正在通话",
    # Recording
    "Attitude": "服务态度",
    "Lateness": "迟到",
    "Price": "价格",
    "Quality": "维修质量",
    "Other": "其他",
    "No complaint": "无投诉",
    "Reached (R)": "已接通 (R)",
    "Unreachable (U)": "未接通 (U)",
    "Wrong number (W)": "号码错误 (W)",
    "Satisfaction (1-5)": "满意度 (1-5)",
    "Recommend 0-10 (N)": "推荐意愿 0-10 (N)",
    "—": "—",
    "Problem came back (P)": "问题复发 (P)",
    "Open a repair job for the dispatcher": "为调度员新建返修工单",
    "Complaint (C)": "投诉 (C)",
    "What the customer complained about": "客户投诉的内容",
    "Comment (M)": "备注 (M)",
    "Give back (Esc)": "放回队列 (Esc)",
    "Save and next (Enter)": "保存并下一个 (Enter)",
    # The visit
    "early": "提前到达",
    "on time": "准时",
    "late by %1 min": "迟到 %1 分钟",
    "no-show": "未到场",
    "late, excused by the dispatcher": "迟到，调度员已豁免",
    "not counted": "不计入",
    "pending": "待定",
    "no promised window": "未约定时段",
    "reached": "已接通",
    "unreachable": "未接通",
    "wrong number": "号码错误",
    "attitude": "服务态度",
    "lateness": "迟到",
    "price": "价格",
    "quality": "维修质量",
    "other": "其他",
    "Opening the visit…": "正在打开回访…",
    "Press Enter for the next visit, or click one in the queue.": "按 Enter 打开下一个回访，或在左侧队列中点选。",
    "Held for you until %1": "为您保留至 %1",
    "Copy": "复制",
    "Call": "拨打",
    "Hello, this is %1 from %2. Our technician %3 visited you on %4 for your %5. Is everything working now? On a scale of 1 to 5, how satisfied are you with the visit? How likely are you to recommend us, from 0 to 10?":
        "您好，我是%2的%1。我们的技师%3于 %4 上门处理了您的%5。现在使用正常吗？1 到 5 分，您对这次服务的满意度是几分？从 0 到 10 分，您有多大可能向朋友推荐我们？",
    "Job": "工单",
    "%1 · %2 · serial %3": "%1 · %2 · 序列号 %3",
    "Technician": "技师",
    "Arrival": "到达",
    "%1, window %2 – %3: %4": "%1 到达，约定时段 %2 – %3：%4",
    "No check-in recorded": "没有签到记录",
    "unverified": "未核实",
    "Completed": "完工",
    "Work done": "维修内容",
    "Faults: %1. Parts: %2.": "故障：%1。配件：%2。",
    "No work record was sent": "技师未上传维修记录",
    "Resolved": "是否解决",
    "Yes": "是",
    "No, needs another visit": "否，需要再次上门",
    "Fee": "费用",
    "No fee reported": "未上报费用",
    "%1 (the server's check agrees)": "%1（服务器核算一致）",
    "%1 by the server, %2 on the phone: %3": "服务器核算 %1，手机显示 %2：%3",
    "Signed by": "签字人",
    "No signature image or photos": "没有签名图片或照片",
    "Earlier calls": "历次回访",
    "First call to this customer": "首次回访该客户",
    "score %1": "%1 分",
    "complaint: %1": "投诉：%1",
    # Controller
    "Another agent is on the phone with this customer. Choose another visit.":
        "另一位回访专员正在与该客户通话，请选择其他回访。",
    "This visit is no longer due for a call-back.": "该回访已无需再拨打。",
    "Nothing left to call right now.": "目前没有待拨打的回访。",
    "Saved %1. Repair job %2 opened for the dispatcher.": "已保存 %1。已为调度员新建返修工单 %2。",
    "Saved %1.": "已保存 %1。",
    "Copied %1": "已复制 %1",
}
PLURAL_ZH = {"%n picture(s) not uploaded by the phone yet": "还有 %n 张图片未从手机上传"}


def fill(path, chinese):
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().findall("context"):
        if context.find("name").text not in CONTEXTS:
            continue
        for message in context.findall("message"):
            source = message.find("source").text
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                context.remove(message)  # no longer in the desk's sources
                continue
            if message.get("numerus") == "yes":
                text = PLURAL_ZH.get(source) if chinese else source
                if text is None:
                    missing.append(source)
                    continue
                for form in list(translation):
                    translation.remove(form)
                forms = 1 if chinese else 2
                for _ in range(forms):
                    ET.SubElement(translation, "numerusform").text = text if chinese else source
                translation.attrib.pop("type", None)
                continue
            text = ZH.get(source) if chinese else source
            if text is None:
                missing.append(source)
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


here = pathlib.Path(__file__).resolve().parent.parent / "i18n"
missing = fill(here / "fieldledger_office_zh_CN.ts", True)
fill(here / "fieldledger_office_en.ts", False)
if missing:
    raise SystemExit("no Chinese for: " + "; ".join(missing))
