#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""check_contexts.py itself: it reports a marking whose context the file's tr() on a variable
does not use (the three kinds found in the tree: a free function's UiTr::tr, core's Tr::tr over
a table, and a context passed on to a helper), and accepts the matching ones."""
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from check_contexts import check_contexts  # noqa: E402

# Where Tr and UiTr declare their contexts, read as the real check reads them.
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DECLARING = [os.path.join(ROOT, "app", "core", "common", "coretr.h"),
             os.path.join(ROOT, "ui", "common", "uitr.h")]

CASES = [
    # (name, source, problems expected)
    ("ui noun in a class context", '''
QString noun(const char *k) {
    static const char *n = QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "controller");
    return UiTr::tr(n);
}''', 1),
    ("ui noun in Vireo::Ui", '''
QString noun(const char *k) {
    static const char *n = QT_TRANSLATE_NOOP("Vireo::Ui", "controller");
    return UiTr::tr(n);
}''', 0),
    ("core table", '''
static const char *const names[] = {QT_TRANSLATE_NOOP("Vireo::MemorySize", "%1 B"),
                                    QT_TRANSLATE_NOOP("Vireo::Core", "%1 KiB")};
QString f(int u) { return Tr::tr(names[u]); }''', 1),
    ("QT_TR_NOOP in a member, tr() there", '''
void HostSummaryWindow::build()
{
    const char *rows[] = {QT_TR_NOOP("URI")};
    label(tr(rows[0]));
}''', 0),
    ("QT_TR_NOOP in a member, UiTr::tr there", '''
void HostSummaryWindow::build()
{
    const char *rows[] = {QT_TR_NOOP("URI")};
    label(UiTr::tr(rows[0]));
}''', 1),
    ("marked, never translated in the file", '''
static const char *what = QT_TRANSLATE_NOOP("Vireo::Core", "Start %1");
// Tr::tr(what) in a comment does not count''', 1),
    ("core Explain line", '''
Equivalent f() { return one(virsh({}), explain(QT_TRANSLATE_NOOP("Vireo::Core", "Starts."))); }''', 0),
    ("Explain line in another context", '''
Equivalent f() { return one(virsh({}), explain(QT_TRANSLATE_NOOP("Vireo::Ui", "Starts."))); }''', 1),
]


def main():
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, source, want) in enumerate(CASES):
            path = os.path.join(tmp, f"case{i}.cpp")
            with open(path, "w", encoding="utf-8") as f:
                f.write(source)
            problems = []
            check_contexts(DECLARING + [path], problems)
            ok = len(problems) == want
            failures += not ok
            print(f"{'PASS' if ok else 'FAIL'}: {name}: {len(problems)} problem(s), want {want}")
            for p in problems:
                print("    ", p)
    print(f"{len(CASES) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
