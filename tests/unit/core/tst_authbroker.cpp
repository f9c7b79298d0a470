// SPDX-License-Identifier: GPL-2.0-or-later
// The request/reply plumbing of host authentication, without a daemon: a thread asks through an
// AuthBroker (as a host's worker does inside virConnectOpenAuth) and waits; the test thread gets
// the request as a queued call (as the GUI gets HostSession::authenticationRequested) and answers,
// cancels, drops the reply, or abandons the broker (a session disconnected or destroyed).

#include "core/session/authrequest.h"
#include "core/session/processsetup.h"

#include <QPointer>
#include <QTest>

#include <atomic>
#include <optional>
#include <thread>

using namespace Vireo;

namespace {

/// Runs broker.ask() on a thread of its own, delivering to `receiver` on the test's thread.
class Asker
{
public:
    Asker(AuthBroker &broker, QObject *receiver, bool deliverable = true)
    {
        AuthRequest request;
        request.uri = QStringLiteral("qemu+tcp://h/system");
        request.fields = {{CredentialType::AuthName, QStringLiteral("Name"), {}, {}},
                          {CredentialType::Passphrase, QStringLiteral("Password"), {}, {}}};
        m_thread = std::thread([this, &broker, receiver, request, deliverable] {
            m_answer = broker.ask(request, [this, receiver, deliverable](const AuthRequest &r,
                                                                         const AuthReply &reply) {
                if (!deliverable)
                    return false;
                QMetaObject::invokeMethod(
                    receiver, [this, r, reply] { m_received.emplace(r, reply); },
                    Qt::QueuedConnection);
                m_posted = true;
                return true;
            });
            m_done = true;
        });
    }
    ~Asker()
    {
        if (m_thread.joinable())
            m_thread.join();
    }
    bool done() const { return m_done; }
    /// The delivery is queued to the receiver (not yet run).
    bool posted() const { return m_posted; }
    /// Waits for the asking thread (at once if it is done).
    const AuthBroker::Answer &answer()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_answer;
    }
    /// The request and its reply, once delivered to the test's thread.
    std::optional<std::pair<AuthRequest, AuthReply>> m_received;

private:
    std::thread m_thread;
    std::atomic<bool> m_done{false};
    std::atomic<bool> m_posted{false};
    AuthBroker::Answer m_answer;
};

} // namespace

class TestAuthBroker : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void answerReachesTheAskingThread()
    {
        AuthBroker broker;
        QObject receiver;
        Asker asker(broker, &receiver);
        QTRY_VERIFY(asker.m_received.has_value());
        QCOMPARE(asker.m_received->first.fields.size(), 2);
        QCOMPARE(asker.m_received->first.fields.at(1).prompt, QStringLiteral("Password"));
        QVERIFY(asker.m_received->first.fields.at(1).isSecret());
        QVERIFY(!asker.m_received->first.fields.at(0).isSecret());
        QVERIFY(broker.isWaiting());
        QVERIFY(!asker.done()); // it waits for the answer
        AuthReply reply = asker.m_received->second;
        QVERIFY(reply.isPending());
        QList<QByteArray> values{QByteArrayLiteral("alice"), QByteArrayLiteral("s3cret")};
        reply.answer(std::move(values));
        QVERIFY(values.isEmpty()); // taken
        const auto &answer = asker.answer();
        QCOMPARE(answer.outcome, AuthOutcome::Answered);
        QCOMPARE(answer.values,
                 (QList<QByteArray>{QByteArrayLiteral("alice"), QByteArrayLiteral("s3cret")}));
        QCOMPARE(reply.outcome(), AuthOutcome::Answered);
        QVERIFY(!broker.isWaiting());
    }

    void firstAnswerCounts()
    {
        AuthBroker broker;
        QObject receiver;
        Asker asker(broker, &receiver);
        QTRY_VERIFY(asker.m_received.has_value());
        AuthReply copy = asker.m_received->second;
        asker.m_received->second.cancel();
        copy.answer({QByteArrayLiteral("late"), QByteArrayLiteral("late")});
        QCOMPARE(asker.answer().outcome, AuthOutcome::Cancelled);
        QVERIFY(asker.answer().values.isEmpty());
    }

    void cancelReleasesTheAskingThread()
    {
        AuthBroker broker;
        QObject receiver;
        Asker asker(broker, &receiver);
        QTRY_VERIFY(asker.m_received.has_value());
        asker.m_received->second.cancel();
        QCOMPARE(asker.answer().outcome, AuthOutcome::Cancelled);
    }

    void droppedReplyIsUnanswered()
    {
        // A handler that keeps no reply (or no handler at all) must not leave the worker waiting.
        AuthBroker broker;
        QObject receiver;
        Asker asker(broker, &receiver);
        QTRY_VERIFY(asker.m_received.has_value());
        asker.m_received.reset();
        QCOMPARE(asker.answer().outcome, AuthOutcome::Unanswered);
    }

    void nobodyToDeliverToIsUnanswered()
    {
        AuthBroker broker;
        QObject receiver;
        Asker asker(broker, &receiver, false);
        QCOMPARE(asker.answer().outcome, AuthOutcome::Unanswered);
    }

    void receiverGoneIsUnanswered()
    {
        // The queued delivery is dropped with its receiver (a session destroyed): so is the reply.
        AuthBroker broker;
        auto *receiver = new QObject;
        Asker asker(broker, receiver);
        // Until the delivery is queued, without running it (no event loop here).
        while (!asker.posted())
            std::this_thread::yield();
        QVERIFY(broker.isWaiting());
        delete receiver;
        QCOMPARE(asker.answer().outcome, AuthOutcome::Unanswered);
    }

    void abandonReleasesAtOnce()
    {
        AuthBroker broker;
        QObject receiver;
        Asker asker(broker, &receiver);
        QTRY_VERIFY(asker.m_received.has_value());
        broker.abandon();
        QCOMPARE(asker.answer().outcome, AuthOutcome::Abandoned);
        // The dialog still open learns that its request is over.
        AuthReply reply = asker.m_received->second;
        QVERIFY(!reply.isPending());
        QCOMPARE(reply.outcome(), AuthOutcome::Abandoned);
        reply.answer({QByteArrayLiteral("x"), QByteArrayLiteral("y")}); // ignored, harmless
    }

    void abandonedBrokerAsksNobodyUntilReset()
    {
        AuthBroker broker;
        broker.abandon();
        QObject receiver;
        {
            Asker asker(broker, &receiver);
            QCOMPARE(asker.answer().outcome, AuthOutcome::Abandoned);
            QCoreApplication::processEvents();
            QVERIFY(!asker.m_received.has_value());
        }
        broker.reset();
        Asker again(broker, &receiver);
        QTRY_VERIFY(again.m_received.has_value());
        again.m_received->second.cancel();
        QCOMPARE(again.answer().outcome, AuthOutcome::Cancelled);
    }

    void zeroOverwritesTheBytes()
    {
        QByteArray secret = QByteArrayLiteral("hunter2-hunter2");
        secret.detach(); // a buffer of its own, as toUtf8() gives
        const char *buffer = secret.constData();
        zeroSecret(secret);
        QCOMPARE(secret.constData(), buffer); // in place, not a zeroed copy
        QCOMPARE(secret, QByteArray(15, '\0'));
        wipeSecret(secret);
        QVERIFY(secret.isEmpty());
    }

    void wipeLeavesASharedCopyToItsHolder()
    {
        QByteArray mine = QByteArrayLiteral("shared-secret");
        mine.detach();
        QByteArray theirs = mine; // shares the data
        zeroSecret(mine);
        QCOMPARE(theirs, QByteArrayLiteral("shared-secret"));
        wipeSecret(mine);
        QVERIFY(mine.isEmpty());
        QCOMPARE(theirs, QByteArrayLiteral("shared-secret"));
        zeroSecret(theirs); // now the only holder
        QCOMPARE(theirs, QByteArray(13, '\0'));
    }

    void answeredValuesAreWipedWhenTheAnswerComesTooLate()
    {
        AuthBroker broker;
        QObject receiver;
        Asker asker(broker, &receiver);
        QTRY_VERIFY(asker.m_received.has_value());
        broker.abandon();
        QList<QByteArray> values{QByteArrayLiteral("alice"), QByteArrayLiteral("s3cret")};
        for (QByteArray &v : values)
            v.detach();
        QList<QByteArray> watch = values; // shares the list, not its bytes' ownership checks
        Q_UNUSED(watch);
        asker.m_received->second.answer(std::move(values));
        QVERIFY(values.isEmpty());
        QCOMPARE(asker.answer().outcome, AuthOutcome::Abandoned);
        QVERIFY(asker.answer().values.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAuthBroker)
#include "tst_authbroker.moc"
