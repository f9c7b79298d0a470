#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Fills a .ts file's unfinished messages from a table of translations.

usage: fill-ts.py FILE.ts TABLE.tsv

TABLE.tsv has one message a line: the source text, a tab, its translation, with newlines written
as \\n and backslashes as \\\\. For a plural message (%n) the translation's forms are separated by
' || '. Messages the table does not name, and finished ones, are left as they are; run
'ninja update_translations' afterwards, which writes the file back in lupdate's own layout.
"""
import sys
import xml.etree.ElementTree as ET


def unescape(text):
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append("\n" if text[i + 1] == "n" else text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def main():
    ts_path, table_path = sys.argv[1:3]
    table = {}
    with open(table_path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if "\t" in line:
                source, translation = line.split("\t", 1)
                table[unescape(source)] = unescape(translation)
    tree = ET.parse(ts_path)
    filled = missing = 0
    for m in tree.getroot().iter("message"):
        t = m.find("translation")
        if t is None:
            t = ET.SubElement(m, "translation", type="unfinished")
        if t.get("type") != "unfinished":
            continue
        source = m.findtext("source")
        if source not in table:
            missing += 1
            continue
        if m.get("numerus") == "yes":
            for child in list(t):
                t.remove(child)
            t.text = None
            for form in table[source].split(" || "):
                ET.SubElement(t, "numerusform").text = form
        else:
            t.text = table[source]
        del t.attrib["type"]
        filled += 1
    with open(ts_path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    print(f"{ts_path}: {filled} filled, {missing} still unfinished")


if __name__ == "__main__":
    main()
