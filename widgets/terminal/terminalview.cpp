// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/terminal/terminalview.h"

#include "widgets/terminal/terminalaccessible.h"
#include "widgets/terminal/terminalemulator.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
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
    connect(m_emulator, &TerminalEmulator::damaged, this, &TerminalView::onDamaged);
    connect(m_emulator, &TerminalEmulator::cursorChanged, this,
            [this] { scheduleRepaint(viewport()->rect()); });
    // A guest that prints without pause sends thousands of pieces a second; the screen is
    // painted at most once a frame, with everything that changed meanwhile.
    m_frameTimer->setSingleShot(true);
    m_frameTimer->setInterval(FrameMs);
    connect(m_frameTimer, &QTimer::timeout, this, [this] {
        viewport()->update(std::exchange(m_pendingRepaint, QRect()));
        if (m_accessibleDirty) {
            m_accessibleDirty = false;
            notifyAccessibleText();
        }
    });
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
    if (!m_frameTimer->isActive())
        m_frameTimer->start();
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

bool TerminalView::isSelected(int line, int column) const
{
    if (!hasSelection())
        return false;
    QPoint a = fromStable(m_selectionStart);
    QPoint b = fromStable(m_selectionEnd);
    if (b.y() < a.y() || (b.y() == a.y() && b.x() < a.x()))
        std::swap(a, b);
    if (line < a.y() || line > b.y())
        return false;
    if (line == a.y() && column < a.x())
        return false;
    if (line == b.y() && column >= b.x())
        return false;
    return true;
}

void TerminalView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    const QRect area = event->rect();
    const int top = topLine();
    const int columns = m_emulator->columns();
    const int firstRow = std::max(0, area.top() / m_cellHeight);
    const int lastRow = std::min(m_emulator->rows() - 1, area.bottom() / m_cellHeight);
    painter.fillRect(area, QColor(m_emulator->toRgb(TerminalColor::Default, false)));
    const QPoint cursor = m_emulator->cursor();
    const int cursorLine = m_emulator->scrollbackCount() + cursor.y();
    QFont font = m_font;
    // Cells of one style side by side are drawn as one string: with the cell of each character
    // at a time a full screen took thousands of drawText calls. Only ASCII joins a run (its
    // glyphs have the cell's advance in a monospace font); others are drawn in their own cells.
    struct Run
    {
        int column = 0;
        int cells = 0;
        QString text;
        QColor fg;
        QColor bg;
        bool fillBackground = false;
        quint8 attrs = 0;
    } run;
    auto flush = [&](int y) {
        if (run.cells == 0)
            return;
        const QRect rect(run.column * m_cellWidth, y, run.cells * m_cellWidth, m_cellHeight);
        if (run.fillBackground)
            painter.fillRect(rect, run.bg);
        if (!run.text.trimmed().isEmpty()) {
            font.setBold(run.attrs & TerminalCell::Bold);
            font.setItalic(run.attrs & TerminalCell::Italic);
            font.setUnderline(run.attrs & TerminalCell::Underline);
            font.setStrikeOut(run.attrs & TerminalCell::Strike);
            painter.setFont(font);
            painter.setPen(run.fg);
            painter.drawText(QPoint(rect.x(), y + m_ascent), run.text);
        } else if (run.attrs & TerminalCell::Underline) {
            painter.fillRect(QRect(rect.x(), y + m_ascent + 1, rect.width(), 1), run.fg);
        }
        run.cells = 0;
        run.text.clear();
    };
    const int firstColumn = std::max(0, area.left() / m_cellWidth - 1);
    const int lastColumn = std::min(columns - 1, area.right() / m_cellWidth + 1);
    for (int row = firstRow; row <= lastRow; ++row) {
        const int line = top + row;
        const int y = row * m_cellHeight;
        for (int col = firstColumn; col <= lastColumn; ++col) {
            const TerminalCell cell = m_emulator->cell(line, col);
            if (cell.width == 0)
                continue; // drawn with its left half
            const int span = std::min<int>(cell.width, columns - col);
            // Bold text in one of the first eight colours is drawn in its bright twin, as xterm
            // does: bold blue directories stay readable on the dark background.
            quint32 fgColour = cell.fg;
            if (cell.has(TerminalCell::Bold) && TerminalColor::isIndexed(fgColour) &&
                TerminalColor::index(fgColour) < 8)
                fgColour = TerminalColor::indexed(TerminalColor::index(fgColour) + 8);
            QColor fg(m_emulator->toRgb(fgColour, true));
            QColor bg(m_emulator->toRgb(cell.bg, false));
            bool inverted = cell.has(TerminalCell::Reverse) != isSelected(line, col);
            const bool isCursor = line == cursorLine && col == cursor.x() &&
                                  m_emulator->cursorVisible() && hasFocus();
            if (isCursor)
                inverted = !inverted;
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
            run.text += cell.text();
            run.cells += span;
            if (!ascii)
                flush(y); // a wide or non-ASCII character stands alone
        }
        flush(y);
    }
    // Without focus the cursor is an outline, so that one sees where typing would go.
    if (m_emulator->cursorVisible() && !hasFocus()) {
        const QRect rect = cellRect(QPoint(cursor.x(), cursorLine));
        painter.setPen(QColor(m_emulator->toRgb(TerminalColor::Default, true)));
        painter.drawRect(rect.adjusted(0, 0, -1, -1));
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
