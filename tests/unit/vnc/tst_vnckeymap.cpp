// SPDX-License-Identifier: GPL-2.0-or-later
#include "vnc/vnckeymap.h"

#include <QTest>

using namespace Vireo;

class TestVncKeymap : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void evdevToQnum_data()
    {
        QTest::addColumn<quint32>("evdev");
        QTest::addColumn<quint32>("qnum");
        QTest::newRow("Esc") << 1u << 0x01u;
        QTest::newRow("A") << 30u << 0x1eu;
        QTest::newRow("KP .") << 83u << 0x53u;
        QTest::newRow("102nd (ISO <>)") << 86u << 0x56u;
        QTest::newRow("F12") << 88u << 0x58u;
        QTest::newRow("right Ctrl") << 97u << 0x9du;
        QTest::newRow("AltGr") << 100u << 0xb8u;
        QTest::newRow("Up") << 103u << 0xc8u;
        QTest::newRow("Delete") << 111u << 0xd3u;
        QTest::newRow("left Meta") << 125u << 0xdbu;
        QTest::newRow("unknown") << 240u << 0u;
    }
    void evdevToQnum()
    {
        QFETCH(quint32, evdev);
        QFETCH(quint32, qnum);
        QCOMPARE(Vireo::evdevToQnum(evdev), qnum);
    }
    void keysyms_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<quint32>("keysym");
        QTest::newRow("a") << int(Qt::Key_A) << QStringLiteral("a") << 0x61u;
        QTest::newRow("A shifted") << int(Qt::Key_A) << QStringLiteral("A") << 0x41u;
        QTest::newRow("Ctrl+C has no text") << int(Qt::Key_C) << QString() << 0x63u;
        QTest::newRow("e acute") << int(Qt::Key_Eacute) << QStringLiteral("é") << 0xe9u;
        QTest::newRow("euro") << int(Qt::Key_unknown) << QStringLiteral("€") << 0x010020acu;
        QTest::newRow("Return") << int(Qt::Key_Return) << QStringLiteral("\r") << 0xff0du;
        QTest::newRow("F5") << int(Qt::Key_F5) << QString() << 0xffc2u;
        QTest::newRow("Delete") << int(Qt::Key_Delete) << QString() << 0xffffu;
        QTest::newRow("Tab") << int(Qt::Key_Tab) << QStringLiteral("\t") << 0xff09u;
    }
    void keysyms()
    {
        QFETCH(int, key);
        QFETCH(QString, text);
        QFETCH(quint32, keysym);
        QCOMPARE(qtKeyToKeysym(key, text), keysym);
    }
    void functionKeys()
    {
        QCOMPARE(Qnum::function(1), 0x3bu);
        QCOMPARE(Qnum::function(10), 0x44u);
        QCOMPARE(Qnum::function(11), 0x57u);
        QCOMPARE(Qnum::function(12), 0x58u);
    }
};

QTEST_GUILESS_MAIN(TestVncKeymap)
#include "tst_vnckeymap.moc"
