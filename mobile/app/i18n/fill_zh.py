#!/usr/bin/env python3
"""Fills the Simplified Chinese translations into fieldledger_zh_CN.ts after lupdate.

Usage: lupdate ... -ts fieldledger_zh_CN.ts && python3 fill_zh.py
Strings not listed here stay "unfinished" so Qt Linguist shows them to a translator.
"""
import pathlib
import xml.etree.ElementTree as ET

ZH = {
    "This record belongs to no job but named one.": "这条记录不属于任何工单，却填写了工单。",
    "The self-assessment was empty.": "自评内容为空。",
    "The self-assessment holds characters that cannot be stored or is longer than 4000 bytes.":
        "自评含有无法保存的字符，或超过 4000 字节。",
    "The self-assessment's month is not a valid date.": "自评所属月份不是有效日期。",
    "That month's assessment is already published; it can no longer change.":
        "该月考核已发布，不能再修改。",
    "The server already has a different record with this record's id.":
        "服务器上已有同一编号但内容不同的记录。",
    "The server is checking many sign-ins at once. Try again in a few seconds.":
        "服务器正在同时核验大量登录，请几秒后再试。",
    "This sign-in has ended. Sign in again.": "此次登录已结束，请重新登录。",
    # Photos of the work
    "Choose a photo of the work": "选择维修照片",
    "Pictures (*.jpg *.jpeg *.png)": "图片 (*.jpg *.jpeg *.png)",
    "Photos (%1 of %2)": "照片（%1 / %2）",
    "Remove photo": "删除照片",
    "Add photo": "添加照片",
    "At most %1 photos per visit.": "每次上门最多 %1 张照片。",
    "That file is not a picture.": "该文件不是图片。",
    # Pages
    "Fee": "费用",
    "Fee to be confirmed by the office": "费用待公司确认",
    "One line per fault": "每个故障一行",
    "Rules: %1": "规则：%1",
    "Customer signs": "客户签字",
    "Change the work record": "修改服务记录",
    "Job": "工单",
    "Arrival window %1": "到达时段 %1",
    "Navigate": "导航",
    "The dispatcher reassigned or cancelled this job. Your record is kept and will be sent.":
        "调度员已改派或取消此工单。您的记录已保留，将会上传。",
    "On my way": "出发",
    "On the way since %1": "%1 出发，在路上",
    "Arrived": "已到达",
    "Location ready (±%1 m)": "已定位（±%1 米）",
    "Waiting for location… you can still check in": "正在定位… 仍可直接签到",
    "Arrived at %1": "%1 到达",
    "Position %1": "位置 %1",
    "No position was available": "未能获取位置",
    "Record the work": "填写服务记录",
    "Work recorded · fee %1": "已记录服务 · 费用 %1",
    "to be confirmed": "待确认",
    "Fee and customer signature": "费用与客户签字",
    "Completed at %1": "%1 完工",
    "Completed": "已完工",
    "Signed by %1": "签字人：%1",
    "Open the service report": "打开服务报告",
    "Sign in": "登录",
    "FieldLedger": "FieldLedger 外勤",
    "Your visits, on time and on record": "准时上门，有据可查",
    "Server (host:port)": "服务器（主机:端口）",
    "Username": "用户名",
    "Password": "密码",
    "Signing in…": "正在登录…",
    "Back": "返回",
    "Language": "语言",
    "Sign out": "退出登录",
    "%1 min": "%1 分钟",
    "%1 h": "%1 小时",
    "%1 h %2 min": "%1 小时 %2 分钟",
    "Opens in %1": "%1 后开始",
    "Late by %1": "已迟到 %1",
    "Closes in %1": "%1 后结束",
    "Customer signature": "客户签字",
    "Please check the visit and sign below": "请核对服务内容并在下方签字",
    "Sign here": "请在此签字",
    "Undo stroke": "撤销一笔",
    "Clear": "清除",
    "Signer's name": "签字人姓名",
    "Confirm and complete": "确认并完工",
    "%n rejected": "%n 条被拒",
    "Sync now": "立即同步",
    "%1 · %n job(s)": "%1 · %n 个工单",
    "Saved on phone, not yet sent": "已保存在手机，尚未上传",
    "No jobs today. Tap Sync now to fetch new ones.": "今天没有工单。点“立即同步”获取新工单。",
    "Work": "服务",
    "Signed": "签字",
    "Work record": "服务记录",
    "Work done": "服务内容",
    "Checks": "检查项目",
    "Parts used (one per line)": "使用的配件（每行一个）",
    "e.g. Battery BL-5C": "例如：电池 BL-5C",
    "Notes": "备注",
    "What you found and did": "发现的问题和处理",
    "Outcome": "结果",
    "Resolved": "已解决",
    "Needs another visit": "需要再次上门",
    "Quality fault certified by a service centre": "经服务中心鉴定为质量故障",
    "Fee: %1": "费用：%1",
    "The fee cannot be worked out for this job": "此工单无法计算费用",
    "Save and show the fee": "保存并查看费用",
    # Session
    "receiving jobs %1 of %2": "接收工单 %1/%2",
    "sending %1 of %2": "上传 %1/%2",
    "Today, %1": "今天，%1",
    "Syncing…": "正在同步…",
    "Syncing: %1": "正在同步：%1",
    "Offline · %n waiting to send": "离线 · %n 条待上传",
    "Offline": "离线",
    "Sync error: %1": "同步出错：%1",
    "%n waiting to send": "%n 条待上传",
    "Up to date · %1": "已同步 · %1",
    "Up to date": "已同步",
    "Enter your username and password.": "请输入用户名和密码。",
    "Early: before the window opened": "提前：早于到达时段",
    "mock location": "模拟位置",
    "no usable position": "无可用位置",
    "outside the site": "不在现场范围内",
    "clock not trusted": "时钟不可信",
    "Not counted: the arrival could not be verified (%1)": "不计入：到达未能核实（%1）",
    "Counts as late: the arrival could not be verified (%1)": "计为迟到：到达未能核实（%1）",
    "This work record cannot be saved: %1": "无法保存此服务记录：%1",
    "On time": "准时",
    "%1 (±%2 m)": "%1（±%2 米）",
    "The office has not given this job's product category and purchase date, so the "
    "fee cannot be worked out on the phone. The office will confirm it.":
        "公司未提供此工单的产品类别和购买日期，手机上无法计算费用，将由公司确认。",
    # Signature pad and visit
    "Please sign in the box.": "请在框内签字。",
    "That is too short to be a signature. Please sign your name.": "签字太短，请签写您的姓名。",
    "Please enter the signer's name.": "请填写签字人姓名。",
    "The name is too long (at most 100 characters).": "姓名太长（最多 100 个字）。",
    "The name contains characters that cannot be stored.": "姓名包含无法保存的字符。",
    "This job is no longer on the phone.": "此工单已不在手机上。",
    "The visit is already completed.": "此次上门已完工。",
    "Tap Arrived first.": "请先点“已到达”。",
    "Choose at least one work item.": "请至少选择一项服务内容。",
    "Record the work first.": "请先填写服务记录。",
    # Visit summary and report
    "Service report": "服务报告",
    "%1 service report": "%1 服务报告",
    "Signed by %1 at %2": "签字人 %1，签字时间 %2",
    "Visit summary SHA-256: %1": "服务摘要 SHA-256：%1",
    "Job %1": "工单 %1",
    "Customer: %1": "客户：%1",
    "Address: %1": "地址：%1",
    "Product: %1 %2": "产品：%1 %2",
    "Arrived: %1": "到达：%1",
    "Work: %1": "服务内容：%1",
    "Job type: %1": "服务类型：%1",
    "Checked: %1": "已检查：%1",
    "Parts used: %1": "配件：%1",
    "Notes: %1": "备注：%1",
    "Outcome: resolved": "结果：已解决",
    "Outcome: needs another visit": "结果：需要再次上门",
    "Quality fault certified": "已鉴定为质量故障",
    "Fee: to be confirmed by the office": "费用：待公司确认",
    # Sync page and menu
    "Menu": "菜单",
    "Sync": "同步",
    "Show what is waiting to be sent": "查看待上传的记录",
    "Arrival": "到达签到",
    "Completion and signature": "完工与签字",
    "Discard of a rejected record": "放弃被拒记录",
    "Rejected by the server": "被服务器拒收",
    "Waiting to be sent": "等待上传",
    "Server: %1": "服务器：%1",
    "Discard": "放弃",
    "Keep": "保留",
    "Nothing is waiting to be sent.": "没有等待上传的记录。",
    "Synced · a record needs your decision": "已同步 · 有记录需要您处理",
    # Server and network messages
    "The office has removed this job.": "公司已删除此工单。",
    "This job is no longer assigned to you, so the server cannot take a visit record for it.":
        "此工单已不再派给您，服务器无法接收它的上门记录。",
    "The phone's clock was ahead of the server's when this was recorded.":
        "记录时手机时间比服务器快。",
    "The phone's clock was wrong when this was recorded.": "记录时手机时间不正确。",
    "The position recorded with this was not valid.": "随记录保存的位置无效。",
    "The work record breaks the server's limits.": "服务记录超出服务器的限制。",
    "The record was empty.": "记录为空。",
    "That record belongs to another technician.": "该记录属于其他技师。",
    "Only a refused record can be discarded.": "只能放弃被拒收的记录。",
    "The server refused this record (%1).": "服务器拒收了此记录（%1）。",
    "Cannot reach the server. Check the connection and the server address, then try again.":
        "无法连接服务器。请检查网络和服务器地址后重试。",
    "The username or password is wrong.": "用户名或密码错误。",
    "Too many attempts. Wait a few minutes, then try again.": "尝试次数过多，请几分钟后再试。",
    "This app is for technicians; %1 should use the office view.":
        "此应用供技师使用；%1 请使用办公室界面。",
    "%1 has %2 unsent records on this phone: they must sign in and sync first.":
        "%1 在此手机上有 %2 条未上传的记录：需要先登录并同步。",
    "Unsent records from the previous technician are still on this phone.":
        "上一位技师未上传的记录仍在此手机上。",
    "This account is disabled.": "此账号已停用。",
    "The server refused the sign-in (%1).": "服务器拒绝登录（%1）。",
    "The server cannot be reached; your work is saved on the phone.":
        "无法连接服务器；您的记录已保存在手机上。",
    "You were signed out. Sign in again to send your work.": "您已退出登录，请重新登录以上传记录。",
    "This account may not sync from this phone.": "此账号不能在这部手机上同步。",
    "The server is busy. The phone tries again shortly.": "服务器繁忙，手机稍后会自动重试。",
    "The server refused the sync (%1).": "服务器拒绝同步（%1）。",
    "The phone could not sync (%1).": "手机同步失败（%1）。",
    "Syncing already; another pass follows.": "正在同步；完成后会再同步一次。",
    "No connection. Your work is saved on the phone and is sent when the connection is back.":
        "没有网络。您的记录已保存在手机上，网络恢复后会自动上传。",
    "Synced. The server refused %n record(s): see Sync.": "已同步。服务器拒收了 %n 条记录：请查看“同步”。",
    "Synced.": "已同步。",
    "Settings": "设置",
    "Technician: %1": "技师：%1",
    "Call %1": "拨打 %1",
    "This device cannot place calls. The number is %1.": "此设备无法拨打电话。号码是 %1。",
    "No map app could be opened. The address is: %1": "无法打开地图应用。地址：%1",
    "No PDF viewer could be opened. The report is saved at %1": "无法打开 PDF 阅读器。报告已保存在 %1",
    "Theme": "外观",
    "Follow the phone": "跟随手机",
    "Light": "浅色",
    "Dark (for basements and night work)": "深色（适合地下室和夜间作业）",
    "Not sent: %1": "未上传：%1",
    "Discard this record?": "放弃这条记录？",
    "%1 will not be sent again. The office is told that you discarded it.":
        "%1 将不再上传，公司会收到您放弃此记录的通知。",
    # Scorecard
    "My scorecard": "我的绩效",
    "No scorecard on this phone yet. It is fetched after the next sync.":
        "手机上还没有绩效数据，下次同步后获取。",
    "No scorecard yet. It is fetched after each sync.": "还没有绩效数据，每次同步后获取。",
    "Updated %1": "更新于 %1",
    "Offline · as of %1": "离线 · 截至 %1",
    "As of %1": "截至 %1",
    "No data": "暂无数据",
    "%1%": "%1%",
    "MMMM yyyy": "yyyy年M月",
    "d MMM": "M月d日",
    "%1 – %2": "%1 – %2",
    "%n late": "迟到 %n 次",
    "%n no-show": "未上门 %n 次",
    "%n excused": "免责 %n 次",
    "This week": "本周",
    "This month": "本月",
    "Retention": "维修保持率",
    "Satisfaction": "满意度",
    "arrived within the window": "在预约时段内到达",
    "repairs that held": "修好后没有返修",
    "satisfied customers, of those reached": "回访接通的客户中表示满意的",
    "Counted by the server with the company's rules. Recent jobs count once the repair has "
    "had time to hold and the customer has been called back.":
        "由服务器按公司规则计算。最近的工单要等维修观察期结束、客户回访完成后才计入。",
    # Shift card and self-assessment (docs/attendance.md, docs/assessment.md)
    "Shift %1": "班次 %1",
    "No shift scheduled today": "今天没有排班",
    "waiting to sync": "等待同步",
    "Start shift": "上班打卡",
    "End shift": "下班打卡",
    "Checked in at %1": "%1 已打卡",
    " · checked out at %1": " · %1 下班",
    "on time": "准时",
    "late": "迟到",
    "no shift scheduled today": "今天没有排班",
    "The office has it: on time.": "公司已收到：准时。",
    "The office has it: late.": "公司已收到：迟到。",
    "The office has it, but no shift was scheduled for you that day.": "公司已收到，但您当天没有排班。",
    "The office has it; that day is approved leave.": "公司已收到；当天是已批准的假期。",
    "The shift was already checked in.": "该班次已经打过卡。",
    "Its time or place could not be verified.": "打卡的时间或位置无法核实。",
    "My assessment": "我的自评",
    "Self-assessment for %1": "%1 自评",
    "MMMM yyyy": "yyyy年M月",
    "What went well this month, what did not, and what you need.": "本月做得好的、不足的，以及您需要的支持。",
    "Write your self-assessment": "写下您的自评",
    "%1 / %2": "%1 / %2",
    "Save": "保存",
    "Saved on the phone; it is sent at the next sync.": "已保存在手机上，下次同步时上传。",
    "Your manager can read it.": "主管已可查看。",
    "Not accepted: this month is already published.": "未被接受：本月考核已发布。",
    "Not accepted: the text holds characters that are not allowed.": "未被接受：文字中含有不允许的字符。",
    "Not accepted: %1": "未被接受：%1",
    "Not written yet.": "尚未填写。",
    "At most %1 bytes; this text has %2.": "最多 %1 字节；当前文字有 %2 字节。",
    "Write something first.": "请先填写内容。",
    "Start of shift": "上班打卡",
    "End of shift": "下班打卡",
    "Self-assessment": "自评",
}

path = pathlib.Path(__file__).with_name("fieldledger_zh_CN.ts")
tree = ET.parse(path)
missing = []
for message in tree.getroot().iter("message"):
    source = message.find("source").text
    translation = message.find("translation")
    text = ZH.get(source)
    if text is None:
        missing.append(source)
        continue
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for form in list(translation):
            translation.remove(form)
        ET.SubElement(translation, "numerusform").text = text  # Chinese has one form
    else:
        translation.text = text
ET.indent(tree, space="    ")
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
for source in missing:
    print("untranslated:", source)
