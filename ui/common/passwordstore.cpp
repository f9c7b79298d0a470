// SPDX-License-Identifier: GPL-2.0-or-later
// Host passwords in the desktop keyring through QtKeychain. Its jobs are asynchronous (D-Bus), so
// the GUI thread never waits on the keyring; its insecure plain-text fallback stays off.
#include "ui/common/passwordstore.h"

#include "ui/common/uitr.h"

#include "core/session/authrequest.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <glib.h>

namespace Vireo {

StoredLogin::~StoredLogin()
{
    wipeSecret(password);
}

namespace {

const QString &service()
{
    static const QString name = QStringLiteral("Vireo");
    return name;
}

QString keyOf(const QString &uri)
{
    return QStringLiteral("libvirt:") + uri;
}

/// user NUL password: one entry, so a single look-up answers a request for both.
QByteArray pack(const StoredLogin &login)
{
    QByteArray data;
    data.reserve(login.user.size() + 1 + login.password.size());
    data.append(login.user).append('\0').append(login.password);
    return data;
}

QString unavailableReason(QKeychain::Error error, const QString &detail)
{
    const QString what = error == QKeychain::NoBackendAvailable
                             ? UiTr::tr("no desktop keyring answers")
                             : UiTr::tr("the desktop keyring did not answer");
    return detail.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, detail);
}

/// QtKeychain's libsecret backend answers on the GLib main context that is the calling thread's
/// default. Vireo's Qt does not run GLib (prepareProcess() sets QT_NO_GLIB), and GLib's global
/// default context belongs to libvirt's event-loop thread, which would then run the keyring's
/// callbacks (and touch the jobs) off the GUI thread. So the GUI thread gets a context of its
/// own, made its thread default on first use, and runs it without blocking while a job is under
/// way.
class GlibPump
{
public:
    GlibPump()
        : m_context(g_main_context_new())
    {
        g_main_context_push_thread_default(m_context); // for the process's lifetime
    }

    void jobStarted(QKeychain::Job *job)
    {
        ++m_running;
        QObject::connect(job, &QKeychain::Job::finished, job, [this] { --m_running; });
        if (!m_timer) {
            m_timer = new QTimer(QCoreApplication::instance());
            m_timer->setInterval(20);
            QObject::connect(m_timer, &QTimer::timeout, m_timer, [this] {
                for (int i = 0; i < 16 && g_main_context_iteration(m_context, FALSE); ++i) {
                }
                if (m_running <= 0)
                    m_timer->stop();
            });
        }
        m_timer->start();
    }

private:
    GMainContext *m_context;
    int m_running = 0;
    QPointer<QTimer> m_timer;
};

GlibPump &pump()
{
    static GlibPump p;
    return p;
}

class KeychainStore final : public PasswordStore
{
public:
    void read(const QString &uri, QObject *context, ReadDone done) override
    {
        auto *job = new QKeychain::ReadPasswordJob(service());
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(keyOf(uri));
        QObject::connect(job, &QKeychain::Job::finished, context,
                         [done = std::move(done)](QKeychain::Job *j) {
                             auto *r = static_cast<QKeychain::ReadPasswordJob *>(j);
                             StoredLogin login;
                             if (r->error() == QKeychain::EntryNotFound) {
                                 done(KeyringAnswer::NotFound, login, QString());
                                 return;
                             }
                             if (r->error() != QKeychain::NoError) {
                                 done(KeyringAnswer::Unavailable, login,
                                      unavailableReason(r->error(), r->errorString()));
                                 return;
                             }
                             QByteArray data = r->binaryData();
                             const qsizetype nul = data.indexOf('\0');
                             if (nul < 0) {
                                 wipeSecret(data);
                                 done(KeyringAnswer::NotFound, login, QString());
                                 return;
                             }
                             login.user = data.left(nul);
                             login.password = data.mid(nul + 1);
                             wipeSecret(data);
                             done(KeyringAnswer::Found, login, QString());
                         });
        pump().jobStarted(job);
        job->start();
    }

    void write(const QString &uri, const StoredLogin &login, QObject *context,
               WriteDone done) override
    {
        auto *job = new QKeychain::WritePasswordJob(service());
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(keyOf(uri));
        QByteArray data = pack(login);
        job->setBinaryData(data);
        wipeSecret(data);
        QObject::connect(job, &QKeychain::Job::finished, context,
                         [done = std::move(done)](QKeychain::Job *j) {
                             if (j->error() == QKeychain::NoError)
                                 done(true, QString());
                             else
                                 done(false, unavailableReason(j->error(), j->errorString()));
                         });
        pump().jobStarted(job);
        job->start();
    }

    void forget(const QString &uri) override
    {
        auto *job = new QKeychain::DeletePasswordJob(service());
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(keyOf(uri));
        pump().jobStarted(job);
        job->start();
    }
};

} // namespace

PasswordStore *PasswordStore::keyring()
{
    static KeychainStore store;
    return &store;
}

} // namespace Vireo
