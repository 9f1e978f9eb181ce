#!/usr/bin/env python3
"""Fills the English plural forms into fieldledger_office_en.ts after lupdate.

The source texts are English already; only %n messages need "1 job" / "2 jobs". Each desk
keeps its forms in <desk>/i18n_en.py (a dict EN of source -> (singular, plural)).
"""
import pathlib
import runpy
import xml.etree.ElementTree as ET

HERE = pathlib.Path(__file__).parent
EN = {}
for desk in sorted(HERE.parent.glob("*/i18n_en.py")):
    EN.update(runpy.run_path(str(desk))["EN"])

path = HERE / "fieldledger_office_en.ts"
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.find("source").text
    forms = EN.get(source)
    if not forms:
        print("untranslated plural:", source)
        continue
    translation = message.find("translation")
    translation.attrib.pop("type", None)
    for form in list(translation):
        translation.remove(form)
    for text in forms:
        ET.SubElement(translation, "numerusform").text = text
# lupdate's same-text and number heuristics guess "unfinished" English texts from other
# messages ("Saved %1" -> "Saved %1. {1?}"), and lrelease ships them: an unfinished English
# message stays empty, so the source text is shown.
for message in tree.getroot().iter("message"):
    translation = message.find("translation")
    if translation.get("type") == "unfinished" and message.get("numerus") != "yes":
        translation.text = None
ET.indent(tree, space="    ")
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
