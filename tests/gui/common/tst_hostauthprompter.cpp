// SPDX-License-Identifier: GPL-2.0-or-later
// Host authentication in the GUI (issue 10): the AuthDialog a request brings up (a field per
// credential, the host's prompt, accessible names, Remember), the prompter that answers a waiting
// worker from the keyring first and the dialog otherwise, stores a password only once the host
// accepted it, and says so when no keyring answers; and the askpass dialog ssh's prompts use.
// The worker side is a real AuthBroker waiting on a thread of its own, as inside libvirt's connect.
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/common/askpassdialog.h"
#include "ui/common/authdialog.h"
#include "ui/common/hostauthprompter.h"
#include "ui/common/messagelog.h"
#include "ui/common/passwordstore.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <optional>
#include <thread>

using namespace Vireo;

namespace {

AuthRequest saslRequest()
{
    AuthRequest r;
    r.uri = QStringLiteral("qemu+tcp://h.example/system");
    r.hostName = QStringLiteral("QEMU/KVM on h.example");
    r.fields = {
        {CredentialType::AuthName, QStringLiteral("Please enter your authentication name"), {}, {}},
        {CredentialType::Passphrase, QStringLiteral("Please enter your password"), {}, {}}};
    return r;
}

/// A worker waiting in its broker, as HostWorker does inside virConnectOpenAuth.
class WaitingWorker
{
public:
    WaitingWorker(HostSession *session, const AuthRequest &request)
    {
        m_thread = std::thread([this, session, request] {
            m_answer =
                m_broker.ask(request, [session](const AuthRequest &r, const AuthReply &reply) {
                    QMetaObject::invokeMethod(
                        session,
                        [session, r, reply] { Q_EMIT session->authenticationRequested(r, reply); },
                        Qt::QueuedConnection);
                    return true;
                });
            m_done = true;
        });
    }
    ~WaitingWorker()
    {
        m_broker.abandon();
        if (m_thread.joinable())
            m_thread.join();
    }
    bool done() const { return m_done; }
    AuthBroker &broker() { return m_broker; }
    const AuthBroker::Answer &answer()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_answer;
    }

private:
    AuthBroker m_broker;
    std::thread m_thread;
    std::atomic<bool> m_done{false};
    AuthBroker::Answer m_answer;
};

/// The keyring's contract without a desktop: answers later, like QtKeychain's jobs.
class MemoryStore : public PasswordStore
{
public:
    bool available = true;
    QHash<QString, QPair<QByteArray, QByteArray>> logins;
    int writes = 0;

    void read(const QString &uri, QObject *context, ReadDone done) override
    {
        QTimer::singleShot(0, context, [this, uri, done] {
            StoredLogin login;
            if (!available)
                return done(KeyringAnswer::Unavailable, login,
                            QStringLiteral("no desktop keyring answers"));
            if (!logins.contains(uri))
                return done(KeyringAnswer::NotFound, login, QString());
            login.user = logins.value(uri).first;
            login.password = logins.value(uri).second;
            done(KeyringAnswer::Found, login, QString());
        });
    }
    void write(const QString &uri, const StoredLogin &login, QObject *context,
               WriteDone done) override
    {
        ++writes;
        const auto entry = qMakePair(login.user, login.password);
        QTimer::singleShot(0, context, [this, uri, entry, done] {
            if (!available)
                return done(false, QStringLiteral("no desktop keyring answers"));
            logins.insert(uri, entry);
            done(true, QString());
        });
    }
    void forget(const QString &uri) override { logins.remove(uri); }
};

void fillAndLogIn(AuthDialog *dialog, const QString &user, const QString &password, bool remember)
{
    dialog->field(0)->setText(user);
    QTest::keyClicks(dialog->field(1), password);
    dialog->rememberBox()->setChecked(remember);
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

} // namespace

class TestHostAuthPrompter : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void init()
    {
        m_session = std::make_unique<HostSession>(QStringLiteral("qemu+tcp://h.example/system"));
        m_store.logins.clear();
        m_store.available = true;
        m_store.writes = 0;
        m_prompter = HostAuthPrompter::of(m_session.get());
        m_prompter->setStore(&m_store);
        MessageLog::instance()->clear();
    }
    void cleanup() { m_session.reset(); }

    void dialogHasAFieldPerCredential()
    {
        AuthRequest r = saslRequest();
        r.fields.append({CredentialType::Realm, {}, {}, QStringLiteral("EXAMPLE")});
        AuthDialog dialog(r);
        QVERIFY(dialog.field(0) && dialog.field(1) && dialog.field(2));
        QVERIFY(!dialog.field(3));
        QCOMPARE(dialog.field(0)->echoMode(), QLineEdit::Normal);
        QCOMPARE(dialog.field(1)->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.field(2)->text(), QStringLiteral("EXAMPLE"));
        // The host's own words are on screen.
        QStringList labels;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            labels.append(l->text());
        QVERIFY(labels.contains(QStringLiteral("Please enter your password:")));
        QVERIFY(labels.contains(QStringLiteral("Please enter your authentication name:")));
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("h.example")));
        for (QLineEdit *e : dialog.findChildren<QLineEdit *>())
            QVERIFY2(!e->accessibleName().isEmpty(), "a field without an accessible name");
        QVERIFY(!dialog.rememberBox()->isHidden());
        QVERIFY(!dialog.rememberBox()->accessibleName().isEmpty());
        dialog.field(0)->setText(QStringLiteral("alice"));
        dialog.field(1)->setText(QStringLiteral("s3cret"));
        dialog.rememberBox()->setChecked(true);
        QVERIFY(dialog.remember());
        QCOMPARE(dialog.takeValues(), (QList<QByteArray>{"alice", "s3cret", "EXAMPLE"}));
        QVERIFY(dialog.field(1)->text().isEmpty()); // the secret leaves the widget
        dialog.setRememberAvailable(false, QStringLiteral("no keyring"));
        QVERIFY(!dialog.remember());
    }

    void saslTitleLabelsTheField()
    {
        // libvirt's SASL fields come with a title ("challenge") and a sentence.
        AuthRequest r;
        r.fields = {{CredentialType::AuthName,
                     QStringLiteral("Please enter your authentication name"),
                     QStringLiteral("Authentication Name"),
                     {}}};
        AuthDialog dialog(r);
        QStringList labels;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            labels.append(l->text());
        QVERIFY(labels.contains(QStringLiteral("Authentication Name:")));
        QCOMPARE(dialog.field(0)->placeholderText(),
                 QStringLiteral("Please enter your authentication name"));
        QCOMPARE(dialog.field(0)->accessibleName(), QStringLiteral("Authentication Name"));
    }

    void noRememberWithoutASecret()
    {
        AuthRequest r;
        r.fields = {{CredentialType::Username, QStringLiteral("User"), {}, {}}};
        AuthDialog dialog(r);
        QVERIFY(dialog.rememberBox()->isHidden());
        dialog.rememberBox()->setChecked(true);
        QVERIFY(!dialog.remember());
    }

    void dialogAnswersTheWaitingWorker()
    {
        WaitingWorker worker(m_session.get(), saslRequest());
        QTRY_VERIFY(m_prompter->dialog());
        QVERIFY(!worker.done());
        fillAndLogIn(m_prompter->dialog(), QStringLiteral("alice"), QStringLiteral("s3cret"),
                     false);
        QCOMPARE(worker.answer().outcome, AuthOutcome::Answered);
        QCOMPARE(worker.answer().values, (QList<QByteArray>{"alice", "s3cret"}));
        QTRY_VERIFY(!m_prompter->dialog());
        Q_EMIT m_session->stateChanged(HostState::Connected, {});
        QCoreApplication::processEvents();
        QCOMPARE(m_store.writes, 0); // not asked to remember
    }

    void cancelCancels()
    {
        WaitingWorker worker(m_session.get(), saslRequest());
        QTRY_VERIFY(m_prompter->dialog());
        auto *box = m_prompter->dialog()->findChild<QDialogButtonBox *>();
        QTest::mouseClick(box->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(worker.answer().outcome, AuthOutcome::Cancelled);
    }

    void rememberedOnlyOnceConnected()
    {
        {
            WaitingWorker worker(m_session.get(), saslRequest());
            QTRY_VERIFY(m_prompter->dialog());
            fillAndLogIn(m_prompter->dialog(), QStringLiteral("alice"), QStringLiteral("wrong"),
                         true);
            QCOMPARE(worker.answer().outcome, AuthOutcome::Answered);
        }
        // The host refused it: nothing is stored.
        Q_EMIT m_session->stateChanged(HostState::Disconnected,
                                       QStringLiteral("Authentication failed"));
        Q_EMIT m_session->authenticationFailed(QStringLiteral("Authentication failed"), false);
        Q_EMIT m_session->stateChanged(HostState::Connected, {});
        QCoreApplication::processEvents();
        QCOMPARE(m_store.writes, 0);
        {
            WaitingWorker worker(m_session.get(), saslRequest());
            QTRY_VERIFY(m_prompter->dialog());
            fillAndLogIn(m_prompter->dialog(), QStringLiteral("alice"), QStringLiteral("right"),
                         true);
            QCOMPARE(worker.answer().outcome, AuthOutcome::Answered);
        }
        QCoreApplication::processEvents();
        QCOMPARE(m_store.writes, 0); // not before the host said yes
        Q_EMIT m_session->stateChanged(HostState::Connected, {});
        QTRY_COMPARE(m_store.logins.value(m_session->uri()),
                     qMakePair(QByteArray("alice"), QByteArray("right")));
        QVERIFY(MessageLog::instance()
                    ->texts()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("stored in the desktop keyring")));
        QVERIFY(!MessageLog::instance()
                     ->texts()
                     .join(QLatin1Char('\n'))
                     .contains(QStringLiteral("right")));
    }

    void storedLoginIsUsedBeforeAsking()
    {
        m_store.logins.insert(m_session->uri(), qMakePair(QByteArray("bob"), QByteArray("pw")));
        {
            WaitingWorker worker(m_session.get(), saslRequest());
            QTRY_VERIFY(worker.done()); // answered from the keyring, no dialog
            QCOMPARE(worker.answer().outcome, AuthOutcome::Answered);
            QCOMPARE(worker.answer().values, (QList<QByteArray>{"bob", "pw"}));
            QVERIFY(!m_prompter->dialog());
        }
        // Refused: the next request asks, with the user filled in and why it asks.
        Q_EMIT m_session->authenticationFailed(QStringLiteral("Authentication failed"), false);
        WaitingWorker worker(m_session.get(), saslRequest());
        QTRY_VERIFY(m_prompter->dialog());
        AuthDialog *dialog = m_prompter->dialog();
        QCOMPARE(dialog->field(0)->text(), QStringLiteral("bob"));
        QVERIFY(dialog->field(1)->text().isEmpty());
        QVERIFY(dialog->noteLabel()->text().contains(QStringLiteral("refused")));
        fillAndLogIn(dialog, QStringLiteral("bob"), QStringLiteral("new"), false);
        QCOMPARE(worker.answer().outcome, AuthOutcome::Answered);
        QCOMPARE(worker.answer().values, (QList<QByteArray>{"bob", "new"}));
        // Connected with other credentials, not remembered: the refused entry goes.
        Q_EMIT m_session->stateChanged(HostState::Connected, {});
        QVERIFY(!m_store.logins.contains(m_session->uri()));
    }

    void noKeyringSaysSoAndStoresNothing()
    {
        m_store.available = false;
        WaitingWorker worker(m_session.get(), saslRequest());
        QTRY_VERIFY(m_prompter->dialog());
        AuthDialog *dialog = m_prompter->dialog();
        QVERIFY(!dialog->rememberBox()->isEnabled());
        bool said = false;
        for (QLabel *l : dialog->findChildren<QLabel *>())
            said =
                said || (!l->isHidden() && l->text().contains(QStringLiteral("cannot remember")));
        QVERIFY(said);
        QVERIFY(MessageLog::instance()
                    ->texts()
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("will not be remembered")));
        fillAndLogIn(dialog, QStringLiteral("alice"), QStringLiteral("s3cret"), true);
        QCOMPARE(worker.answer().outcome, AuthOutcome::Answered);
        Q_EMIT m_session->stateChanged(HostState::Connected, {});
        QCoreApplication::processEvents();
        QCOMPARE(m_store.writes, 0);
    }

    void dialogClosesWhenTheRequestEnds()
    {
        WaitingWorker worker(m_session.get(), saslRequest());
        QTRY_VERIFY(m_prompter->dialog());
        QPointer<AuthDialog> dialog = m_prompter->dialog();
        worker.broker().abandon(); // what disconnectFromHost() does
        QCOMPARE(worker.answer().outcome, AuthOutcome::Abandoned);
        Q_EMIT m_session->stateChanged(HostState::Disconnected, {});
        QTRY_VERIFY(!dialog || dialog->isHidden());
    }

    void noKeyringReachableStoresNothing()
    {
        // The real QtKeychain store where no keyring can answer: no session bus, and none to
        // autolaunch (nor a developer's own keyring touched by a test). It says so, and a write
        // stores nothing; the GUI thread never waits for either.
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        PasswordStore *keyring = PasswordStore::keyring();
        QObject context;
        std::optional<KeyringAnswer> got;
        QString why;
        keyring->read(QStringLiteral("test:///vireo-tst-hostauthprompter"), &context,
                      [&](KeyringAnswer a, const StoredLogin &, const QString &w) {
                          got = a;
                          why = w;
                      });
        QVERIFY(!got.has_value()); // asynchronous
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 60000);
        QCOMPARE(*got, KeyringAnswer::Unavailable);
        QVERIFY(!why.isEmpty());
        std::optional<bool> stored;
        StoredLogin login;
        login.user = "u";
        login.password = "p";
        keyring->write(QStringLiteral("test:///vireo-tst-hostauthprompter"), login, &context,
                       [&](bool ok, const QString &) { stored = ok; });
        QVERIFY(!stored.has_value());
        QTRY_VERIFY_WITH_TIMEOUT(stored.has_value(), 60000);
        QVERIFY(!*stored);
    }

    void askpassPrintsTheAnswer()
    {
        AskpassDialog dialog(QStringLiteral("Enter passphrase for key '/root/.ssh/id_ed25519': "));
        QVERIFY(!dialog.echoes());
        QVERIFY(!dialog.field()->accessibleName().isEmpty());
        QTest::keyClicks(dialog.field(), QStringLiteral("correct horse"));
        dialog.accept();
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QCOMPARE(dialog.finish(out), 0);
        QCOMPARE(out.data(), QByteArray("correct horse\n"));
    }

    void askpassCancelPrintsNothing()
    {
        AskpassDialog dialog(QStringLiteral("root@h's password: "));
        QTest::keyClicks(dialog.field(), QStringLiteral("typed"));
        dialog.reject();
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QCOMPARE(dialog.finish(out), 1);
        QVERIFY(out.data().isEmpty());
    }

    void askpassShowsAHostKeyAnswer()
    {
        AskpassDialog dialog(QStringLiteral(
            "The authenticity of host 'h' can't be established.\nAre you sure you want to "
            "continue connecting (yes/no/[fingerprint])? "));
        QVERIFY(dialog.echoes());
    }

private:
    std::unique_ptr<HostSession> m_session;
    MemoryStore m_store;
    HostAuthPrompter *m_prompter = nullptr;
};

QTEST_MAIN(TestHostAuthPrompter)
#include "tst_hostauthprompter.moc"
