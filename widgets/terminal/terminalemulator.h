// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPoint>
#include <QRect>
#include <QRgb>
#include <QString>

#include <deque>
#include <vector>

struct VTerm;
struct VTermScreen;
struct VTermState;

namespace Vireo {

/// A cell colour: the terminal's default, one of the 256 palette entries, or 24-bit RGB, packed in
/// 32 bits so that a scrollback of 10,000 lines stays small.
namespace TerminalColor {
constexpr quint32 Default = 0;
constexpr quint32 IndexedTag = 0x01000000u;
constexpr quint32 RgbTag = 0x02000000u;
constexpr quint32 indexed(int index)
{
    return IndexedTag | quint32(index & 0xff);
}
constexpr quint32 rgb(int r, int g, int b)
{
    return RgbTag | (quint32(r & 0xff) << 16) | (quint32(g & 0xff) << 8) | quint32(b & 0xff);
}
constexpr bool isIndexed(quint32 c)
{
    return (c & 0xff000000u) == IndexedTag;
}
constexpr bool isRgb(quint32 c)
{
    return (c & 0xff000000u) == RgbTag;
}
constexpr int index(quint32 c)
{
    return int(c & 0xff);
}
} // namespace TerminalColor

/// One character cell as the view draws it (a copy; the emulator keeps its own).
struct TerminalCell
{
    enum Attr : quint8 {
        Bold = 1,
        Underline = 2,
        Italic = 4,
        Reverse = 8,
        Strike = 16,
        Blink = 32,
    };
    char32_t ch = 0;        ///< 0: nothing written here (drawn as a space)
    char32_t combining = 0; ///< the first combining mark on ch, if any
    quint32 fg = TerminalColor::Default;
    quint32 bg = TerminalColor::Default;
    quint8 width = 1; ///< 2 for the left half of a wide (CJK) character, 0 for its right half
    quint8 attrs = 0;

    bool has(Attr a) const { return attrs & a; }
    /// The cell's text ("" for the right half of a wide character, " " for an empty cell).
    QString text() const;
    bool operator==(const TerminalCell &) const = default;
};

/// The terminal emulation: libvterm's parser and screen behind a Qt interface, with the
/// scrollback (libvterm hands lines over through sb_pushline/sb_popline). Bytes from the other
/// side go in with feed(); bytes for it (typed keys, pasted text, terminal answers) come out with
/// output(). Lines are numbered from the oldest scrollback line (0) to the bottom of the screen
/// (lineCount() - 1). Knows nothing of where the bytes come from. Lives on the GUI thread (the
/// thread that feeds it).
class TerminalEmulator : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultScrollbackLines = 10000;

    explicit TerminalEmulator(int rows = 24, int columns = 80, QObject *parent = nullptr);
    ~TerminalEmulator() override;

    void feed(const QByteArray &bytes);
    void resize(int rows, int columns);
    /// Clears the screen and the scrollback (a hard reset).
    void reset();

    int rows() const { return m_rows; }
    int columns() const { return m_columns; }
    int scrollbackCount() const { return int(m_scrollback.size()); }
    int lineCount() const { return scrollbackCount() + m_rows; }
    int scrollbackLimit() const { return m_scrollbackLimit; }
    void setScrollbackLimit(int lines);
    /// Lines dropped off the top of the scrollback so far: line numbers plus this never change
    /// for a given line of text (selections stay on their text as output scrolls).
    qint64 droppedLines() const { return m_dropped; }

    /// The cell at a line (see the class comment) and column; an empty cell outside.
    TerminalCell cell(int line, int column) const;
    /// The cells of a line from column first up to (not including) last, each read once; the
    /// right half of a wide character has width 0. out is resized to last - first.
    void readCells(int line, int first, int last, std::vector<TerminalCell> &out) const;
    /// The cell at a row of the screen (0 = top row) and column.
    TerminalCell screenCell(int row, int column) const
    {
        return cell(scrollbackCount() + row, column);
    }
    /// A line's text without trailing blanks.
    QString lineText(int line) const;
    /// The screen's text, rows joined with '\n', trailing blanks dropped.
    QString screenText() const;
    /// Text between two (line, column) positions, start included, end excluded; lines end in '\n'.
    QString text(QPoint from, QPoint to) const;
    /// Everything: scrollback and screen.
    QString allText() const;

    /// Cursor on the screen: x = column, y = row.
    QPoint cursor() const { return m_cursor; }
    bool cursorVisible() const { return m_cursorVisible; }
    QString title() const { return m_title; }

    /// The RGB of a colour in this terminal's palette; Default gives the default fg or bg.
    QRgb toRgb(quint32 colour, bool foreground) const;
    void setDefaultColours(QRgb foreground, QRgb background);

    // Input: each call turns into bytes on output().
    /// A key of libvterm's VTermKey, with VTermModifier bits.
    void sendKey(int vtermKey, int vtermModifiers);
    void sendChar(char32_t ch, int vtermModifiers);
    /// Text as pasted (bracketed when the other side asked for it).
    void sendPaste(const QString &text);

Q_SIGNALS:
    /// Bytes for the other side.
    void output(const QByteArray &bytes);
    /// The whole screen's content moved up by lines rows (output scrolling it), before the
    /// damaged() of the same feed: a view moves what it drew instead of drawing it again.
    void scrolled(int lines);
    /// Cells changed: x = column, y = screen row (after the scrolled() of the same feed).
    void damaged(const QRect &screenCells);
    void cursorChanged();
    /// Lines were pushed to or popped from the scrollback or dropped off it.
    void scrollbackChanged();
    void titleChanged(const QString &title);
    void bell();

private:
    friend struct TerminalCallbacks;
    void flushOutput();
    void flushSignals();
    TerminalCell fromVTerm(const void *vtermCell) const;
    void toVTerm(const TerminalCell &cell, void *vtermCell) const;

    VTerm *m_vterm;
    VTermScreen *m_screen;
    VTermState *m_state;
    int m_rows;
    int m_columns;
    int m_scrollbackLimit = DefaultScrollbackLines;
    qint64 m_dropped = 0;
    std::deque<std::vector<TerminalCell>> m_scrollback; ///< trailing blank cells trimmed
    QPoint m_cursor;
    bool m_cursorVisible = true;
    QString m_title;
    QRgb m_palette[256];
    QRgb m_defaultFg;
    QRgb m_defaultBg;
    QByteArray m_pendingOutput;
    QRect m_damage;          ///< damage of the current feed, emitted once at its end
    int m_scrolledLines = 0; ///< how far the whole screen moved up in the current feed
    bool m_cursorMoved = false;
    bool m_scrollbackMoved = false;
    bool m_titleChanged = false;
    bool m_bell = false;
};

} // namespace Vireo
