// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Typing into the tiny guest's shell through a VNC connection, and telling a drawn screen from a
// black one. Shared by the console integration tests.

#include "vnc/vncconnection.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QTest>

#include <functional>

namespace Vireo::Integration {

/// US layout as QEMU key numbers: the extended key events carry keycodes, so this does not
/// depend on the keymap QEMU was started with.
inline bool qnumFor(QChar c, quint32 *qnum, bool *shift)
{
    static const char *const rows[] = {"1234567890-=", "qwertyuiop", "asdfghjkl", "zxcvbnm,./"};
    static const quint32 starts[] = {0x02, 0x10, 0x1e, 0x2c};
    *shift = false;
    if (c == QLatin1Char(' ')) {
        *qnum = 0x39;
        return true;
    }
    if (c == QLatin1Char('>')) {
        *qnum = 0x34;
        *shift = true;
        return true;
    }
    if (c.isUpper()) {
        *shift = true;
        c = c.toLower();
    }
    for (int r = 0; r < 4; ++r) {
        const int i = int(QByteArray(rows[r]).indexOf(c.toLatin1()));
        if (i >= 0) {
            *qnum = starts[r] + quint32(i);
            return true;
        }
    }
    return false;
}

inline void typeLine(VncConnection *c, const QString &line)
{
    for (QChar ch : line) {
        quint32 qnum = 0;
        bool shift = false;
        if (!qnumFor(ch, &qnum, &shift))
            continue;
        if (shift)
            c->sendKey(0xffe1, 0x2a, true);
        const quint32 keysym = ch == QLatin1Char('>') ? 0x3e : ch.unicode();
        c->sendKey(keysym, qnum, true);
        c->sendKey(keysym, qnum, false);
        if (shift)
            c->sendKey(0xffe1, 0x2a, false);
    }
    c->sendKey(0xff0d, 0x1c, true);
    c->sendKey(0xff0d, 0x1c, false);
}

inline bool hasContent(const QImage &img)
{
    if (img.isNull())
        return false;
    for (int y = 0; y < img.height(); y += 4)
        for (int x = 0; x < img.width(); x += 4)
            if (qGray(img.pixel(x, y)) > 64)
                return true;
    return false;
}

/// Types line every few seconds until arrived() is true (a shell may start a moment after the
/// guest says it booted, and drops what came before), for at most timeoutMs.
inline bool typeUntil(VncConnection *c, const QString &line, const std::function<bool()> &arrived,
                      int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            if (arrived())
                return true;
            typeLine(c, line);
            return QTest::qWaitFor(arrived, 3000);
        },
        timeoutMs);
}

} // namespace Vireo::Integration
