# SPDX-License-Identifier: GPL-2.0-or-later
"""A string marked with QT_TR_NOOP / QT_TRANSLATE_NOOP goes into the .ts file under the marking's
context; it shows translated only if the tr() call that displays it looks it up in that same
context. This finds markings whose context no tr() call of the same file uses on a variable
(the one that displays a marked string: tr(n), Tr::tr(names[unit]), Tr::tr(what)).

The contexts: Tr::tr -> Vireo::Core and UiTr::tr -> Vireo::Ui (their Q_DECLARE_TR_FUNCTIONS),
X::tr -> X's Q_DECLARE_TR_FUNCTIONS or Vireo::X, a plain tr() or QT_TR_NOOP -> the class of the
member function it is in (Vireo::Class), as lupdate decides it.
"""
import re

_NOOP = re.compile(r'\b(QT_TR_NOOP|QT_TR_N_NOOP|QT_TRANSLATE_NOOP3?|QT_TRANSLATE_N_NOOP3?)'
                   r'\s*\(\s*(?:"((?:[^"\\]|\\.)*)"\s*,\s*)?"((?:[^"\\]|\\.)*)"', re.S)
# A tr() whose first argument is not a string literal: the call that displays a marked string.
_DYNAMIC_TR = re.compile(r'(?:\b(\w+)\s*::\s*)?\btr\s*\(\s*(?!["\s)])', re.S)
# A member function definition at the start of a line: "Type Class::name(" or "Class::Class(".
_DEFINITION = re.compile(r'^[^\s#/][^;{}()]*?\b(\w+)\s*::\s*~?\w+\s*\(', re.M)
# Vireo::explain(source) (core/commandlog/equivalentcommands.h): the Explain lines, looked up in
# Vireo::Core by the zh_CN translator of its own, whatever the UI's language.
_EXPLAIN = re.compile(r'\bexplain\s*\(\s*(?!["\s)])', re.S)
_DECLARED = re.compile(r'\b(?:struct|class)\s+(\w+)\s*\{\s*Q_DECLARE_TR_FUNCTIONS\(([\w:]+)\)')


def _strip_comments(text):
    # Blank out comments, keeping offsets (a comment may name QT_TR_NOOP, as one explains it).
    def blank(m):
        return re.sub(r'[^\n]', ' ', m.group(0))
    return re.sub(r'//[^\n]*|/\*.*?\*/', blank, text, flags=re.S)


def _enclosing_class(text, pos):
    last = None
    for m in _DEFINITION.finditer(text, 0, pos):
        last = m.group(1)
    return f"Vireo::{last}" if last else ""


def check_contexts(sources, problems):
    texts = {}
    for path in sources:
        with open(path, encoding="utf-8") as f:
            texts[path] = _strip_comments(f.read())
    declared = {}
    for text in texts.values():
        for m in _DECLARED.finditer(text):
            declared[m.group(1)] = m.group(2)
    for path, text in texts.items():
        marks = []
        for m in _NOOP.finditer(text):
            context = m.group(2) if m.group(1).startswith("QT_TRANSLATE") else \
                _enclosing_class(text, m.start())
            marks.append((context, m.group(3), text.count("\n", 0, m.start()) + 1))
        if not marks:
            continue
        shown = set()
        for m in _DYNAMIC_TR.finditer(text):
            qualifier = m.group(1)
            if qualifier:
                shown.add(declared.get(qualifier, qualifier if "::" in qualifier
                                       else f"Vireo::{qualifier}" if qualifier != "QObject"
                                       else "QObject"))
            else:
                shown.add(_enclosing_class(text, m.start()))
        if _EXPLAIN.search(text):
            shown.add("Vireo::Core")
        for context, source, line in marks:
            if context not in shown:
                where = f"{path}:{line}"
                problems.append(
                    f"{where}: {source!r} is marked in context '{context}', but this file's "
                    f"tr() calls on a variable use {sorted(shown) or 'none'}: it would show "
                    "untranslated")
