// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "widgets/terminal/terminalemulator.h"

#include <QAbstractScrollArea>
#include <QFont>
#include <QPoint>
#include <QPointF>
#include <QRawFont>

#include <functional>
#include <vector>

class QTimer;

namespace Vireo {

/// A terminal on screen: draws a TerminalEmulator's cell grid (attributes, 256 colours, wide
/// characters, a cursor) in the system's monospace font, scrolls back through its history,
/// selects with the mouse to copy (Ctrl+Shift+C to the clipboard), pastes with Ctrl+Shift+V
/// (asking first when the text is many lines), turns keys into bytes through libvterm and sizes
/// the emulation to the widget. The bytes for the other side come out of sendBytes(); knows
/// nothing of where they go. GUI thread.
class TerminalView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    /// Pastes of more lines than this ask first.
    static constexpr int PasteConfirmLines = 5;

    explicit TerminalView(QWidget *parent = nullptr);
    ~TerminalView() override;

    TerminalEmulator *emulator() const { return m_emulator; }
    /// Bytes from the other side.
    void feed(const QByteArray &bytes);

    QSize cellSize() const { return QSize(m_cellWidth, m_cellHeight); }
    /// The first line (of the emulator's numbering) at the top of the view.
    int topLine() const;
    bool isAtBottom() const;

    /// Selection in (column, line) positions, from included, to excluded; empty when none.
    QString selectedText() const;
    bool hasSelection() const { return m_selectionStart != m_selectionEnd; }
    void selectAll();
    void clearSelection();
    void copy();
    void paste();
    /// Pastes text as if from the clipboard (the confirmation still applies).
    void pasteText(const QString &text);
    /// Asked before a paste of more than PasteConfirmLines lines; returns whether to go on.
    /// The default asks with a message box.
    void setPasteConfirmation(std::function<bool(int lines)> confirm);

    /// Whether typing goes to the other side (off while it is not connected).
    void setInputEnabled(bool on) { m_inputEnabled = on; }
    bool inputEnabled() const { return m_inputEnabled; }

    /// The view's cell at a widget position (x = column, y = line).
    QPoint cellAt(const QPoint &viewportPos) const;
    /// The pixel rectangle (viewport coordinates) of a cell (x = column, y = line).
    QRect cellRect(QPoint cell) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    /// Bytes for the other side: typed keys, pasted text, the terminal's answers.
    void sendBytes(const QByteArray &bytes);
    /// The emulation's size changed (rows, columns).
    void terminalSizeChanged(int rows, int columns);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void inputMethodEvent(QInputMethodEvent *event) override;
    QVariant inputMethodQuery(Qt::InputMethodQuery query) const override;
    void changeEvent(QEvent *event) override;

private:
    /// Repaints pixels (viewport coordinates) with the next frame.
    void scheduleRepaint(const QRect &pixels);
    void scheduleFrame();
    /// Once a frame: moves what was drawn by the lines the screen scrolled meanwhile, then
    /// repaints only what changed (and the cursor, where it was and where it is).
    void paintFrame();
    void onScrolled(int lines);
    /// Draws one rectangle of the viewport (a part of the paint event's region).
    void paintArea(QPainter &painter, const QRect &area);
    QRect cursorRect() const;
    void updateMetrics();
    void updateScrollBar();
    void onDamaged(const QRect &screenCells);
    /// Selection ends as (column, line) in stable numbering (see TerminalEmulator::droppedLines).
    QPoint toStable(QPoint cell) const;
    QPoint fromStable(QPoint stable) const;
    void notifyAccessibleText();

    static constexpr int FrameMs = 16; ///< at most about 60 paints a second
    /// While output scrolls by more than a screen a frame (no one reads it), 30 a second.
    static constexpr int BusyFrameMs = 33;
    static constexpr int FirstGlyph = 0x20; ///< printable ASCII, drawn from glyph tables
    static constexpr int GlyphCount = 0x7f - FirstGlyph;

    TerminalEmulator *m_emulator;
    QTimer *m_frameTimer;
    QRect m_pendingRepaint;  ///< in the coordinates after m_pendingScroll
    int m_pendingScroll = 0; ///< lines the screen moved up since the last frame (while following)
    QRect m_paintedCursor;   ///< where the cursor was drawn last (viewport pixels), if anywhere
    std::vector<TerminalCell> m_rowCells; ///< one row's cells while painting, kept for its storage
    /// ASCII is drawn as glyphs at the cell's advance, without shaping: one font and table per
    /// bold/italic combination (index bold | italic << 1); an empty font falls back to drawText.
    QRawFont m_rawFonts[4];
    quint32 m_asciiGlyphs[4][GlyphCount];
    std::vector<QPointF> m_glyphPositions; ///< x = column * cell width, for a row's glyphs
    std::vector<quint32> m_glyphIndexes;
    bool m_accessibleDirty = false;
    QFont m_font;
    int m_cellWidth = 8;
    int m_cellHeight = 16;
    int m_ascent = 12;
    QPoint m_selectionStart; ///< stable numbering
    QPoint m_selectionEnd;
    bool m_selecting = false;
    bool m_inputEnabled = true;
    bool m_follow = true;   ///< the view stays on the newest output
    qint64 m_topStable = 0; ///< the top line in stable numbering while not following
    std::function<bool(int)> m_confirmPaste;
    QString m_accessibleText; ///< the screen as screen readers last heard it
};

} // namespace Vireo
