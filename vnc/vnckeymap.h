// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QtGlobal>

class QKeyEvent;

namespace Vireo {

/// What a key event becomes on the wire: an X11 keysym (what the key means on the host's layout)
/// and a QEMU key number (which physical key it is; 0 when unknown). QEMU uses the key number, so
/// the guest's own layout decides the character. Pure functions; any thread.
struct VncKey
{
    quint32 keysym = 0;
    quint32 qnum = 0;
    bool isValid() const { return keysym || qnum; }
};

/// Linux evdev key code (KEY_*) to QEMU key number (PC XT set 1; E0-prefixed keys get 0x80).
quint32 evdevToQnum(quint32 evdev);
/// Qt::Key (plus the event's text, for printable characters) to an X11 keysym; 0 if unknown.
quint32 qtKeyToKeysym(int qtKey, const QString &text);
/// From a Qt key event: the native scan code (evdev + 8 on X11 and Wayland) and native keysym
/// where the platform has them, else the Qt key.
VncKey vncKeyFromEvent(const QKeyEvent *event);

namespace Keysym {
constexpr quint32 ControlL = 0xffe3, AltL = 0xffe9, ShiftL = 0xffe1, Delete = 0xffff,
                  BackSpace = 0xff08, Print = 0xff61, F1 = 0xffbe, Return = 0xff0d;
}
namespace Qnum {
constexpr quint32 ControlL = 0x1d, AltL = 0x38, ShiftL = 0x2a, Delete = 0xd3, BackSpace = 0x0e,
                  Print = 0xb7, Return = 0x1c;
/// F1..F10 are 0x3b..0x44, F11 0x57, F12 0x58.
quint32 function(int n);
} // namespace Qnum

} // namespace Vireo
