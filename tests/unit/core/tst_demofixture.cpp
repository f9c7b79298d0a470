// SPDX-License-Identifier: GPL-2.0-or-later
// The embedded demo host's fixture is written to a folder only this user may use: the test
// driver opens whatever file is at that path, so a predictable folder in a shared /tmp must not
// let another user plant a fixture or read ours (issue 10).

#include "resources.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>

#include <sys/stat.h>
#include <unistd.h>

class TestDemoFixture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runtimeFolderIsPrivate();
    void readableFolderIsClosed();
    void sharedTmpFallbackIsPrivate();
    void folderOthersMayWriteIsRefused();
    void someoneElsesFolderIsRefused();

private:
    /// The fixture's path from demoHostUri(); checks that it holds the real fixture.
    QString fixturePath();
    /// Makes Qt give up on a runtime folder, so demoHostUri() falls back to the temporary folder
    /// (as when XDG_RUNTIME_DIR is unset and <tmp>/runtime-<user> is unusable).
    void noRuntimeFolder();
    static uint mode(const QString &path);
    static uint owner(const QString &path);

    std::unique_ptr<QTemporaryDir> m_sandbox;
    mode_t m_umask = 0;
    QByteArray m_runtimeDir; ///< the environment before init(), restored by cleanup()
    QByteArray m_tmpDir;
};

void TestDemoFixture::init()
{
    m_umask = ::umask(022); // the usual umask: a plain mkdir makes a folder others may read
    m_runtimeDir = qgetenv("XDG_RUNTIME_DIR");
    m_tmpDir = qgetenv("TMPDIR");
    m_sandbox = std::make_unique<QTemporaryDir>();
    QVERIFY(m_sandbox->isValid());
    QVERIFY(QDir(m_sandbox->path()).mkdir(QStringLiteral("xdg")));
    QVERIFY(QFile::setPermissions(m_sandbox->filePath(QStringLiteral("xdg")),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(QDir(m_sandbox->path()).mkdir(QStringLiteral("tmp")));
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_sandbox->filePath(QStringLiteral("xdg"))));
    qputenv("TMPDIR", QFile::encodeName(m_sandbox->filePath(QStringLiteral("tmp"))));
}

void TestDemoFixture::cleanup()
{
    ::umask(m_umask);
    m_sandbox.reset();
    for (const auto &[name, value] :
         {std::pair{"XDG_RUNTIME_DIR", m_runtimeDir}, std::pair{"TMPDIR", m_tmpDir}}) {
        if (value.isEmpty())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
}

uint TestDemoFixture::mode(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? uint(st.st_mode & 07777)
                                                                  : 0xffffu;
}

uint TestDemoFixture::owner(const QString &path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? uint(st.st_uid) : 0xffffffffu;
}

QString TestDemoFixture::fixturePath()
{
    const QString uri = Vireo::demoHostUri();
    if (!uri.startsWith(QLatin1String("test:///")))
        return {};
    const QString path = uri.mid(int(qstrlen("test://")));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.readAll() != Vireo::demoHostFixture())
        return {};
    return path;
}

void TestDemoFixture::noRuntimeFolder()
{
    qunsetenv("XDG_RUNTIME_DIR");
    // Qt's own fallback, <tmp>/runtime-<user>, made unusable: a file where it wants a folder.
    const QString user = QString::fromLocal8Bit(qgetenv("USER"));
    for (const QString &name :
         {QStringLiteral("runtime-root"), QStringLiteral("runtime-") + user}) {
        QFile blocker(m_sandbox->filePath(QStringLiteral("tmp/") + name));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
    }
}

void TestDemoFixture::runtimeFolderIsPrivate()
{
    const QString path = fixturePath();
    QVERIFY2(!path.isEmpty(), "no fixture written");
    const QString folder = QFileInfo(path).path();
    QCOMPARE(folder, m_sandbox->filePath(QStringLiteral("xdg/vireo")));
    QCOMPARE(QString::number(mode(folder), 8), QStringLiteral("700"));
    QCOMPARE(owner(folder), uint(::geteuid()));
}

void TestDemoFixture::readableFolderIsClosed()
{
    const QString folder = m_sandbox->filePath(QStringLiteral("xdg/vireo"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(QString::number(mode(folder), 8), QStringLiteral("755"));
    const QString path = fixturePath();
    QVERIFY2(!path.isEmpty(), "no fixture written");
    QCOMPARE(QFileInfo(path).path(), folder);
    QCOMPARE(QString::number(mode(folder), 8), QStringLiteral("700"));
}

void TestDemoFixture::sharedTmpFallbackIsPrivate()
{
    noRuntimeFolder();
    const QString path = fixturePath();
    QVERIFY2(!path.isEmpty(), "no fixture written");
    const QString folder = QFileInfo(path).path();
    QVERIFY2(folder.startsWith(m_sandbox->filePath(QStringLiteral("tmp/"))), qPrintable(folder));
    QCOMPARE(QString::number(mode(folder), 8), QStringLiteral("700"));
    QCOMPARE(owner(folder), uint(::geteuid()));
}

void TestDemoFixture::folderOthersMayWriteIsRefused()
{
    noRuntimeFolder();
    // Folders anyone may write to, at the names a shared /tmp offers, each with a planted
    // "fixture" under the name the real one would have.
    const QString real = QFileInfo(fixturePath()).fileName();
    QVERIFY(!real.isEmpty());
    QStringList planted;
    for (const QString &name :
         {QStringLiteral("vireo"), QStringLiteral("vireo-%1").arg(::geteuid())}) {
        const QString folder = m_sandbox->filePath(QStringLiteral("tmp/") + name);
        QDir(folder).removeRecursively();
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0777) == 0);
        QFile bad(folder + QLatin1Char('/') + real);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("<node>planted</node>\n");
        planted << folder;
    }
    const QString path = fixturePath(); // empty if it opened a planted one
    QVERIFY2(!path.isEmpty(), "the fixture is not the embedded one");
    const QString folder = QFileInfo(path).path();
    QVERIFY2(!planted.contains(folder), qPrintable(folder));
    QCOMPARE(QString::number(mode(folder), 8), QStringLiteral("700"));
}

void TestDemoFixture::someoneElsesFolderIsRefused()
{
    if (::geteuid() != 0)
        QSKIP("making a folder that belongs to another user needs root");
    noRuntimeFolder();
    const QString theirs = m_sandbox->filePath(QStringLiteral("tmp/vireo-0"));
    QVERIFY(QDir().mkpath(theirs));
    QVERIFY(::chmod(QFile::encodeName(theirs).constData(), 0700) == 0);
    QVERIFY(::chown(QFile::encodeName(theirs).constData(), 65534, 65534) == 0); // nobody
    const QString path = fixturePath();
    QVERIFY2(!path.isEmpty(), "no fixture written");
    const QString folder = QFileInfo(path).path();
    QVERIFY2(folder != theirs, qPrintable(folder));
    QCOMPARE(owner(folder), 0u);
    QCOMPARE(QString::number(mode(folder), 8), QStringLiteral("700"));
}

QTEST_GUILESS_MAIN(TestDemoFixture)
#include "tst_demofixture.moc"
