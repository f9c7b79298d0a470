// SPDX-License-Identifier: GPL-2.0-or-later
// A volume copied or converted into a new one (VolumeCopy) on libvirt's test driver, which copies
// at once: the new volume in the chosen format, refusals in words, a cancel and an abandoned job
// leave no volume; the conversion dialog's checks and default name. (A real raw <-> qcow2
// conversion is in the integration tier, tst_storagereal.)
#include "../../support/demohost.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "core/storage/storage.h"
#include "core/storage/volumecopy.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Vireo;

class TestVolumeCopy : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_host;

    QList<StorageVolumeInfo> volumes()
    {
        auto r = VireoTest::ask<Result<QList<StorageVolumeInfo>>>([&](QObject *ctx, auto done) {
            Storage::listVolumes(m_host.get(), QStringLiteral("default"), ctx, done);
        });
        return r && r->ok() ? r->value() : QList<StorageVolumeInfo>{};
    }
    bool has(const QString &name)
    {
        for (const StorageVolumeInfo &v : volumes())
            if (v.name == name)
                return true;
        return false;
    }
    VolumeCopy::Spec spec(const QString &from, const QString &to, const QString &format)
    {
        return {QStringLiteral("default"), from, to, format, 1024 * 1024 * 1024ULL, 0};
    }
    struct Outcome
    {
        std::optional<Result<StorageVolumeInfo>> result;
        bool cancelled = false;
    };
    Outcome run(VolumeCopy &copy, bool cancel = false)
    {
        Outcome out;
        connect(&copy, &VolumeCopy::finished, this,
                [&](const Result<StorageVolumeInfo> &r, bool c) {
                    out.result = r;
                    out.cancelled = c;
                });
        copy.setPollInterval(10);
        copy.start();
        if (cancel)
            copy.cancel();
        [[maybe_unused]] bool done = QTest::qWaitFor([&] { return out.result.has_value(); }, 10000);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_host = VireoTest::connectedDemoHost(m_dir);
        QVERIFY(m_host);
    }
    void cleanupTestCase() { m_host.reset(); }

    void convertsIntoANewVolume()
    {
        const auto before = volumes();
        QVERIFY(!before.isEmpty());
        const StorageVolumeInfo source = before.first();
        VolumeCopy copy(m_host.get(),
                        spec(source.name, QStringLiteral("converted.raw"), QStringLiteral("raw")));
        const Outcome out = run(copy);
        QVERIFY(out.result.has_value());
        QVERIFY2(*out.result, qPrintable(out.result->error().text()));
        QCOMPARE(out.result->value().name, QStringLiteral("converted.raw"));
        QVERIFY(!out.cancelled);
        QVERIFY(!copy.isRunning());
        QVERIFY(has(QStringLiteral("converted.raw")));
        QVERIFY(has(source.name)); // the original stays
    }

    void aMissingSourceIsNamedAndLeavesNothing()
    {
        VolumeCopy copy(m_host.get(),
                        spec(QStringLiteral("nothing.img"), QStringLiteral("from-nothing.qcow2"),
                             QStringLiteral("qcow2")));
        const Outcome out = run(copy);
        QVERIFY(out.result.has_value());
        QVERIFY(!*out.result);
        QVERIFY2(out.result->error().text().contains(u"nothing.img"),
                 qPrintable(out.result->error().text()));
        QVERIFY(!has(QStringLiteral("from-nothing.qcow2")));
    }

    void aCancelledCopyIsDeleted()
    {
        const StorageVolumeInfo source = volumes().first();
        VolumeCopy copy(m_host.get(), spec(source.name, QStringLiteral("cancelled.qcow2"),
                                           QStringLiteral("qcow2")));
        const Outcome out = run(copy, true);
        QVERIFY(out.result.has_value());
        QVERIFY(out.cancelled);
        QVERIFY(!*out.result);
        QVERIFY(!has(QStringLiteral("cancelled.qcow2")));
    }

    void anAbandonedCopyIsDeleted()
    {
        const StorageVolumeInfo source = volumes().first();
        {
            VolumeCopy copy(m_host.get(), spec(source.name, QStringLiteral("abandoned.qcow2"),
                                               QStringLiteral("qcow2")));
            copy.start();
        } // its window closed mid-way
        QTRY_VERIFY_WITH_TIMEOUT(!has(QStringLiteral("abandoned.qcow2")), 5000);
        QTest::qWait(300); // and it does not come back once the copy's thread ends
        QVERIFY(!has(QStringLiteral("abandoned.qcow2")));
    }

    void conversionChecks_data()
    {
        QTest::addColumn<QString>("format"); // of the volume
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("says");
        QTest::newRow("raw to qcow2") << "raw"
                                      << "disk.qcow2"
                                      << "qcow2"
                                      << "";
        QTest::newRow("qcow2 to raw") << "qcow2"
                                      << "disk.raw"
                                      << "raw"
                                      << "";
        QTest::newRow("same format") << "qcow2"
                                     << "disk2.qcow2"
                                     << "qcow2"
                                     << "is qcow2 already";
        QTest::newRow("iso") << "iso"
                             << "x.qcow2"
                             << "qcow2"
                             << "only raw and qcow2";
        QTest::newRow("empty name") << "raw"
                                    << "  "
                                    << "qcow2"
                                    << "needs a name";
        QTest::newRow("slash") << "raw"
                               << "a/b"
                               << "qcow2"
                               << "cannot contain '/'";
        QTest::newRow("taken") << "raw"
                               << "taken.qcow2"
                               << "qcow2"
                               << "has a volume named";
        QTest::newRow("other target") << "raw"
                                      << "x.vmdk"
                                      << "vmdk"
                                      << "raw or qcow2";
    }
    void conversionChecks()
    {
        QFETCH(QString, format);
        QFETCH(QString, name);
        QFETCH(QString, target);
        QFETCH(QString, says);
        StorageVolumeInfo v;
        v.name = QStringLiteral("disk.img");
        v.format = format;
        StorageVolumeInfo taken;
        taken.name = QStringLiteral("taken.qcow2");
        const QString why = volumeConversionProblem(v, name, target, {v, taken});
        if (says.isEmpty())
            QCOMPARE(why, QString());
        else
            QVERIFY2(why.contains(says), qPrintable(why));
    }

    void defaultNames()
    {
        QCOMPARE(convertedVolumeName(QStringLiteral("disk.img"), QStringLiteral("qcow2")),
                 QStringLiteral("disk.qcow2"));
        QCOMPARE(convertedVolumeName(QStringLiteral("disk.qcow2"), QStringLiteral("raw")),
                 QStringLiteral("disk.raw"));
        QCOMPARE(convertedVolumeName(QStringLiteral("disk.RAW"), QStringLiteral("qcow2")),
                 QStringLiteral("disk.qcow2"));
        QCOMPARE(convertedVolumeName(QStringLiteral("debian-12.iso.part"), QStringLiteral("raw")),
                 QStringLiteral("debian-12.iso.part.raw"));
    }
};

QTEST_MAIN(TestVolumeCopy)
#include "tst_volumecopy.moc"
