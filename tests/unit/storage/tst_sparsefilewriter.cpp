// SPDX-License-Identifier: GPL-2.0-or-later
// SparseFileWriter, what a sparse download writes with: data lands at its offset, a hole is
// skipped (the file reads zeros there and the file system allocates nothing), a hole at the end
// sets the file's size, and a failed write says why. (The download itself is on the integration
// tier: libvirt's test driver has no virStorageVolDownload.)
#include "core/storage/sparsefilewriter.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Vireo;

static constexpr qint64 MiB = 1024 * 1024;

class TestSparseFileWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static qint64 allocated(const QString &path)
    {
        struct stat st
        {
        };
        return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? qint64(st.st_blocks) * 512
                                                                     : -1;
    }
    /// Whether this folder's file system keeps holes (tmpfs, ext4, xfs and btrfs do; vfat not).
    bool holesKept()
    {
        const QString probe = m_dir.filePath(QStringLiteral("probe"));
        QFile f(probe);
        return f.open(QIODevice::WriteOnly) && f.resize(64 * MiB) && allocated(probe) < MiB;
    }

private Q_SLOTS:
    void holesAreSkippedNotWritten()
    {
        if (!holesKept())
            QSKIP("this file system does not keep holes");
        const QString path = m_dir.filePath(QStringLiteral("a.img"));
        const int fd =
            ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(fd >= 0);
        SparseFileWriter w(fd);
        const QByteArray head(int(MiB), 'h'), middle(4096 * 3 + 17, 'm');
        QCOMPARE(w.write(head.constData(), head.size()), 0);
        QCOMPARE(w.skipHole(200 * MiB), 0);
        QCOMPARE(w.write(middle.constData(), middle.size()), 0);
        QCOMPARE(w.skipHole(300 * MiB), 0); // the file ends in a hole
        const quint64 end = quint64(head.size() + middle.size()) + quint64(500 * MiB);
        QCOMPARE(w.position(), end);
        QCOMPARE(w.holeBytes(), quint64(500 * MiB));
        QCOMPARE(w.finish(), 0);
        ::close(fd);

        QFile f(path);
        QCOMPARE(quint64(f.size()), end);
        QVERIFY2(allocated(path) < 4 * MiB, qPrintable(QString::number(allocated(path))));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(head.size()), head);
        QCOMPARE(f.read(MiB), QByteArray(int(MiB), '\0')); // the hole reads as zeros
        QVERIFY(f.seek(head.size() + 200 * MiB));
        QCOMPARE(f.read(middle.size()), middle);
        QVERIFY(f.seek(qint64(end) - 10));
        QCOMPARE(f.read(100), QByteArray(10, '\0'));
    }

    void onlyAHoleIsAnEmptyFileOfThatSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("b.img"));
        const int fd =
            ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(fd >= 0);
        SparseFileWriter w(fd);
        QCOMPARE(w.skipHole(64 * MiB), 0);
        QCOMPARE(w.finish(), 0);
        ::close(fd);
        QCOMPARE(QFile(path).size(), 64 * MiB);
        if (holesKept())
            QCOMPARE(allocated(path), 0);
    }

    void badInputSaysWhy()
    {
        const QString path = m_dir.filePath(QStringLiteral("c.img"));
        QFile(path).open(QIODevice::WriteOnly);
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        QVERIFY(fd >= 0);
        SparseFileWriter w(fd);
        QCOMPARE(w.skipHole(-1), EINVAL);
        QCOMPARE(w.position(), quint64(0));
        QCOMPARE(w.write("x", 1), EBADF); // not open for writing
        QCOMPARE(w.skipHole(MiB), 0);
        QVERIFY(w.finish() != 0); // ftruncate of a read-only descriptor (EINVAL or EBADF)
        ::close(fd);
        QCOMPARE(QFile(path).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSparseFileWriter)
#include "tst_sparsefilewriter.moc"
