#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Drives a running Vireo over AT-SPI, as a screen reader or UI automation would (issue 16).

usage: atspi_vcpus.py PID [SLIDER_NAME]

Finds the application by its process id on the accessibility bus, its details window of
web-frontend, picks the "CPUs" page through the page list's Selection interface, finds the
slider named SLIDER_NAME ("vCPUs") and sets its value through the Value interface to one less
(or one more) than it is. It passes when the slider reads back the new value and the text
"Domain XML" of the XML page, the persistent definition as the host gives it, has the new count. Each step that finds nothing fails with what
it looked for: a control without its accessible name or value is a failure, not a skip.
"""
import os
import re
import sys
import time

import pyatspi

TIMEOUT_S = 30


def fail(message):
    print(f"atspi_vcpus: FAIL: {message}", flush=True)
    sys.exit(1)


def wait_for(what, find, timeout=TIMEOUT_S):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = find()
        except Exception:  # a window being built or torn down: ask again
            found = None
        if found:
            return found
        time.sleep(0.2)
    fail(f"no {what} within {timeout} s")


def descendants(node, depth=0):
    if node is None or depth > 40:
        return
    yield node
    try:
        children = list(node)
    except Exception:
        return
    for child in children:
        yield from descendants(child, depth + 1)


def find(root, role, name=None, contains=None):
    for node in descendants(root):
        try:
            if node.getRole() != role:
                continue
            n = node.name or ""
        except Exception:
            continue
        if (name is None or n == name) and (contains is None or contains in n):
            return node
    return None


def text_of(node):
    try:
        t = node.queryText()
        return t.getText(0, t.characterCount)
    except NotImplementedError:
        return node.name or ""


def main():
    pid = int(sys.argv[1])
    slider_name = sys.argv[2] if len(sys.argv) > 2 else "vCPUs"
    desktop = pyatspi.Registry.getDesktop(0)

    def registered():
        if not os.path.exists(f"/proc/{pid}"):
            fail(f"Vireo (process {pid}) exited before it showed on the accessibility bus")
        return next((a for a in desktop if a is not None and a.get_process_id() == pid), None)

    # A loaded machine can take long to start it: the first step waits longest.
    app = wait_for(f"application with process id {pid} on the accessibility bus", registered,
                   timeout=90)
    print(f"atspi_vcpus: application '{app.name}'", flush=True)
    # A top-level window (a frame; a filler under a bare Xvfb without a window manager).
    window = wait_for("details window of web-frontend", lambda: next(
        (w for w in app if w is not None and "web-frontend" in (w.name or "")), None))
    print(f"atspi_vcpus: window '{window.name}'", flush=True)

    # The page list: a list whose items are the pages; choose "CPUs" as a screen reader does.
    def page_list():
        for node in descendants(window):
            if node.getRole() in (pyatspi.ROLE_LIST, pyatspi.ROLE_LIST_BOX, pyatspi.ROLE_TABLE,
                                  pyatspi.ROLE_TREE):
                names = [c.name for c in node if c is not None]
                if "CPUs" in names and "Overview" in names:
                    return node
        return None

    pages = wait_for("page list with the items 'Overview' and 'CPUs'", page_list)
    index = [c.name for c in pages].index("CPUs")
    # Selection where the bridge offers it (Qt 6.5 on), else the item's own Toggle action (Qt
    # 6.4's list items), which selects it: either way the selection, not the current item.
    try:
        chose = pages.querySelection().selectChild(index)
    except NotImplementedError:
        item = pages[index]
        action = item.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        if "Toggle" not in names:
            fail(f"the page list item 'CPUs' offers neither Selection nor Toggle ({names})")
        chose = action.doAction(names.index("Toggle"))
    if not chose:
        fail("the page list refused to select 'CPUs'")

    def showing(node):
        return node.getState().contains(pyatspi.STATE_SHOWING)

    slider = wait_for(f"slider named '{slider_name}' shown on the CPUs page", lambda: next(
        (n for n in descendants(window) if n.getRole() == pyatspi.ROLE_SLIDER and
         n.name == slider_name and showing(n)), None))
    # A running domain: the change goes to its definition too only with "Also after restart",
    # pressed as a screen reader user would (its Press or Toggle action).
    also = wait_for("check box 'Also after restart' shown on the CPUs page", lambda: next(
        (n for n in descendants(window) if n.getRole() == pyatspi.ROLE_CHECK_BOX and
         n.name == "Also after restart" and showing(n)), None))
    if not also.getState().contains(pyatspi.STATE_CHECKED):
        action = also.queryAction()
        names = [action.getName(i) for i in range(action.nActions)]
        press = next((names.index(n) for n in ("Press", "Toggle", "Click") if n in names), None)
        if press is None:
            fail(f"the check box 'Also after restart' has no Press or Toggle action ({names})")
        action.doAction(press)
        wait_for("'Also after restart' checked",
                 lambda: also.getState().contains(pyatspi.STATE_CHECKED), timeout=5)
    try:
        value = slider.queryValue()
    except NotImplementedError:
        fail(f"the slider '{slider_name}' has no Value interface")
    low, high, now = value.minimumValue, value.maximumValue, value.currentValue
    print(f"atspi_vcpus: slider '{slider_name}' at {now:g} of {low:g}..{high:g}", flush=True)
    if high <= low:
        fail(f"the slider's range {low:g}..{high:g} leaves nothing to move")
    target = now - 1 if now - 1 >= low else now + 1
    value.currentValue = target
    wait_for(f"slider value {target:g} read back",
             lambda: abs(slider.queryValue().currentValue - target) < 0.5, timeout=5)

    # The definition changed on the host: the XML page shows the persistent definition as
    # libvirt gives it (read again after each change), in a text a screen reader reads.
    editor = wait_for("text 'Domain XML'", lambda: next(
        (n for n in descendants(window) if n.name == "Domain XML" and
         "Text" in n.get_interfaces()), None))

    def defined_vcpus():
        m = re.search(r"<vcpu\b([^>]*)>\s*(\d+)\s*</vcpu>", text_of(editor))
        if not m:
            return None
        current = re.search(r"current=['\"](\d+)['\"]", m.group(1))
        return int(current.group(1) if current else m.group(2))

    wait_for(f"definition with {int(target)} vCPUs in the text 'Domain XML' (it has "
             f"{defined_vcpus()})", lambda: defined_vcpus() == int(target), timeout=15)
    print(f"atspi_vcpus: slider moved {now:g} -> {target:g}; the definition now has "
          f"{defined_vcpus()} vCPUs", flush=True)
    print("atspi_vcpus: 1 passed, 0 failed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
