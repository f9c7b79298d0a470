// SPDX-License-Identifier: GPL-2.0-or-later
#include "vnckeymap.h"

#include <QGuiApplication>
#include <QKeyEvent>

namespace Vireo {

quint32 Qnum::function(int n)
{
    if (n >= 1 && n <= 10)
        return 0x3b + quint32(n - 1);
    if (n == 11)
        return 0x57;
    if (n == 12)
        return 0x58;
    return 0;
}

quint32 evdevToQnum(quint32 evdev)
{
    // KEY_ESC (1) .. KEY_KPDOT (83) are the XT scan codes themselves.
    if (evdev >= 1 && evdev <= 83)
        return evdev;
    switch (evdev) {
    case 85:
        return 0x76; // KEY_ZENKAKUHANKAKU
    case 86:
        return 0x56; // KEY_102ND (the key left of Z on ISO keyboards)
    case 87:
        return 0x57; // KEY_F11
    case 88:
        return 0x58; // KEY_F12
    case 89:
        return 0x73; // KEY_RO
    case 90:
        return 0x78; // KEY_KATAKANA
    case 91:
        return 0x77; // KEY_HIRAGANA
    case 92:
        return 0x79; // KEY_HENKAN
    case 93:
        return 0x70; // KEY_KATAKANAHIRAGANA
    case 94:
        return 0x7b; // KEY_MUHENKAN
    case 95:
        return 0x5c; // KEY_KPJPCOMMA
    case 96:
        return 0x9c; // KEY_KPENTER
    case 97:
        return 0x9d; // KEY_RIGHTCTRL
    case 98:
        return 0xb5; // KEY_KPSLASH
    case 99:
        return 0xb7; // KEY_SYSRQ: the Print Screen key (E0 37)
    case 100:
        return 0xb8; // KEY_RIGHTALT
    case 102:
        return 0xc7; // KEY_HOME
    case 103:
        return 0xc8; // KEY_UP
    case 104:
        return 0xc9; // KEY_PAGEUP
    case 105:
        return 0xcb; // KEY_LEFT
    case 106:
        return 0xcd; // KEY_RIGHT
    case 107:
        return 0xcf; // KEY_END
    case 108:
        return 0xd0; // KEY_DOWN
    case 109:
        return 0xd1; // KEY_PAGEDOWN
    case 110:
        return 0xd2; // KEY_INSERT
    case 111:
        return 0xd3; // KEY_DELETE
    case 113:
        return 0xa0; // KEY_MUTE
    case 114:
        return 0xae; // KEY_VOLUMEDOWN
    case 115:
        return 0xb0; // KEY_VOLUMEUP
    case 116:
        return 0xde; // KEY_POWER
    case 117:
        return 0x59; // KEY_KPEQUAL
    case 119:
        return 0xc6; // KEY_PAUSE
    case 121:
        return 0x7e; // KEY_KPCOMMA
    case 122:
        return 0xf2; // KEY_HANGEUL
    case 123:
        return 0xf1; // KEY_HANJA
    case 124:
        return 0x7d; // KEY_YEN
    case 125:
        return 0xdb; // KEY_LEFTMETA
    case 126:
        return 0xdc; // KEY_RIGHTMETA
    case 127:
        return 0xdd; // KEY_COMPOSE (menu)
    case 142:
        return 0xdf; // KEY_SLEEP
    case 143:
        return 0xe3; // KEY_WAKEUP
    case 183:
        return 0x5d; // KEY_F13
    case 184:
        return 0x5e; // KEY_F14
    case 185:
        return 0x5f; // KEY_F15
    default:
        return 0;
    }
}

quint32 qtKeyToKeysym(int key, const QString &text)
{
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35)
        return 0xffbe + quint32(key - Qt::Key_F1);
    switch (key) {
    case Qt::Key_Escape:
        return 0xff1b;
    case Qt::Key_Tab:
        return 0xff09;
    case Qt::Key_Backtab:
        return 0xff09;
    case Qt::Key_Backspace:
        return 0xff08;
    case Qt::Key_Return:
        return 0xff0d;
    case Qt::Key_Enter:
        return 0xff8d;
    case Qt::Key_Insert:
        return 0xff63;
    case Qt::Key_Delete:
        return 0xffff;
    case Qt::Key_Pause:
        return 0xff13;
    case Qt::Key_Print:
        return 0xff61;
    case Qt::Key_SysReq:
        return 0xff15;
    case Qt::Key_Clear:
        return 0xff0b;
    case Qt::Key_Home:
        return 0xff50;
    case Qt::Key_End:
        return 0xff57;
    case Qt::Key_Left:
        return 0xff51;
    case Qt::Key_Up:
        return 0xff52;
    case Qt::Key_Right:
        return 0xff53;
    case Qt::Key_Down:
        return 0xff54;
    case Qt::Key_PageUp:
        return 0xff55;
    case Qt::Key_PageDown:
        return 0xff56;
    case Qt::Key_Shift:
        return 0xffe1;
    case Qt::Key_Control:
        return 0xffe3;
    case Qt::Key_Meta:
        return 0xffeb;
    case Qt::Key_Alt:
        return 0xffe9;
    case Qt::Key_AltGr:
        return 0xfe03;
    case Qt::Key_CapsLock:
        return 0xffe5;
    case Qt::Key_NumLock:
        return 0xff7f;
    case Qt::Key_ScrollLock:
        return 0xff14;
    case Qt::Key_Super_L:
        return 0xffeb;
    case Qt::Key_Super_R:
        return 0xffec;
    case Qt::Key_Menu:
        return 0xff67;
    case Qt::Key_Space:
        return 0x20;
    default:
        break;
    }
    // Printable: the character itself (Latin-1 keysyms equal the code point, others are
    // 0x01000000 + Unicode). Without text (e.g. with Ctrl held), the unshifted key.
    if (text.size() == 1 && text.at(0).unicode() >= 0x20 && text.at(0).unicode() != 0x7f) {
        const char16_t c = text.at(0).unicode();
        return c < 0x100 ? quint32(c) : 0x01000000u + c;
    }
    if (key >= 0x20 && key <= 0xff)
        return QChar(key).toLower().unicode();
    return 0;
}

VncKey vncKeyFromEvent(const QKeyEvent *event)
{
    VncKey k;
    static const bool nativeIsEvdev =
        QGuiApplication::platformName().startsWith(QLatin1String("xcb")) ||
        QGuiApplication::platformName().startsWith(QLatin1String("wayland"));
    if (nativeIsEvdev) {
        if (event->nativeScanCode() > 8)
            k.qnum = evdevToQnum(event->nativeScanCode() - 8);
        k.keysym = event->nativeVirtualKey();
    }
    if (!k.keysym)
        k.keysym = qtKeyToKeysym(event->key(), event->text());
    return k;
}

} // namespace Vireo
