// SPDX-License-Identifier: GPL-2.0-or-later
// A HostSession connects to the tier's SASL listener (DIGEST-MD5 on 127.0.0.1, libvirtd.sh)
// through Vireo's own virConnectAuth callback: the test answers authenticationRequested as the
// GUI's dialog would. The right password connects; a wrong one fails with a clear reason and is
// not retried; Cancel ends the attempt; a session removed or disconnected while its worker waits
// releases the worker. Skips without the listener (it runs only as root).

#include "guest.h"

#include "core/session/hostsession.h"
#include "core/session/processsetup.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Vireo;
using namespace Vireo::Integration;

namespace {

/// What a fake user does with each request: answer with these, cancel, or keep the reply.
struct Answerer
{
    enum class Mode { Answer, Cancel, Keep };
    Mode mode = Mode::Answer;
    QByteArray user;
    QByteArray password;
    QList<AuthRequest> requests;
    std::optional<AuthReply> kept;

    void attach(HostSession *session, QObject *context)
    {
        QObject::connect(session, &HostSession::authenticationRequested, context,
                         [this](const AuthRequest &request, const AuthReply &reply) {
                             requests.append(request);
                             if (mode == Mode::Keep) {
                                 kept = reply;
                                 return;
                             }
                             if (mode == Mode::Cancel) {
                                 AuthReply(reply).cancel();
                                 return;
                             }
                             QList<QByteArray> values;
                             for (const CredentialField &f : request.fields)
                                 values.append(f.isSecret() ? password : user);
                             AuthReply(reply).answer(std::move(values));
                         });
    }
};

} // namespace

class TestHostAuth : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase();
    void rightPasswordConnects();
    void wrongPasswordIsNotRetried();
    void cancelEndsTheAttempt();
    void nobodyToAskFailsAtOnce();
    void disconnectWhileWaitingReleasesTheWorker();
    void removingTheHostWhileWaitingReleasesTheWorker();

private:
    std::unique_ptr<HostSession> newSession()
    {
        auto session = std::make_unique<HostSession>(m_env.saslUri);
        // A retry would come at once: a test that waits for none sees it if it comes.
        session->setReconnectBackoff(50, 50);
        session->setStatsInterval(0);
        return session;
    }

    Environment m_env;
    QByteArray m_password;
};

void TestHostAuth::initTestCase()
{
    m_env = Environment::detect();
    if (!m_env.unavailable.isEmpty())
        QSKIP(qPrintable(m_env.unavailable));
    if (m_env.saslUri.isEmpty())
        QSKIP("no SASL listener: tests/integration/libvirtd.sh starts one only as root");
    QFile file(m_env.saslPasswordFile);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(QStringLiteral("no SASL password at %1: the running libvirtd was not "
                                        "started by tests/integration/libvirtd.sh")
                             .arg(m_env.saslPasswordFile)));
    m_password = file.readAll().trimmed();
    QVERIFY(!m_password.isEmpty());
}

void TestHostAuth::rightPasswordConnects()
{
    auto session = newSession();
    Answerer user{Answerer::Mode::Answer, m_env.saslUser.toUtf8(), m_password};
    user.attach(session.get(), this);
    QSignalSpy failed(session.get(), &HostSession::authenticationFailed);
    session->connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(session->state() == HostState::Connected, kLibvirtCallMs);
    QCOMPARE(user.requests.size(), 1);
    const AuthRequest &request = user.requests.first();
    QCOMPARE(request.uri, m_env.saslUri);
    QVERIFY(!request.hostName.isEmpty());
    QVERIFY(request.asksForSecret());
    bool asksName = false;
    for (const CredentialField &f : request.fields)
        asksName =
            asksName || f.type == CredentialType::AuthName || f.type == CredentialType::Username;
    QVERIFY(asksName);
    QVERIFY(failed.isEmpty());
}

void TestHostAuth::wrongPasswordIsNotRetried()
{
    auto session = newSession();
    Answerer user{Answerer::Mode::Answer, m_env.saslUser.toUtf8(), m_password + "-wrong"};
    user.attach(session.get(), this);
    QSignalSpy failed(session.get(), &HostSession::authenticationFailed);
    session->connectToHost();
    QVERIFY(failed.wait(kLibvirtCallMs));
    QCOMPARE(failed.first().at(1).toBool(), false); // refused, not cancelled
    const QString reason = failed.first().at(0).toString();
    QVERIFY2(reason.startsWith(QLatin1String("Authentication failed")), qPrintable(reason));
    QVERIFY2(!reason.contains(QString::fromUtf8(m_password)), "the reason shows the password");
    QCOMPARE(session->state(), HostState::Disconnected);
    QCOMPARE(session->stateReason(), reason);
    QCOMPARE(session->reconnectInSeconds(), -1); // no retry scheduled
    // With a 50 ms backoff a retry would have asked again by now.
    QTest::qWait(1000);
    QCOMPARE(user.requests.size(), 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(session->state(), HostState::Disconnected);

    // Connecting again asks again, and the right password then connects.
    user.password = m_password;
    session->connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(session->state() == HostState::Connected, kLibvirtCallMs);
    QCOMPARE(user.requests.size(), 2);
}

void TestHostAuth::cancelEndsTheAttempt()
{
    auto session = newSession();
    Answerer user{Answerer::Mode::Cancel, {}, {}};
    user.attach(session.get(), this);
    QSignalSpy failed(session.get(), &HostSession::authenticationFailed);
    session->connectToHost();
    QVERIFY(failed.wait(kLibvirtCallMs));
    QCOMPARE(failed.first().at(1).toBool(), true);
    QVERIFY2(session->stateReason().startsWith(QLatin1String("Authentication cancelled")),
             qPrintable(session->stateReason()));
    QCOMPARE(session->state(), HostState::Disconnected);
    QCOMPARE(session->reconnectInSeconds(), -1);
    QTest::qWait(1000);
    QCOMPARE(user.requests.size(), 1);
}

void TestHostAuth::nobodyToAskFailsAtOnce()
{
    // No dialog connected: the worker must not wait, and nothing is asked on a terminal.
    auto session = newSession();
    QSignalSpy states(session.get(), &HostSession::stateChanged);
    session->connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(session->state() == HostState::Disconnected &&
                                 !session->stateReason().isEmpty(),
                             kLibvirtCallMs);
    QVERIFY2(session->stateReason().contains(QLatin1String("asks for credentials")),
             qPrintable(session->stateReason()));
    QCOMPARE(session->reconnectInSeconds(), -1);
}

void TestHostAuth::disconnectWhileWaitingReleasesTheWorker()
{
    auto session = newSession();
    Answerer user{Answerer::Mode::Keep, {}, {}};
    user.attach(session.get(), this);
    session->connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(user.kept.has_value(), kLibvirtCallMs);
    QVERIFY(user.kept->isPending());
    // A user taking their time is not a host slow to answer ("examining the hypervisor").
    QTest::qWait(HostSession::SlowConnectMs + 500);
    QVERIFY(!session->isSlowToConnect());
    QVERIFY(user.kept->isPending());
    session->disconnectFromHost();
    QCOMPARE(user.kept->outcome(), AuthOutcome::Abandoned);
    QTRY_VERIFY_WITH_TIMEOUT(session->state() == HostState::Disconnected, kLibvirtCallMs);
    // An answer after the end is ignored; the session stays disconnected.
    user.kept->answer({m_env.saslUser.toUtf8(), m_password});
    QCOMPARE(user.kept->outcome(), AuthOutcome::Abandoned);
    // The worker is free: a new connect asks again and connects.
    user.mode = Answerer::Mode::Answer;
    user.user = m_env.saslUser.toUtf8();
    user.password = m_password;
    session->connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(session->state() == HostState::Connected, kLibvirtCallMs);
    QCOMPARE(user.requests.size(), 2);
}

void TestHostAuth::removingTheHostWhileWaitingReleasesTheWorker()
{
    // The earlier tests' workers are gone first (they tear down on their own threads).
    QTRY_COMPARE_WITH_TIMEOUT(HostSession::liveWorkerCount(), 0, kLibvirtCallMs);
    const int workersBefore = 0;
    auto session = newSession();
    Answerer user{Answerer::Mode::Keep, {}, {}};
    user.attach(session.get(), this);
    session->connectToHost();
    QTRY_VERIFY_WITH_TIMEOUT(user.kept.has_value(), kLibvirtCallMs);
    QCOMPARE(HostSession::liveWorkerCount(), workersBefore + 1);
    session.reset();
    QCOMPARE(user.kept->outcome(), AuthOutcome::Abandoned);
    // The worker's connect returns and it tears down on its own thread.
    QTRY_COMPARE_WITH_TIMEOUT(HostSession::liveWorkerCount(), workersBefore, kLibvirtCallMs);
}

QTEST_GUILESS_MAIN(TestHostAuth)
#include "tst_hostauth.moc"
