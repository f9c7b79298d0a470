// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Helpers shared by the wizard's unit tests (GUI thread).

#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include <QSignalSpy>
#include <QStringList>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

namespace Vireo::Test {

/// Opens a HostSession and waits until it is connected (or QVERIFY fails).
inline std::unique_ptr<HostSession> connectHost(const QString &uri)
{
    LibvirtEventLoop::start();
    auto session = std::make_unique<HostSession>(uri);
    session->setStatsInterval(0);
    QSignalSpy spy(session.get(), &HostSession::stateChanged);
    session->connectToHost();
    for (int i = 0; i < 50 && session->state() != HostState::Connected; ++i)
        spy.wait(200);
    return session;
}

/// Flattens XML into "a/b/c@attr=value" and "a/b/c=text" lines, so a test can check that the
/// values it asked for came back without caring about order or formatting.
inline QStringList flattenXml(const QString &xml)
{
    QStringList out, stack;
    QXmlStreamReader r(xml);
    QString text;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            stack << r.name().toString();
            const QString path = stack.join(QLatin1Char('/'));
            for (const QXmlStreamAttribute &a : r.attributes())
                out << path + QLatin1Char('@') + a.name().toString() + QLatin1Char('=') +
                           a.value().toString();
            text.clear();
        } else if (r.isCharacters()) {
            text += r.text();
        } else if (r.isEndElement()) {
            if (!text.trimmed().isEmpty())
                out << stack.join(QLatin1Char('/')) + QLatin1Char('=') + text;
            text.clear();
            stack.removeLast();
        }
    }
    return out;
}

} // namespace Vireo::Test

/// A Qt Test main that makes Vireo's process-wide choices first (prepareProcess(): Qt off GLib's
/// dispatcher, which libvirt's event loop thread would otherwise contend with at exit).
#define VIREO_TEST_MAIN_NO_GLIB(TestClass, AppClass)                                               \
    int main(int argc, char **argv)                                                                \
    {                                                                                              \
        Vireo::prepareProcess();                                                                   \
        AppClass app(argc, argv);                                                                  \
        TestClass test;                                                                            \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&test, argc, argv);                                                    \
    }
