// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/terminal/terminalemulator.h"

#include <vterm.h>

#include <algorithm>
#include <cstring>

namespace Vireo {

namespace {

// libvterm marks the right half of a wide character with this in chars[0].
constexpr uint32_t WideContinuation = uint32_t(-1);

bool isBlank(const TerminalCell &cell)
{
    return (cell.ch == 0 || cell.ch == U' ') && cell.bg == TerminalColor::Default &&
           !(cell.attrs & (TerminalCell::Reverse | TerminalCell::Underline | TerminalCell::Strike));
}

/// A cell that shows nothing: no character (or a space) on the default background, no
/// reverse, underline or strike-through.
bool isBlankVTerm(const VTermScreenCell &cell)
{
    return (cell.chars[0] == 0 || cell.chars[0] == ' ') && VTERM_COLOR_IS_DEFAULT_BG(&cell.bg) &&
           !cell.attrs.reverse && !cell.attrs.underline && !cell.attrs.strike;
}

QRgb rgbOf(const VTermColor &colour)
{
    return qRgb(colour.rgb.red, colour.rgb.green, colour.rgb.blue);
}

} // namespace

QString TerminalCell::text() const
{
    if (width == 0)
        return QString();
    if (ch == 0)
        return QStringLiteral(" ");
    QString s = QString::fromUcs4(&ch, 1);
    if (combining)
        s += QString::fromUcs4(&combining, 1);
    return s;
}

/// libvterm's C callbacks, forwarded to the emulator.
struct TerminalCallbacks
{
    static TerminalEmulator *self(void *user) { return static_cast<TerminalEmulator *>(user); }

    static int damage(VTermRect rect, void *user)
    {
        auto *t = self(user);
        t->m_damage |= QRect(rect.start_col, rect.start_row, rect.end_col - rect.start_col,
                             rect.end_row - rect.start_row);
        return 1;
    }
    static int moverect(VTermRect dest, VTermRect src, void *user)
    {
        auto *t = self(user);
        // The whole screen scrolled up (what a guest that prints without pause does, merged by
        // VTERM_DAMAGE_SCROLL into one move per feed): said as a scroll, and the damage so far
        // moves with the content. Anything else (a scroll region, sideways) is damage.
        const int up = src.start_row - dest.start_row;
        if (up > 0 && dest.start_row == 0 && src.end_row == t->m_rows && dest.start_col == 0 &&
            src.start_col == 0 && dest.end_col == t->m_columns && src.end_col == t->m_columns) {
            t->m_scrolledLines += up;
            if (!t->m_damage.isEmpty())
                t->m_damage = t->m_damage.translated(0, -up) & QRect(0, 0, t->m_columns, t->m_rows);
            return 1;
        }
        return damage(dest, user);
    }
    static int movecursor(VTermPos pos, VTermPos, int visible, void *user)
    {
        auto *t = self(user);
        t->m_cursor = QPoint(pos.col, pos.row);
        t->m_cursorVisible = visible;
        t->m_cursorMoved = true;
        return 1;
    }
    static int settermprop(VTermProp prop, VTermValue *value, void *user)
    {
        auto *t = self(user);
        switch (prop) {
        case VTERM_PROP_CURSORVISIBLE:
            t->m_cursorVisible = value->boolean;
            t->m_cursorMoved = true;
            return 1;
        case VTERM_PROP_TITLE:
            // libvterm 0.1 hands a NUL-terminated string.
            t->m_title = QString::fromUtf8(value->string ? value->string : "");
            t->m_titleChanged = true;
            return 1;
        default:
            return 0;
        }
    }
    static int bell(void *user)
    {
        self(user)->m_bell = true;
        return 1;
    }
    static int pushline(int cols, const VTermScreenCell *cells, void *user)
    {
        auto *t = self(user);
        // Only up to the last cell that shows something: most lines are short, and a guest that
        // prints without pause pushes thousands of lines a second.
        int used = cols;
        while (used > 0 && isBlankVTerm(cells[used - 1]))
            --used;
        std::vector<TerminalCell> line;
        if (t->m_scrollbackLimit > 0 && int(t->m_scrollback.size()) >= t->m_scrollbackLimit) {
            // A full scrollback: the oldest line's storage takes the new one (no allocation per
            // line while a guest prints without pause).
            line = std::move(t->m_scrollback.front());
            t->m_scrollback.pop_front();
            ++t->m_dropped;
            line.clear();
        }
        line.reserve(size_t(used));
        for (int i = 0; i < used; ++i)
            line.push_back(t->fromVTerm(&cells[i]));
        while (!line.empty() && isBlank(line.back()))
            line.pop_back();
        t->m_scrollback.push_back(std::move(line));
        while (int(t->m_scrollback.size()) > t->m_scrollbackLimit) {
            t->m_scrollback.pop_front();
            ++t->m_dropped;
        }
        t->m_scrollbackMoved = true;
        return 1;
    }
    static int popline(int cols, VTermScreenCell *cells, void *user)
    {
        auto *t = self(user);
        if (t->m_scrollback.empty())
            return 0;
        const std::vector<TerminalCell> &line = t->m_scrollback.back();
        for (int i = 0; i < cols; ++i)
            t->toVTerm(i < int(line.size()) ? line[size_t(i)] : TerminalCell(), &cells[i]);
        t->m_scrollback.pop_back();
        t->m_scrollbackMoved = true;
        return 1;
    }
    static void output(const char *bytes, size_t length, void *user)
    {
        self(user)->m_pendingOutput.append(bytes, qsizetype(length));
    }
};

namespace {
const VTermScreenCallbacks screenCallbacks = {
    &TerminalCallbacks::damage,      &TerminalCallbacks::moverect, &TerminalCallbacks::movecursor,
    &TerminalCallbacks::settermprop, &TerminalCallbacks::bell,     nullptr,
    &TerminalCallbacks::pushline,    &TerminalCallbacks::popline,
};
} // namespace

TerminalEmulator::TerminalEmulator(int rows, int columns, QObject *parent)
    : QObject(parent)
    , m_rows(std::max(1, rows))
    , m_columns(std::max(1, columns))
{
    m_vterm = vterm_new(m_rows, m_columns);
    vterm_set_utf8(m_vterm, 1);
    vterm_output_set_callback(m_vterm, &TerminalCallbacks::output, this);
    m_state = vterm_obtain_state(m_vterm);
    m_screen = vterm_obtain_screen(m_vterm);
    vterm_screen_set_callbacks(m_screen, &screenCallbacks, this);
    // Scrolls arrive as one moved rectangle, not a damaged cell each.
    vterm_screen_set_damage_merge(m_screen, VTERM_DAMAGE_SCROLL);
    vterm_screen_enable_altscreen(m_screen, 1);
    vterm_screen_reset(m_screen, 1);
    setDefaultColours(qRgb(0xd0, 0xd0, 0xd0), qRgb(0x10, 0x10, 0x10));
}

TerminalEmulator::~TerminalEmulator()
{
    vterm_free(m_vterm);
}

void TerminalEmulator::setDefaultColours(QRgb foreground, QRgb background)
{
    m_defaultFg = foreground;
    m_defaultBg = background;
    VTermColor fg;
    VTermColor bg;
    vterm_color_rgb(&fg, quint8(qRed(foreground)), quint8(qGreen(foreground)),
                    quint8(qBlue(foreground)));
    vterm_color_rgb(&bg, quint8(qRed(background)), quint8(qGreen(background)),
                    quint8(qBlue(background)));
    vterm_state_set_default_colors(m_state, &fg, &bg);
    // The 16 ANSI colours of the Tango palette: libvterm's own dark blue (0, 0, 224) cannot be
    // read on a dark background, and `ls --color` draws directories in it.
    static const QRgb ansi[16] = {
        0x2e3436, 0xcc0000, 0x4e9a06, 0xc4a000, 0x3465a4, 0x75507b, 0x06989a, 0xd3d7cf,
        0x555753, 0xef2929, 0x8ae234, 0xfce94f, 0x729fcf, 0xad7fa8, 0x34e2e2, 0xeeeeec,
    };
    for (int i = 0; i < 16; ++i) {
        VTermColor c;
        vterm_color_rgb(&c, quint8(qRed(ansi[i])), quint8(qGreen(ansi[i])), quint8(qBlue(ansi[i])));
        vterm_state_set_palette_color(m_state, i, &c);
    }
    for (int i = 0; i < 256; ++i) {
        VTermColor c;
        vterm_state_get_palette_color(m_state, i, &c);
        vterm_state_convert_color_to_rgb(m_state, &c);
        m_palette[i] = rgbOf(c);
    }
    Q_EMIT damaged(QRect(0, 0, m_columns, m_rows));
}

void TerminalEmulator::setScrollbackLimit(int lines)
{
    m_scrollbackLimit = std::max(0, lines);
    bool dropped = false;
    while (int(m_scrollback.size()) > m_scrollbackLimit) {
        m_scrollback.pop_front();
        ++m_dropped;
        dropped = true;
    }
    if (dropped)
        Q_EMIT scrollbackChanged();
}

void TerminalEmulator::feed(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    vterm_input_write(m_vterm, bytes.constData(), size_t(bytes.size()));
    vterm_screen_flush_damage(m_screen);
    flushSignals();
    flushOutput();
}

void TerminalEmulator::flushSignals()
{
    if (m_scrollbackMoved) {
        m_scrollbackMoved = false;
        Q_EMIT scrollbackChanged();
    }
    if (m_scrolledLines > 0)
        Q_EMIT scrolled(std::exchange(m_scrolledLines, 0));
    if (!m_damage.isEmpty()) {
        const QRect damage = m_damage;
        m_damage = QRect();
        Q_EMIT damaged(damage);
    }
    if (m_cursorMoved) {
        m_cursorMoved = false;
        Q_EMIT cursorChanged();
    }
    if (m_titleChanged) {
        m_titleChanged = false;
        Q_EMIT titleChanged(m_title);
    }
    if (m_bell) {
        m_bell = false;
        Q_EMIT bell();
    }
}

void TerminalEmulator::flushOutput()
{
    if (m_pendingOutput.isEmpty())
        return;
    const QByteArray bytes = std::exchange(m_pendingOutput, QByteArray());
    Q_EMIT output(bytes);
}

void TerminalEmulator::resize(int rows, int columns)
{
    rows = std::max(1, rows);
    columns = std::max(1, columns);
    if (rows == m_rows && columns == m_columns)
        return;
    m_rows = rows;
    m_columns = columns;
    vterm_set_size(m_vterm, rows, columns);
    vterm_screen_flush_damage(m_screen);
    m_damage = QRect(0, 0, m_columns, m_rows);
    flushSignals();
    flushOutput();
}

void TerminalEmulator::reset()
{
    vterm_screen_reset(m_screen, 1);
    m_dropped += qint64(m_scrollback.size());
    m_scrollback.clear();
    m_scrollbackMoved = true;
    m_damage = QRect(0, 0, m_columns, m_rows);
    flushSignals();
}

TerminalCell TerminalEmulator::fromVTerm(const void *vtermCell) const
{
    const auto *v = static_cast<const VTermScreenCell *>(vtermCell);
    TerminalCell cell;
    if (v->chars[0] == WideContinuation) {
        cell.width = 0;
    } else {
        cell.ch = v->chars[0];
        cell.combining = v->chars[0] ? v->chars[1] : 0;
        cell.width = quint8(std::clamp(int(v->width), 1, 2));
    }
    auto colour = [](const VTermColor &c, bool fg) -> quint32 {
        if (fg ? VTERM_COLOR_IS_DEFAULT_FG(&c) : VTERM_COLOR_IS_DEFAULT_BG(&c))
            return TerminalColor::Default;
        if (VTERM_COLOR_IS_INDEXED(&c))
            return TerminalColor::indexed(c.indexed.idx);
        return TerminalColor::rgb(c.rgb.red, c.rgb.green, c.rgb.blue);
    };
    cell.fg = colour(v->fg, true);
    cell.bg = colour(v->bg, false);
    quint8 attrs = 0;
    if (v->attrs.bold)
        attrs |= TerminalCell::Bold;
    if (v->attrs.underline)
        attrs |= TerminalCell::Underline;
    if (v->attrs.italic)
        attrs |= TerminalCell::Italic;
    if (v->attrs.reverse)
        attrs |= TerminalCell::Reverse;
    if (v->attrs.strike)
        attrs |= TerminalCell::Strike;
    if (v->attrs.blink)
        attrs |= TerminalCell::Blink;
    cell.attrs = attrs;
    return cell;
}

void TerminalEmulator::toVTerm(const TerminalCell &cell, void *vtermCell) const
{
    auto *v = static_cast<VTermScreenCell *>(vtermCell);
    std::memset(v, 0, sizeof(*v));
    if (cell.width == 0) {
        v->chars[0] = WideContinuation;
        v->width = 1;
    } else {
        v->chars[0] = cell.ch;
        v->chars[1] = cell.ch ? cell.combining : 0;
        v->width = char(cell.width);
    }
    VTermColor defaultFg;
    VTermColor defaultBg;
    vterm_state_get_default_colors(m_state, &defaultFg, &defaultBg);
    auto colour = [](quint32 c, const VTermColor &fallback, VTermColor *out) {
        if (TerminalColor::isIndexed(c))
            vterm_color_indexed(out, quint8(TerminalColor::index(c)));
        else if (TerminalColor::isRgb(c))
            vterm_color_rgb(out, quint8(c >> 16), quint8(c >> 8), quint8(c));
        else
            *out = fallback;
    };
    colour(cell.fg, defaultFg, &v->fg);
    colour(cell.bg, defaultBg, &v->bg);
    v->attrs.bold = cell.has(TerminalCell::Bold);
    v->attrs.underline = cell.has(TerminalCell::Underline) ? VTERM_UNDERLINE_SINGLE : 0;
    v->attrs.italic = cell.has(TerminalCell::Italic);
    v->attrs.reverse = cell.has(TerminalCell::Reverse);
    v->attrs.strike = cell.has(TerminalCell::Strike);
    v->attrs.blink = cell.has(TerminalCell::Blink);
}

TerminalCell TerminalEmulator::cell(int line, int column) const
{
    if (line < 0 || line >= lineCount() || column < 0 || column >= m_columns)
        return TerminalCell();
    if (line < scrollbackCount()) {
        const std::vector<TerminalCell> &stored = m_scrollback[size_t(line)];
        return column < int(stored.size()) ? stored[size_t(column)] : TerminalCell();
    }
    VTermScreenCell v;
    VTermPos pos{line - scrollbackCount(), column};
    if (!vterm_screen_get_cell(m_screen, pos, &v))
        return TerminalCell();
    // The right half of a wide character: libvterm reports the character's cell again.
    if (column > 0) {
        VTermScreenCell left;
        if (vterm_screen_get_cell(m_screen, VTermPos{pos.row, column - 1}, &left) &&
            left.width == 2 && left.chars[0] != 0 && left.chars[0] != WideContinuation) {
            TerminalCell half = fromVTerm(&v);
            half.ch = 0;
            half.combining = 0;
            half.width = 0;
            return half;
        }
    }
    return fromVTerm(&v);
}

void TerminalEmulator::readCells(int line, int first, int last,
                                 std::vector<TerminalCell> &out) const
{
    first = std::clamp(first, 0, m_columns);
    last = std::clamp(last, first, m_columns);
    out.resize(size_t(last - first));
    if (line < 0 || line >= lineCount()) {
        std::fill(out.begin(), out.end(), TerminalCell());
        return;
    }
    if (line < scrollbackCount()) {
        const std::vector<TerminalCell> &stored = m_scrollback[size_t(line)];
        for (int col = first; col < last; ++col)
            out[size_t(col - first)] =
                col < int(stored.size()) ? stored[size_t(col)] : TerminalCell();
        return;
    }
    const int row = line - scrollbackCount();
    // One libvterm read a cell; a cell after a wide character is its right half.
    bool afterWide = false;
    if (first > 0) {
        VTermScreenCell left;
        afterWide = vterm_screen_get_cell(m_screen, VTermPos{row, first - 1}, &left) &&
                    left.width == 2 && left.chars[0] != 0 && left.chars[0] != WideContinuation;
    }
    VTermScreenCell v;
    for (int col = first; col < last; ++col) {
        TerminalCell &cell = out[size_t(col - first)];
        if (!vterm_screen_get_cell(m_screen, VTermPos{row, col}, &v)) {
            cell = TerminalCell();
            afterWide = false;
            continue;
        }
        cell = fromVTerm(&v);
        if (afterWide) {
            cell.ch = 0;
            cell.combining = 0;
            cell.width = 0;
            afterWide = false;
        } else {
            afterWide = v.width == 2 && v.chars[0] != 0 && v.chars[0] != WideContinuation;
        }
    }
}

QString TerminalEmulator::text(QPoint from, QPoint to) const
{
    // Positions: x = column, y = line.
    if (to.y() < from.y() || (to.y() == from.y() && to.x() < from.x()))
        std::swap(from, to);
    QString result;
    for (int line = std::max(0, from.y()); line <= to.y() && line < lineCount(); ++line) {
        const int first = line == from.y() ? from.x() : 0;
        const int last = line == to.y() ? std::min(to.x(), m_columns) : m_columns;
        QString row;
        for (int col = first; col < last; ++col)
            row += cell(line, col).text();
        if (line != to.y() || last == m_columns) {
            while (row.endsWith(u' '))
                row.chop(1);
            if (line != to.y())
                row += u'\n';
        }
        result += row;
    }
    return result;
}

QString TerminalEmulator::lineText(int line) const
{
    QString row = text(QPoint(0, line), QPoint(m_columns, line));
    while (row.endsWith(u' '))
        row.chop(1);
    return row;
}

QString TerminalEmulator::screenText() const
{
    QStringList rows;
    for (int r = 0; r < m_rows; ++r)
        rows << lineText(scrollbackCount() + r);
    return rows.join(u'\n');
}

QString TerminalEmulator::allText() const
{
    QStringList rows;
    for (int l = 0; l < lineCount(); ++l)
        rows << lineText(l);
    // The empty rows under the last output are no content.
    while (!rows.isEmpty() && rows.last().isEmpty())
        rows.removeLast();
    return rows.join(u'\n') + (rows.isEmpty() ? QString() : QStringLiteral("\n"));
}

QRgb TerminalEmulator::toRgb(quint32 colour, bool foreground) const
{
    if (TerminalColor::isIndexed(colour))
        return m_palette[TerminalColor::index(colour)];
    if (TerminalColor::isRgb(colour))
        return QRgb(0xff000000u | (colour & 0xffffffu));
    return foreground ? m_defaultFg : m_defaultBg;
}

void TerminalEmulator::sendKey(int vtermKey, int vtermModifiers)
{
    vterm_keyboard_key(m_vterm, VTermKey(vtermKey), VTermModifier(vtermModifiers));
    flushOutput();
}

void TerminalEmulator::sendChar(char32_t ch, int vtermModifiers)
{
    vterm_keyboard_unichar(m_vterm, uint32_t(ch), VTermModifier(vtermModifiers));
    flushOutput();
}

void TerminalEmulator::sendPaste(const QString &text)
{
    vterm_keyboard_start_paste(m_vterm);
    // A terminal's Enter is CR; pasted line ends become CR as a typed Enter would.
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\r")).replace(u'\n', u'\r');
    const QList<uint> codes = normalised.toUcs4();
    for (uint code : codes)
        vterm_keyboard_unichar(m_vterm, code, VTERM_MOD_NONE);
    vterm_keyboard_end_paste(m_vterm);
    flushOutput();
}

} // namespace Vireo
