// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the tests on the demo host share: a fresh copy of the host per test, connected, and a
// way to wait for one of core's asynchronous answers. Header only; a test that includes it links
// vireo_core and vireo_resources. GUI thread.

#include "core/session/hostsession.h"
#include "resources.h"

#include <QFile>
#include <QObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace VireoTest {

/// Two of the demo host's domains: web-frontend (running) and win11-desktop (shut off).
inline const QString kWeb = QStringLiteral("9c1db738-6d35-5022-9639-dce24fd4c37b");
inline const QString kWin = QStringLiteral("7a640993-3395-57fc-b2be-2c94023cca41");

/// Writes a fresh copy of the demo host's fixture into dir and gives its test:// URI (empty if
/// it cannot be written). The test driver keeps a file's domains per connection, so a fresh file
/// is a fresh host.
/// fixture: the test driver's XML to write instead (the demo host with a guest more, say).
inline QString demoHostUri(const QTemporaryDir &dir, const QByteArray &fixture = {})
{
    static int n = 0;
    QFile f(dir.filePath(QStringLiteral("host%1.xml").arg(++n)));
    const QByteArray xml = fixture.isEmpty() ? Vireo::demoHostFixture() : fixture;
    if (!f.open(QIODevice::WriteOnly) || f.write(xml) <= 0)
        return {};
    return QStringLiteral("test://") + f.fileName();
}

/// A session on a fresh demo host with its statistics off, connected and its domains listed;
/// null when that has not happened within 10 s.
inline std::unique_ptr<Vireo::HostSession> connectedDemoHost(const QTemporaryDir &dir)
{
    const QString uri = demoHostUri(dir);
    if (uri.isEmpty())
        return nullptr;
    auto session = std::make_unique<Vireo::HostSession>(uri);
    session->setStatsInterval(0); // tests that need the tick turn it on
    QSignalSpy listed(session.get(), &Vireo::HostSession::domainsListed);
    session->connectToHost();
    if (!listed.wait(10000))
        return nullptr;
    return session;
}

/// Calls call(context, done) and waits up to 10 s for the value done receives: core's calls
/// answer on the GUI thread, so a test spins the event loop meanwhile.
template<typename T, typename Call>
std::optional<T> ask(Call call)
{
    std::optional<T> out;
    QObject context;
    call(&context, [&out](T v) { out.emplace(std::move(v)); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
        return std::nullopt;
    return out;
}

} // namespace VireoTest
