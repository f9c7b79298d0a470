// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/terminal/terminalaccessible.h"

#include "widgets/terminal/terminalemulator.h"
#include "widgets/terminal/terminalview.h"

#include <QStringList>

namespace Vireo {

namespace {
QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("Vireo::TerminalView") && object && object->isWidgetType())
        return new TerminalAccessible(static_cast<TerminalView *>(object));
    return nullptr;
}
} // namespace

void TerminalAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(&factory);
        return true;
    }();
    Q_UNUSED(installed);
}

TerminalAccessible::TerminalAccessible(TerminalView *view)
    : QAccessibleWidget(view, QAccessible::Terminal)
{}

TerminalView *TerminalAccessible::view() const
{
    return static_cast<TerminalView *>(widget());
}

void *TerminalAccessible::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QString TerminalAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return screenText();
    return QAccessibleWidget::text(t);
}

QString TerminalAccessible::screenText() const
{
    // Trailing blanks are no text, except up to the cursor: a reader says where typing goes.
    const TerminalEmulator *t = view()->emulator();
    QStringList rows = t->screenText().split(u'\n');
    const QPoint cursor = t->cursor();
    if (cursor.y() < rows.size() && rows[cursor.y()].size() < cursor.x())
        rows[cursor.y()] = rows[cursor.y()].leftJustified(cursor.x(), u' ');
    return rows.join(u'\n');
}

QPoint TerminalAccessible::cellOfOffset(int offset) const
{
    const QStringList rows = screenText().split(u'\n');
    int row = 0;
    for (const QString &r : rows) {
        if (offset <= r.size())
            return QPoint(offset, row);
        offset -= int(r.size()) + 1;
        ++row;
    }
    return QPoint(0, int(rows.size()) - 1);
}

int TerminalAccessible::offsetOfCell(QPoint cell) const
{
    const QStringList rows = screenText().split(u'\n');
    int offset = 0;
    for (int r = 0; r < cell.y() && r < rows.size(); ++r)
        offset += int(rows.at(r).size()) + 1;
    if (cell.y() < rows.size())
        offset += std::min<int>(cell.x(), int(rows.at(cell.y()).size()));
    return offset;
}

void TerminalAccessible::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    if (selectionIndex != 0 || !view()->hasSelection())
        return;
    // The selection as text offsets of the screen: where the selected text starts in it.
    const QString all = screenText();
    const QString selected = view()->selectedText();
    const int at = int(all.indexOf(selected));
    if (at >= 0) {
        *startOffset = at;
        *endOffset = at + int(selected.size());
    }
}

int TerminalAccessible::selectionCount() const
{
    return view()->hasSelection() ? 1 : 0;
}
void TerminalAccessible::addSelection(int, int) {}
void TerminalAccessible::removeSelection(int)
{
    view()->clearSelection();
}
void TerminalAccessible::setSelection(int, int, int) {}

int TerminalAccessible::cursorPosition() const
{
    const QPoint cursor = view()->emulator()->cursor();
    return offsetOfCell(cursor);
}

void TerminalAccessible::setCursorPosition(int) {}

QString TerminalAccessible::text(int startOffset, int endOffset) const
{
    const QString all = screenText();
    startOffset = std::clamp(startOffset, 0, int(all.size()));
    endOffset = std::clamp(endOffset, startOffset, int(all.size()));
    return all.mid(startOffset, endOffset - startOffset);
}

int TerminalAccessible::characterCount() const
{
    return int(screenText().size());
}

QRect TerminalAccessible::characterRect(int offset) const
{
    const QPoint cell = cellOfOffset(offset);
    TerminalView *v = view();
    const QRect local = v->cellRect(QPoint(cell.x(), v->emulator()->scrollbackCount() + cell.y()));
    return QRect(v->viewport()->mapToGlobal(local.topLeft()), local.size());
}

int TerminalAccessible::offsetAtPoint(const QPoint &point) const
{
    TerminalView *v = view();
    const QPoint cell = v->cellAt(v->viewport()->mapFromGlobal(point));
    return offsetOfCell(QPoint(cell.x(), cell.y() - v->emulator()->scrollbackCount()));
}

void TerminalAccessible::scrollToSubstring(int, int) {}

QString TerminalAccessible::attributes(int offset, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = offset;
    return QString();
}

} // namespace Vireo
