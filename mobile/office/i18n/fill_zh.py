#!/usr/bin/env python3
"""Fills the Simplified Chinese translations into fieldledger_office_zh_CN.ts after lupdate.

Usage: cmake --build <build> --target fieldledger_office_lib_lupdate && python3 fill_zh.py
The office shell's texts are below; each desk keeps its own in <desk>/i18n_zh.py (a dict
ZH), so desks add translations without editing one shared table. Strings found nowhere
stay "unfinished" so Qt Linguist shows them to a translator.
"""
import pathlib
import runpy
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).parent

ZH = {
    # The office shell (OfficeMain, OfficeSession, DeskUnavailable)
    "FieldLedger office": "FieldLedger 办公台",
    "FieldLedger": "FieldLedger 外勤",
    "Dispatcher": "调度员",
    "Call-back agent": "回访专员",
    "Service manager": "服务经理",
    "Administrator": "管理员",
    "Language": "语言",
    "Sign out": "退出登录",
    "Enter your username and password.": "请输入用户名和密码。",
    "Wrong username or password.": "用户名或密码错误。",
    "This desk is for office staff; technicians sign in on the phone app.":
        "此工作台供办公室人员使用；技师请在手机应用上登录。",
    "The call-back desk": "回访工作台",
    "The dispatcher's board": "调度看板",
    "This desk is not available yet in this version of FieldLedger. You are signed in; the "
    "other desks and the technicians' phones work as usual.":
        "此版本的 FieldLedger 尚未提供该工作台。您已登录；其他工作台和技师手机照常使用。",
    # OfficeErrors
    "That job no longer exists.": "该工单已不存在。",
    "That technician is not in your company.": "该技师不属于您的公司。",
    "Give a reason: it is stored with the change.": "请填写原因：它会随修改一并保存。",
    "The window must end after it starts.": "预约时段的结束时间必须晚于开始时间。",
    "That job is completed or cancelled and can no longer change.": "该工单已完工或已取消，不能再修改。",
    "The technician has already arrived; the window can no longer move.":
        "技师已到达，预约时段不能再调整。",
    "Only a late arrival or a no-show can be excused.": "只有迟到或未上门才能免责。",
    "That job has no excusal to revoke.": "该工单没有可撤销的免责。",
    "That job has no unverified arrival to accept.": "该工单没有待确认的未核实到达。",
    "A required field is empty: %1": "必填项为空：%1",
    "A date is not valid: %1": "日期无效：%1",
    "The board fell too far behind and was reloaded.": "看板落后太多，已重新加载。",
    "Cannot reach the server; check the connection and try again.": "无法连接服务器，请检查网络后重试。",
    "Your sign-in has expired; sign in again.": "登录已过期，请重新登录。",
    "Your role may not do that.": "您的角色无权执行此操作。",
    "The server refused: %1": "服务器拒绝：%1",
}
for desk in sorted(HERE.parent.glob("*/i18n_zh.py")):
    ZH.update(runpy.run_path(str(desk))["ZH"])

path = HERE / "fieldledger_office_zh_CN.ts"
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
