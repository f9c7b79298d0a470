// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/terminal/terminalview.h"

#include "widgets/terminal/terminalaccessible.h"
#include "widgets/terminal/terminalemulator.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>

#include <vterm.h>

#include <algorithm>

namespace Vireo {

namespace {

int vtermModifiers(Qt::KeyboardModifiers mods)
{
    int m = VTERM_MOD_NONE;
    if (mods & Qt::ShiftModifier)
        m |= VTERM_MOD_SHIFT;
    if (mods & Qt::AltModifier)
        m |= VTERM_MOD_ALT;
    if (mods & Qt::ControlModifier)
        m |= VTERM_MOD_CTRL;
    return m;
}

int vtermKey(int qtKey, bool keypad)
{
    if (qtKey >= Qt::Key_F1 && qtKey <= Qt::Key_F35)
        return VTERM_KEY_FUNCTION(qtKey - Qt::Key_F1 + 1);
    switch (qtKey) {
    case Qt::Key_Return:
        return VTERM_KEY_ENTER;
    case Qt::Key_Enter:
        return keypad ? VTERM_KEY_KP_ENTER : VTERM_KEY_ENTER;
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        return VTERM_KEY_TAB;
    case Qt::Key_Backspace:
        return VTERM_KEY_BACKSPACE;
    case Qt::Key_Escape:
        return VTERM_KEY_ESCAPE;
    case Qt::Key_Up:
        return VTERM_KEY_UP;
    case Qt::Key_Down:
        return VTERM_KEY_DOWN;
    case Qt::Key_Left:
        return VTERM_KEY_LEFT;
    case Qt::Key_Right:
        return VTERM_KEY_RIGHT;
    case Qt::Key_Insert:
        return VTERM_KEY_INS;
    case Qt::Key_Delete:
        return VTERM_KEY_DEL;
    case Qt::Key_Home:
        return VTERM_KEY_HOME;
    case Qt::Key_End:
        return VTERM_KEY_END;
    case Qt::Key_PageUp:
        return VTERM_KEY_PAGEUP;
    case Qt::Key_PageDown:
        return VTERM_KEY_PAGEDOWN;
    default:
        return VTERM_KEY_NONE;
    }
}

bool askToPaste(QWidget *parent, int lines)
{
    return QMessageBox::question(parent, TerminalView::tr("Paste"),
                                 TerminalView::tr("Paste %n lines into the terminal? Each line "
                                                  "runs as if typed.",
                                                  nullptr, lines),
                                 QMessageBox::Yes | QMessageBox::Cancel,
                                 QMessageBox::Cancel) == QMessageBox::Yes;
}

} // namespace

TerminalView::TerminalView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_emulator(new TerminalEmulator(24, 80, this))
    , m_frameTimer(new QTimer(this))
{
    TerminalAccessible::install();
    setAccessibleName(tr("Terminal"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    verticalScrollBar()->setAccessibleName(tr("Scrollback"));
    m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_font.setStyleHint(QFont::TypeWriter);
    updateMetrics();
    m_confirmPaste = [this](int lines) { return askToPaste(this, lines); };

    connect(m_emulator, &TerminalEmulator::output, this, &TerminalView::sendBytes);
    connect(m_emulator, &TerminalEmulator::scrolled, this, &TerminalView::onScrolled);
    connect(m_emulator, &TerminalEmulator::damaged, this, &TerminalView::onDamaged);
    // The frame repaints the cursor's cells, where it was and where it is.
    connect(m_emulator, &TerminalEmulator::cursorChanged, this, &TerminalView::scheduleFrame);
    // A guest that prints without pause sends thousands of pieces a second; the screen is
    // painted at most once a frame, with everything that changed meanwhile.
    m_frameTimer->setSingleShot(true);
    m_frameTimer->setInterval(FrameMs);
    connect(m_frameTimer, &QTimer::timeout, this, &TerminalView::paintFrame);
    // Opaque: scrolling moves the drawn pixels (QWidget::scroll) instead of painting them again.
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    connect(m_emulator, &TerminalEmulator::scrollbackChanged, this, &TerminalView::updateScrollBar);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        m_follow = value >= verticalScrollBar()->maximum();
        m_topStable = value + m_emulator->droppedLines();
        viewport()->update();
    });
    updateScrollBar();
}

TerminalView::~TerminalView() = default;

void TerminalView::feed(const QByteArray &bytes)
{
    m_emulator->feed(bytes);
    m_accessibleDirty = true;
    if (!m_frameTimer->isActive())
        m_frameTimer->start();
}

void TerminalView::scheduleRepaint(const QRect &pixels)
{
    m_pendingRepaint |= pixels;
    scheduleFrame();
}

void TerminalView::scheduleFrame()
{
    if (!m_frameTimer->isActive())
        m_frameTimer->start();
}

void TerminalView::onScrolled(int lines)
{
    if (!m_follow) {
        // Scrolled back: what shows moves differently (or not at all); draw it again.
        scheduleRepaint(viewport()->rect());
        return;
    }
    m_pendingScroll += lines;
    if (!m_pendingRepaint.isEmpty())
        m_pendingRepaint =
            m_pendingRepaint.translated(0, -lines * m_cellHeight) & viewport()->rect();
    scheduleFrame();
}

QRect TerminalView::cursorRect() const
{
    if (!m_emulator->cursorVisible())
        return QRect();
    const QPoint cursor = m_emulator->cursor();
    return cellRect(QPoint(cursor.x(), m_emulator->scrollbackCount() + cursor.y()));
}

void TerminalView::paintFrame()
{
    QRect dirty = std::exchange(m_pendingRepaint, QRect());
    const int shift = std::exchange(m_pendingScroll, 0) * m_cellHeight;
    if (shift > 0) {
        // The rows of cells only: the strip under the last row stays background.
        const QRect rows = QRect(0, 0, viewport()->width(), m_emulator->rows() * m_cellHeight) &
                           viewport()->rect();
        if (shift < rows.height() && m_follow) {
            // Qt moves the drawn pixels (in the X server too) and repaints the strip uncovered.
            viewport()->scroll(0, -shift, rows);
            m_paintedCursor.translate(0, -shift);
        } else {
            dirty = viewport()->rect();
        }
    }
    m_frameTimer->setInterval(shift >= m_emulator->rows() * m_cellHeight ? BusyFrameMs : FrameMs);
    dirty |= m_paintedCursor;
    dirty |= cursorRect();
    if (!dirty.isEmpty())
        viewport()->update(dirty);
    if (m_accessibleDirty) {
        m_accessibleDirty = false;
        notifyAccessibleText();
    }
}

void TerminalView::setPasteConfirmation(std::function<bool(int)> confirm)
{
    m_confirmPaste = std::move(confirm);
}

void TerminalView::updateMetrics()
{
    const QFontMetrics metrics(m_font);
    m_cellWidth = std::max(1, metrics.horizontalAdvance(u'M'));
    m_cellHeight = std::max(1, metrics.height());
    m_ascent = metrics.ascent();
    verticalScrollBar()->setSingleStep(1);
    m_glyphPositions.clear(); // they follow the cell width
    QString ascii;
    for (int c = 0; c < GlyphCount; ++c)
        ascii += QChar(char16_t(FirstGlyph + c));
    for (int style = 0; style < 4; ++style) {
        QFont font = m_font;
        font.setBold(style & 1);
        font.setItalic(style & 2);
        QRawFont raw = QRawFont::fromFont(font);
        const QList<quint32> glyphs =
            raw.isValid() ? raw.glyphIndexesForString(ascii) : QList<quint32>();
        // A glyph the font lacks needs Qt's fallback fonts: drawText then, for this style.
        const bool complete = glyphs.size() == GlyphCount &&
                              std::find(glyphs.begin() + 1, glyphs.end(), 0u) == glyphs.end();
        m_rawFonts[style] = complete ? raw : QRawFont();
        for (int c = 0; c < GlyphCount && complete; ++c)
            m_asciiGlyphs[style][c] = glyphs[c];
    }
}

QSize TerminalView::sizeHint() const
{
    return QSize(80 * m_cellWidth + verticalScrollBar()->sizeHint().width() + 2 * frameWidth(),
                 24 * m_cellHeight + 2 * frameWidth());
}

void TerminalView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const int columns = std::max(2, viewport()->width() / m_cellWidth);
    const int rows = std::max(1, viewport()->height() / m_cellHeight);
    if (rows != m_emulator->rows() || columns != m_emulator->columns()) {
        m_emulator->resize(rows, columns);
        updateScrollBar();
        Q_EMIT terminalSizeChanged(rows, columns);
    }
}

void TerminalView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        // The monospace font stays; only its size follows the widget's.
        m_font.setPointSizeF(font().pointSizeF() > 0 ? font().pointSizeF() : m_font.pointSizeF());
        updateMetrics();
        viewport()->update();
    }
    QAbstractScrollArea::changeEvent(event);
}

void TerminalView::updateScrollBar()
{
    QScrollBar *bar = verticalScrollBar();
    const QSignalBlocker blocker(bar);
    const int maximum = m_emulator->scrollbackCount();
    bar->setRange(0, maximum);
    bar->setPageStep(m_emulator->rows());
    if (m_follow)
        bar->setValue(maximum);
    else
        bar->setValue(
            int(std::clamp<qint64>(m_topStable - m_emulator->droppedLines(), 0, maximum)));
    m_topStable = bar->value() + m_emulator->droppedLines();
    // Following the output, what moved is said by the emulator's scrolled() and damaged().
    if (!m_follow)
        scheduleRepaint(viewport()->rect());
}

int TerminalView::topLine() const
{
    return verticalScrollBar()->value();
}

bool TerminalView::isAtBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum();
}

void TerminalView::onDamaged(const QRect &screenCells)
{
    // Screen row r is line scrollbackCount() + r; the view shows from topLine().
    const int offset = m_emulator->scrollbackCount() - topLine();
    const QRect pixels(screenCells.x() * m_cellWidth, (screenCells.y() + offset) * m_cellHeight,
                       screenCells.width() * m_cellWidth, screenCells.height() * m_cellHeight);
    scheduleRepaint(pixels.intersected(viewport()->rect()));
}

QPoint TerminalView::cellAt(const QPoint &pos) const
{
    const int column = std::clamp(pos.x() / m_cellWidth, 0, m_emulator->columns());
    const int row = std::clamp(pos.y() / m_cellHeight, 0, m_emulator->rows() - 1);
    return QPoint(column, topLine() + row);
}

QRect TerminalView::cellRect(QPoint cell) const
{
    return QRect(cell.x() * m_cellWidth, (cell.y() - topLine()) * m_cellHeight, m_cellWidth,
                 m_cellHeight);
}

QPoint TerminalView::toStable(QPoint cell) const
{
    return QPoint(cell.x(), int(cell.y() + m_emulator->droppedLines()));
}

QPoint TerminalView::fromStable(QPoint stable) const
{
    return QPoint(stable.x(), int(stable.y() - m_emulator->droppedLines()));
}

void TerminalView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    // Whatever is painted now covers the cursor drawn before, if it was there.
    if (event->region().intersects(m_paintedCursor))
        m_paintedCursor = QRect();
    for (const QRect &area : event->region())
        paintArea(painter, area);
    // Without focus the cursor is an outline, so that one sees where typing would go.
    const QRect cursor = cursorRect();
    if (!cursor.isEmpty() && !hasFocus() && event->region().intersects(cursor)) {
        painter.setClipRegion(event->region());
        painter.setPen(QColor(m_emulator->toRgb(TerminalColor::Default, true)));
        painter.drawRect(cursor.adjusted(0, 0, -1, -1));
        m_paintedCursor = cursor;
    }
}

void TerminalView::paintArea(QPainter &painter, const QRect &area)
{
    const int top = topLine();
    const int columns = m_emulator->columns();
    const int firstRow = std::max(0, area.top() / m_cellHeight);
    const int lastRow = std::min(m_emulator->rows() - 1, area.bottom() / m_cellHeight);
    painter.fillRect(area, QColor(m_emulator->toRgb(TerminalColor::Default, false)));
    const QPoint cursor = m_emulator->cursor();
    const int cursorLine = m_emulator->scrollbackCount() + cursor.y();
    const bool focusedCursor = m_emulator->cursorVisible() && hasFocus();
    // The selection once, in this paint's line numbers.
    QPoint selFrom = fromStable(m_selectionStart);
    QPoint selTo = fromStable(m_selectionEnd);
    if (selTo.y() < selFrom.y() || (selTo.y() == selFrom.y() && selTo.x() < selFrom.x()))
        std::swap(selFrom, selTo);
    const bool selection = hasSelection();
    auto selected = [&](int line, int column) {
        if (!selection || line < selFrom.y() || line > selTo.y())
            return false;
        return !(line == selFrom.y() && column < selFrom.x()) &&
               !(line == selTo.y() && column >= selTo.x());
    };
    QFont font = m_font;
    quint8 fontAttrs = 0xff; // the painter's font is set when a run needs another
    // Cells of one style side by side are drawn as one string: with the cell of each character
    // at a time a full screen took thousands of drawText calls. Only ASCII joins a run (its
    // glyphs have the cell's advance in a monospace font); others are drawn in their own cells.
    struct Run
    {
        int column = 0;
        int cells = 0;
        QString text;
        bool visible = false; ///< something other than spaces
        bool ascii = true;    ///< only printable ASCII (drawn from the glyph table)
        QRgb fg = 0;
        QRgb bg = 0;
        bool fillBackground = false;
        quint8 attrs = 0;
    } run;
    run.text.reserve(columns);
    auto flush = [&](int y) {
        if (run.cells == 0)
            return;
        const QRect rect(run.column * m_cellWidth, y, run.cells * m_cellWidth, m_cellHeight);
        if (run.fillBackground)
            painter.fillRect(rect, QColor(run.bg));
        if (run.visible) {
            if (fontAttrs != run.attrs) {
                fontAttrs = run.attrs;
                font.setBold(run.attrs & TerminalCell::Bold);
                font.setItalic(run.attrs & TerminalCell::Italic);
                font.setUnderline(run.attrs & TerminalCell::Underline);
                font.setStrikeOut(run.attrs & TerminalCell::Strike);
                painter.setFont(font);
            }
            painter.setPen(QColor(run.fg));
            const int style = ((run.attrs & TerminalCell::Bold) ? 1 : 0) |
                              ((run.attrs & TerminalCell::Italic) ? 2 : 0);
            if (run.ascii && m_rawFonts[style].isValid()) {
                // No shaping: ASCII in a monospace font is one glyph a cell.
                m_glyphIndexes.resize(size_t(run.text.size()));
                for (qsizetype i = 0; i < run.text.size(); ++i)
                    m_glyphIndexes[size_t(i)] =
                        m_asciiGlyphs[style][run.text.at(i).unicode() - FirstGlyph];
                if (m_glyphPositions.size() < m_glyphIndexes.size()) {
                    m_glyphPositions.resize(m_glyphIndexes.size());
                    for (size_t i = 0; i < m_glyphPositions.size(); ++i)
                        m_glyphPositions[i] = QPointF(qreal(i) * m_cellWidth, 0);
                }
                QGlyphRun glyphs;
                glyphs.setRawFont(m_rawFonts[style]);
                glyphs.setRawData(m_glyphIndexes.data(), m_glyphPositions.data(),
                                  int(m_glyphIndexes.size()));
                glyphs.setUnderline(run.attrs & TerminalCell::Underline);
                glyphs.setStrikeOut(run.attrs & TerminalCell::Strike);
                painter.drawGlyphRun(QPointF(rect.x(), y + m_ascent), glyphs);
            } else {
                painter.drawText(QPoint(rect.x(), y + m_ascent), run.text);
            }
        } else if (run.attrs & TerminalCell::Underline) {
            painter.fillRect(QRect(rect.x(), y + m_ascent + 1, rect.width(), 1), QColor(run.fg));
        }
        run.cells = 0;
        run.visible = false;
        run.ascii = true;
        run.text.resize(0); // keeps its storage
    };
    const int firstColumn = std::max(0, area.left() / m_cellWidth - 1);
    const int lastColumn = std::min(columns - 1, area.right() / m_cellWidth + 1);
    for (int row = firstRow; row <= lastRow; ++row) {
        const int line = top + row;
        const int y = row * m_cellHeight;
        m_emulator->readCells(line, firstColumn, lastColumn + 1, m_rowCells);
        for (int col = firstColumn; col <= lastColumn; ++col) {
            const TerminalCell &cell = m_rowCells[size_t(col - firstColumn)];
            if (cell.width == 0)
                continue; // drawn with its left half
            const int span = std::min<int>(cell.width, columns - col);
            // Bold text in one of the first eight colours is drawn in its bright twin, as xterm
            // does: bold blue directories stay readable on the dark background.
            quint32 fgColour = cell.fg;
            if (cell.has(TerminalCell::Bold) && TerminalColor::isIndexed(fgColour) &&
                TerminalColor::index(fgColour) < 8)
                fgColour = TerminalColor::indexed(TerminalColor::index(fgColour) + 8);
            QRgb fg = m_emulator->toRgb(fgColour, true);
            QRgb bg = m_emulator->toRgb(cell.bg, false);
            bool inverted = cell.has(TerminalCell::Reverse) != selected(line, col);
            const bool isCursor = focusedCursor && line == cursorLine && col == cursor.x();
            if (isCursor) {
                inverted = !inverted;
                m_paintedCursor = cellRect(QPoint(col, line));
            }
            if (inverted)
                std::swap(fg, bg);
            const bool fillBackground = cell.bg != TerminalColor::Default || inverted;
            const quint8 attrs = cell.attrs & (TerminalCell::Bold | TerminalCell::Italic |
                                               TerminalCell::Underline | TerminalCell::Strike);
            const bool ascii = span == 1 && cell.combining == 0 && cell.ch < 0x7f;
            const bool joins = ascii && run.cells > 0 && run.column + run.cells == col &&
                               run.fg == fg && run.bg == bg &&
                               run.fillBackground == fillBackground && run.attrs == attrs;
            if (!joins) {
                flush(y);
                run.column = col;
                run.fg = fg;
                run.bg = bg;
                run.fillBackground = fillBackground;
                run.attrs = attrs;
            }
            if (cell.ch == 0 || cell.ch == U' ') {
                run.text += u' ';
            } else {
                run.visible = true;
                if (ascii && cell.ch >= char32_t(FirstGlyph)) {
                    run.text += QChar(char16_t(cell.ch));
                } else {
                    run.ascii = false;
                    run.text += cell.text();
                }
            }
            run.cells += span;
            if (!ascii)
                flush(y); // a wide or non-ASCII character stands alone
        }
        flush(y);
    }
}

void TerminalView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers();
    const bool ctrlShift = (mods & Qt::ControlModifier) && (mods & Qt::ShiftModifier);
    if (ctrlShift && event->key() == Qt::Key_C) {
        copy();
        return;
    }
    if ((ctrlShift && event->key() == Qt::Key_V) ||
        (event->key() == Qt::Key_Insert && mods == Qt::ShiftModifier)) {
        paste();
        return;
    }
    if (mods == Qt::ShiftModifier &&
        (event->key() == Qt::Key_PageUp || event->key() == Qt::Key_PageDown)) {
        QScrollBar *bar = verticalScrollBar();
        bar->setValue(bar->value() + (event->key() == Qt::Key_PageUp ? -1 : 1) * bar->pageStep());
        return;
    }
    if (!m_inputEnabled) {
        event->ignore();
        return;
    }
    const int modifiers = vtermModifiers(mods);
    const int key = vtermKey(event->key(), mods & Qt::KeypadModifier);
    if (key != VTERM_KEY_NONE) {
        m_emulator->sendKey(key, event->key() == Qt::Key_Backtab ? modifiers | VTERM_MOD_SHIFT
                                                                 : modifiers);
    } else if ((mods & Qt::ControlModifier) && event->key() >= Qt::Key_A &&
               event->key() <= Qt::Key_Z) {
        // Qt hands Ctrl+letter as a control character already; libvterm wants the letter.
        m_emulator->sendChar(char32_t(u'a' + (event->key() - Qt::Key_A)), modifiers);
    } else if ((mods & Qt::ControlModifier) && event->key() >= Qt::Key_Space &&
               event->key() <= Qt::Key_AsciiTilde) {
        m_emulator->sendChar(char32_t(event->key()), modifiers);
    } else if (!event->text().isEmpty()) {
        const int textModifiers = modifiers & ~VTERM_MOD_SHIFT;
        for (uint code : event->text().toUcs4())
            m_emulator->sendChar(code, textModifiers);
    } else {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    // Typing brings the newest output back into view.
    if (!isAtBottom())
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
}

void TerminalView::inputMethodEvent(QInputMethodEvent *event)
{
    if (m_inputEnabled && !event->commitString().isEmpty()) {
        for (uint code : event->commitString().toUcs4())
            m_emulator->sendChar(code, VTERM_MOD_NONE);
    }
    event->accept();
}

QVariant TerminalView::inputMethodQuery(Qt::InputMethodQuery query) const
{
    if (query == Qt::ImCursorRectangle) {
        const QPoint cursor = m_emulator->cursor();
        return cellRect(QPoint(cursor.x(), m_emulator->scrollbackCount() + cursor.y()));
    }
    if (query == Qt::ImFont)
        return m_font;
    return QAbstractScrollArea::inputMethodQuery(query);
}

bool TerminalView::focusNextPrevChild(bool)
{
    // Tab belongs to the shell; Ctrl+Tab and the window's shortcuts still leave.
    return false;
}

void TerminalView::focusInEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusInEvent(event);
    viewport()->update();
}

void TerminalView::focusOutEvent(QFocusEvent *event)
{
    QAbstractScrollArea::focusOutEvent(event);
    viewport()->update();
}

void TerminalView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        if (QApplication::clipboard()->supportsSelection())
            pasteText(QApplication::clipboard()->text(QClipboard::Selection));
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    setFocus(Qt::MouseFocusReason);
    m_selectionStart = m_selectionEnd = toStable(cellAt(event->position().toPoint()));
    m_selecting = true;
    viewport()->update();
}

void TerminalView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_selecting)
        return;
    QPoint pos = event->position().toPoint();
    // Dragging past the edges scrolls.
    if (pos.y() < 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - 1);
    else if (pos.y() > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + 1);
    m_selectionEnd = toStable(cellAt(pos));
    viewport()->update();
}

void TerminalView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_selecting)
        return;
    m_selecting = false;
    if (hasSelection() && QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
}

void TerminalView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    // A word: the run of non-blank cells under the pointer.
    const QPoint at = cellAt(event->position().toPoint());
    auto blank = [this, &at](int col) {
        const QString t = m_emulator->cell(at.y(), col).text();
        return t.isEmpty() ? false : t.at(0).isSpace();
    };
    if (blank(at.x()))
        return;
    int first = at.x();
    int last = at.x();
    while (first > 0 && !blank(first - 1))
        --first;
    while (last + 1 < m_emulator->columns() && !blank(last + 1))
        ++last;
    m_selectionStart = toStable(QPoint(first, at.y()));
    m_selectionEnd = toStable(QPoint(last + 1, at.y()));
    m_selecting = false;
    if (QApplication::clipboard()->supportsSelection())
        QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
    viewport()->update();
}

QString TerminalView::selectedText() const
{
    if (!hasSelection())
        return QString();
    return m_emulator->text(fromStable(m_selectionStart), fromStable(m_selectionEnd));
}

void TerminalView::selectAll()
{
    m_selectionStart = toStable(QPoint(0, 0));
    m_selectionEnd = toStable(QPoint(m_emulator->columns(), m_emulator->lineCount() - 1));
    viewport()->update();
}

void TerminalView::clearSelection()
{
    m_selectionStart = m_selectionEnd = QPoint();
    viewport()->update();
}

void TerminalView::copy()
{
    if (hasSelection())
        QApplication::clipboard()->setText(selectedText());
}

void TerminalView::paste()
{
    pasteText(QApplication::clipboard()->text());
}

void TerminalView::pasteText(const QString &text)
{
    if (text.isEmpty() || !m_inputEnabled)
        return;
    QString trimmed = text;
    while (trimmed.endsWith(u'\n'))
        trimmed.chop(1);
    const int lines = int(trimmed.count(u'\n')) + 1;
    if (lines > PasteConfirmLines && m_confirmPaste && !m_confirmPaste(lines))
        return;
    m_emulator->sendPaste(text);
}

void TerminalView::notifyAccessibleText()
{
    if (!QAccessible::isActive())
        return;
    // Screen readers hear what changed on the screen (the text the accessible interface shows).
    const QString now = m_emulator->screenText();
    if (now == m_accessibleText)
        return;
    QAccessibleTextUpdateEvent event(this, 0, m_accessibleText, now);
    m_accessibleText = now;
    QAccessible::updateAccessibility(&event);
}

} // namespace Vireo
