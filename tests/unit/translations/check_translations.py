#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Fails when a .ts file is out of date with the sources or a zh_CN message is unfinished.

usage: check_translations.py LUPDATE LRELEASE SOURCES_LIST INCLUDE_DIRS TS_FILE... -- OPTIONS...
(INCLUDE_DIRS separated by colons)

Out of date: lupdate, run with the build's options over the same sources into a temporary copy
of each .ts, must find exactly the messages the committed file has (run 'ninja
update_translations' and translate the new entries). Unfinished: every message of a file other
than vireo_en.ts needs a finished translation that keeps the source's %1.. placeholders and
%n, and lrelease must report no unfinished or untranslated text. Mismatched: a string marked
with QT_TRANSLATE_NOOP / QT_TR_NOOP in a context that no tr() call of its file displays it
through (check_contexts.py).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_contexts import check_contexts  # noqa: E402


def messages(path):
    """(context, source, comment, numerus) -> message element."""
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for m in context.iter("message"):
            key = (name, m.findtext("source"), m.findtext("comment") or "",
                   m.get("numerus") == "yes")
            out[key] = m
    return out


def placeholders(text):
    return sorted(set(re.findall(r"%(?:\d+|n)", text or "")))


def check_translated(path, problems):
    for (context, source, _, numerus), m in messages(path).items():
        t = m.find("translation")
        where = f"{os.path.basename(path)}: [{context}] {source!r}"
        if t is None or t.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: unfinished")
            continue
        forms = [f.text or "" for f in t.iter("numerusform")] if numerus else [t.text or ""]
        if not any(forms) or not all(f.strip() for f in forms):
            problems.append(f"{where}: empty translation")
            continue
        for f in forms:
            # A plural form may leave %n out ("一个"), never a numbered argument.
            want = [p for p in placeholders(source) if p != "%n" or not numerus]
            have = [p for p in placeholders(f) if p != "%n" or not numerus]
            if want != have:
                problems.append(f"{where}: placeholders {want} became {have} in {f!r}")


def main():
    args = sys.argv[1:]
    sep = args.index("--")
    lupdate, lrelease, sources_list, include_dirs, *ts_files = args[:sep]
    options = args[sep + 1:]
    problems = []
    with open(sources_list, encoding="utf-8") as f:
        check_contexts([line.strip() for line in f if line.strip()], problems)
    with tempfile.TemporaryDirectory() as tmp:
        for ts in ts_files:
            copy = os.path.join(tmp, os.path.basename(ts))
            shutil.copy(ts, copy)
            cmd = [lupdate, *options]
            for d in include_dirs.split(":"):
                cmd.append("-I" + d)
            cmd += ["@" + sources_list, "-ts", copy]
            run = subprocess.run(cmd, capture_output=True, text=True)
            if run.returncode != 0:
                problems.append(f"lupdate failed on {ts}: {run.stderr}")
                continue
            committed, fresh = set(messages(ts)), set(messages(copy))
            for key in sorted(fresh - committed, key=str)[:20]:
                problems.append(f"{os.path.basename(ts)} lacks [{key[0]}] {key[1]!r} "
                                "(run 'ninja update_translations')")
            for key in sorted(committed - fresh, key=str)[:20]:
                problems.append(f"{os.path.basename(ts)} keeps [{key[0]}] {key[1]!r}, which "
                                "the sources no longer have (run 'ninja update_translations')")
            if os.path.basename(ts) == "vireo_en.ts":
                # English only carries plural forms (its sources are its text): each must be
                # there, or "%n guest(s)" is what the user reads.
                for (context, source, _, numerus), m in messages(ts).items():
                    t = m.find("translation")
                    forms = [f.text or "" for f in t.iter("numerusform")] if t is not None else []
                    if numerus and (not forms or not all(f.strip() for f in forms)):
                        problems.append(f"vireo_en.ts: [{context}] {source!r}: plural forms "
                                        "missing")
                continue
            check_translated(ts, problems)
            qm = os.path.join(tmp, "out.qm")
            run = subprocess.run([lrelease, ts, "-qm", qm], capture_output=True, text=True)
            report = run.stdout + run.stderr
            print(report.strip())
            if run.returncode != 0:
                problems.append(f"lrelease failed on {ts}: {report}")
            unfinished = re.search(r"(\d+) unfinished", report)
            ignored = re.search(r"Ignored (\d+) untranslated", report)
            if (unfinished and int(unfinished.group(1))) or (ignored and int(ignored.group(1))):
                problems.append(f"lrelease reports unfinished text in {ts}: {report.strip()}")
    for p in problems:
        print("FAIL:", p)
    print(f"{len(problems)} problem(s) in {len(ts_files)} translation file(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
