#!/usr/bin/env python3
"""Fills the English plural forms into fieldledger_en.ts (lupdate -pluralonly).

The source texts are English already; only %n messages need "1 job" / "2 jobs".
"""
import pathlib
import xml.etree.ElementTree as ET

EN = {
    "%n rejected": ("%n rejected", "%n rejected"),
    "%1 · %n job(s)": ("%1 · %n job", "%1 · %n jobs"),
    "Offline · %n waiting to send": ("Offline · %n waiting to send", "Offline · %n waiting to send"),
    "%n waiting to send": ("%n waiting to send", "%n waiting to send"),
    "%n late": ("%n late", "%n late"),
    "%n no-show": ("%n no-show", "%n no-shows"),
    "%n excused": ("%n excused", "%n excused"),
    "Synced. The server refused %n record(s): see Sync.":
        ("Synced. The server refused %n record: see Sync.",
         "Synced. The server refused %n records: see Sync."),
}

path = pathlib.Path(__file__).with_name("fieldledger_en.ts")
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    forms = EN.get(message.find("source").text)
    if not forms:
        print("untranslated:", message.find("source").text)
        continue
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    for element, text in zip(translation.findall("numerusform"), forms):
        element.text = text
ET.indent(tree, space="    ")
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
