// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAccessibleWidget>

namespace Vireo {

class TerminalView;

/// What a screen reader sees of a TerminalView: role Terminal, and the text interface over the
/// visible screen (rows joined with '\n'), with the cursor and the selection. GUI thread.
class TerminalAccessible
    : public QAccessibleWidget
    , public QAccessibleTextInterface
{
public:
    explicit TerminalAccessible(TerminalView *view);

    /// Registers the factory (once per process).
    static void install();

    void *interface_cast(QAccessible::InterfaceType type) override;
    QString text(QAccessible::Text t) const override;

    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

private:
    TerminalView *view() const;
    QString screenText() const;
    /// The screen cell (x = column, y = row) of a text offset, and back.
    QPoint cellOfOffset(int offset) const;
    int offsetOfCell(QPoint cell) const;
};

} // namespace Vireo
