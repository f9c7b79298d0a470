// SPDX-License-Identifier: GPL-2.0-or-later
// OsInfoDb: parsing osinfo-db XML (inheritance of resources and virtio), search, and detecting an
// ISO by its ISO-9660 primary volume descriptor against the media regexes.

#include "core/create/osinfo.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vireo;

/// A minimal ISO-9660 image: 16 empty sectors, a primary volume descriptor, a terminator.
static QByteArray fakeIso(const QByteArray &volumeId, const QByteArray &systemId = "LINUX")
{
    QByteArray data(16 * 2048, '\0');
    QByteArray pvd(2048, '\0');
    pvd[0] = 1;
    pvd.replace(1, 5, "CD001");
    pvd[6] = 1;
    pvd.replace(8, 32, systemId.leftJustified(32, ' ', true));
    pvd.replace(40, 32, volumeId.leftJustified(32, ' ', true));
    QByteArray end(2048, '\0');
    end[0] = char(255);
    end.replace(1, 5, "CD001");
    return data + pvd + end;
}

class TestOsInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isoDescriptor()
    {
        auto id = Iso::parseDescriptors(fakeIso("Debian 11.5.0 amd64 n").mid(16 * 2048));
        QVERIFY(id.ok());
        QCOMPARE(id->volumeId, QStringLiteral("Debian 11.5.0 amd64 n"));
        QCOMPARE(id->systemId, QStringLiteral("LINUX"));
        QVERIFY(!Iso::parseDescriptors(QByteArray(4096, 'x')).ok());
        QTemporaryDir dir;
        QFile small(dir.filePath("small.iso"));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("not an iso");
        small.close();
        QVERIFY(!Iso::readIdentity(small.fileName()).ok());
        QVERIFY(!Iso::readIdentity(dir.filePath("missing.iso")).ok());
    }

    void fixtureInheritanceAndDetection()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath("os/example.org"));
        QFile f(dir.filePath("os/example.org/tiny.xml"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QFile fixture(QFINDTESTDATA("data/tiny-osinfo.xml"));
        QVERIFY(fixture.open(QIODevice::ReadOnly));
        f.write(fixture.readAll());
        f.close();
        auto db = OsInfoDb::load(dir.path());
        QVERIFY2(db.ok(), qPrintable(db.error().text()));
        QCOMPARE(db.value()->systems().size(), 2);
        const OsInfo *one = db.value()->find("http://example.org/tiny/1");
        QVERIFY(one);
        QCOMPARE(one->name, QStringLiteral("Tiny OS 1")); // not the localized name
        QCOMPARE(one->vendor, QStringLiteral("Example & Co"));
        const OsInfo *two = db.value()->find("http://example.org/tiny/2");
        QVERIFY(two);
        QCOMPARE(two->recommendedRamBytes, 1073741824ull); // inherited
        QCOMPARE(two->recommendedCpus, 2);
        QCOMPARE(two->recommendedStorageBytes, 8589934592ull);
        QVERIFY(two->virtio);
        QCOMPARE(two->family, QStringLiteral("linux"));

        auto detect = [&](const QByteArray &vol, const QString &arch,
                          const QByteArray &sys = "LINUX") {
            const OsInfo *os = db.value()->detect(
                Iso::parseDescriptors(fakeIso(vol, sys).mid(16 * 2048)).value(), arch);
            return os ? os->id : QString();
        };
        QCOMPARE(detect("TINY2 x86 DVD", "x86_64"), QStringLiteral("http://example.org/tiny/2"));
        QCOMPARE(detect("TINY2 x86 DVD", "x86_64", "WINDOWS"),
                 QString()); // system id must match too
        QCOMPARE(detect("TINY2 arm", "aarch64"), QStringLiteral("http://example.org/tiny/2"));
        QCOMPARE(detect("TINY1 x86", "x86_64"), QStringLiteral("http://example.org/tiny/1"));
        QCOMPARE(detect("XTINY1 x86", "x86_64"), QString()); // anchored regex
        QCOMPARE(detect("Something else", "x86_64"), QString());

        const QList<OsInfo> found = db.value()->search("tiny os");
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.first().id, QStringLiteral("http://example.org/tiny/2")); // newest first
        QCOMPARE(db.value()->search("tiny2").size(), 1);
        QCOMPARE(db.value()->search("nothing-like-this").size(), 0);
    }

    void realDatabase()
    {
        if (!QFileInfo::exists(OsInfoDb::defaultDirectory() + "/os"))
            QSKIP("osinfo-db is not installed (packaging/debian-packages.txt lists it)");
        QElapsedTimer timer;
        timer.start();
        auto db = OsInfoDb::load();
        qInfo("osinfo-db: %lld systems loaded in %lld ms",
              qint64(db.ok() ? db.value()->systems().size() : 0), timer.elapsed());
        QVERIFY2(db.ok(), qPrintable(db.error().text()));
        const OsInfo *deb11 = db.value()->detect(
            Iso::parseDescriptors(fakeIso("Debian 11.5.0 amd64 n").mid(16 * 2048)).value(),
            "x86_64");
        QVERIFY(deb11);
        QCOMPARE(deb11->id, QStringLiteral("http://debian.org/debian/11"));
        QVERIFY(deb11->recommendedRamBytes >= 512ull * 1024 * 1024);
        QVERIFY(deb11->virtio); // inherited from older Debian releases
        QVERIFY(!db.value()->search("fedora").isEmpty());
        // Windows 11 cannot boot from BIOS: UEFI and a TPM are preselected for it (issue 14).
        const OsInfo *win11 = db.value()->find("http://microsoft.com/win/11");
        QVERIFY(win11);
        QVERIFY(win11->needsUefi());
        QVERIFY(win11->wantsTpm());
        QVERIFY(!deb11->needsUefi());
        QVERIFY(!deb11->wantsTpm());
    }

    void loadSharedOffThread()
    {
        if (!QFileInfo::exists(OsInfoDb::defaultDirectory() + "/os"))
            QSKIP("osinfo-db is not installed");
        bool got = false;
        int count = 0;
        OsInfoDb::loadShared(this, [&](Result<std::shared_ptr<const OsInfoDb>> r) {
            got = true;
            count = r ? int(r.value()->systems().size()) : -1;
        });
        QVERIFY(!got); // never synchronously
        QTRY_VERIFY_WITH_TIMEOUT(got, 20000);
        QVERIFY(count > 100);
    }
};

QTEST_GUILESS_MAIN(TestOsInfo)
#include "tst_osinfo.moc"
