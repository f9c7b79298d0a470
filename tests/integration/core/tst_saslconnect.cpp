// SPDX-License-Identifier: GPL-2.0-or-later
// The tier's libvirtd over TCP with SASL (DIGEST-MD5) on 127.0.0.1: libvirt's C API with a
// virConnectAuth callback that hands over the test user's credentials connects; a wrong password
// fails with an authentication error; a callback that gives up fails too, and nothing is ever
// asked on a terminal. The groundwork for Vireo's authentication dialog.
// Needs the listener that tests/integration/libvirtd.sh starts as root; skips without it.

#include "core/session/processsetup.h"
#include "guest.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QFile>
#include <QTest>

#include <cstdlib>
#include <cstring>

using namespace Vireo::Integration;

namespace {

/// What the callback answers, and what libvirt asked it.
struct Credentials
{
    QByteArray user;
    QByteArray password;
    bool giveUp = false;
    QList<int> asked; ///< the credential types libvirt asked for, in order
};

int supplyCredentials(virConnectCredentialPtr cred, unsigned int ncred, void *data)
{
    auto *c = static_cast<Credentials *>(data);
    for (unsigned int i = 0; i < ncred; ++i) {
        c->asked.append(cred[i].type);
        if (c->giveUp)
            return -1;
        const QByteArray *value = nullptr;
        if (cred[i].type == VIR_CRED_AUTHNAME || cred[i].type == VIR_CRED_USERNAME)
            value = &c->user;
        else if (cred[i].type == VIR_CRED_PASSPHRASE)
            value = &c->password;
        else
            return -1; // nothing else is offered
        cred[i].result = static_cast<char *>(malloc(size_t(value->size()) + 1));
        memcpy(cred[i].result, value->constData(), size_t(value->size()) + 1);
        cred[i].resultlen = unsigned(value->size());
    }
    return 0;
}

struct Opened
{
    virConnectPtr conn = nullptr;
    int errorCode = VIR_ERR_OK;
    QString message;
};

Opened openWith(const QString &uri, Credentials *credentials)
{
    int types[] = {VIR_CRED_AUTHNAME, VIR_CRED_USERNAME, VIR_CRED_PASSPHRASE};
    virConnectAuth auth{types, sizeof types / sizeof *types, supplyCredentials, credentials};
    Opened out;
    out.conn = virConnectOpenAuth(uri.toUtf8().constData(), &auth, 0);
    if (!out.conn) {
        const virErrorPtr err = virGetLastError();
        out.errorCode = err ? err->code : VIR_ERR_INTERNAL_ERROR;
        out.message = err && err->message ? QString::fromUtf8(err->message) : QString();
        virResetLastError();
    }
    return out;
}

} // namespace

class TestSaslConnect : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase();
    void rightPasswordConnects();
    void wrongPasswordIsAnAuthenticationError();
    void callbackThatGivesUpFails();

private:
    Environment m_env;
    QByteArray m_password;
};

void TestSaslConnect::initTestCase()
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
    // The password file is the tests' secret: only its owner may read it.
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestSaslConnect::rightPasswordConnects()
{
    Credentials credentials{m_env.saslUser.toUtf8(), m_password};
    const Opened opened = openWith(m_env.saslUri, &credentials);
    QVERIFY2(opened.conn, qPrintable(opened.message));
    // The credentials came through the callback.
    QVERIFY(credentials.asked.contains(VIR_CRED_AUTHNAME));
    QVERIFY(credentials.asked.contains(VIR_CRED_PASSPHRASE));
    // A real QEMU connection over TCP, not a local socket in disguise.
    char *uri = virConnectGetURI(opened.conn);
    QVERIFY(uri);
    QCOMPARE(QString::fromUtf8(uri), m_env.saslUri);
    free(uri);
    char *caps = virConnectGetCapabilities(opened.conn);
    QVERIFY(caps);
    QVERIFY(QByteArray(caps).contains("<domain type='qemu'"));
    free(caps);
    QCOMPARE(virConnectClose(opened.conn), 0);
}

void TestSaslConnect::wrongPasswordIsAnAuthenticationError()
{
    Credentials credentials{m_env.saslUser.toUtf8(), m_password + "-wrong"};
    const Opened opened = openWith(m_env.saslUri, &credentials);
    if (opened.conn)
        virConnectClose(opened.conn);
    QVERIFY2(!opened.conn, "a wrong password connected");
    QVERIFY(credentials.asked.contains(VIR_CRED_PASSPHRASE));
    QCOMPARE(opened.errorCode, int(VIR_ERR_AUTH_FAILED));
    QVERIFY2(opened.message.contains(QLatin1String("authentication failed")),
             qPrintable(opened.message));
    qInfo("a wrong password: %s", qPrintable(opened.message));
}

void TestSaslConnect::callbackThatGivesUpFails()
{
    Credentials credentials{m_env.saslUser.toUtf8(), m_password};
    credentials.giveUp = true; // as a dialog's Cancel will
    const Opened opened = openWith(m_env.saslUri, &credentials);
    if (opened.conn)
        virConnectClose(opened.conn);
    QVERIFY2(!opened.conn, "connected without credentials");
    QVERIFY(!credentials.asked.isEmpty());
    QVERIFY(opened.errorCode == VIR_ERR_AUTH_FAILED || opened.errorCode == VIR_ERR_AUTH_CANCELLED);
    qInfo("a callback that gives up: %s (code %d)", qPrintable(opened.message), opened.errorCode);
}

QTEST_GUILESS_MAIN(TestSaslConnect)
#include "tst_saslconnect.moc"
