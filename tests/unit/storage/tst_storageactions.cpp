// SPDX-License-Identifier: GPL-2.0-or-later
// The Storage page's core on libvirt's test driver (test:///default, whose pool 'default-pool' is a
// dir pool): pools listed with state and autostart, started, stopped, refreshed, deleted and
// undefined; volumes created (with a backing image), listed with the domains that use them, and
// deleted; resize checked and refused in words; what the driver cannot do said as unsupported; the
// domain XML cache forgets a domain another program redefined, on the worker as the event comes.
#include "core/network/domainxmlcache.h"
#include "core/network/network.h"
#include "core/session/hostsession.h"
#include "core/session/libvirteventloop.h"
#include "core/session/processsetup.h"
#include "core/storage/storageactions.h"
#include "core/storage/volumeupload.h"

#include <libvirt/libvirt.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vireo;

static const QString kPool = QStringLiteral("default-pool");
static constexpr quint64 GiB = 1024ull * 1024 * 1024;

class TestStorageActions : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    std::unique_ptr<HostSession> m_host;
    virConnectPtr m_direct = nullptr; // the same test host, as another program would see it

    template<typename T, typename Call>
    T wait(Call call)
    {
        std::optional<T> out;
        call([&](T r) { out = std::move(r); });
        for (int i = 0; i < 100 && !out; ++i)
            QTest::qWait(20);
        if (!out)
            return T(Error{QStringLiteral("test"), QStringLiteral("no answer"), 0});
        return *out;
    }
    Status status(std::function<void(HostSession *, QObject *, std::function<void(Status)>)> f)
    {
        return wait<Status>([&](auto done) { f(m_host.get(), this, done); });
    }
    StoragePoolInfo pool(const QString &name = kPool)
    {
        auto r = wait<Result<QList<StoragePoolInfo>>>(
            [&](auto done) { Storage::listPools(m_host.get(), this, done); });
        if (r)
            for (const StoragePoolInfo &p : r.value())
                if (p.name == name)
                    return p;
        return {};
    }
    QList<StorageVolumeInfo> volumes()
    {
        auto r = wait<Result<QList<StorageVolumeInfo>>>(
            [&](auto done) { Storage::listVolumesWithUsers(m_host.get(), kPool, this, done); });
        return r ? r.value() : QList<StorageVolumeInfo>{};
    }
    StorageVolumeInfo volume(const QString &name)
    {
        for (const StorageVolumeInfo &v : volumes())
            if (v.name == name)
                return v;
        return {};
    }
    Result<StorageVolumeInfo> create(const QString &name, const QString &format, quint64 bytes,
                                     const QString &backing = {})
    {
        VolumeCreation c(m_host.get(), kPool, name, format, bytes);
        if (!backing.isEmpty())
            c.setBacking(backing, QStringLiteral("qcow2"));
        std::optional<Result<StorageVolumeInfo>> out;
        connect(&c, &VolumeCreation::finished, this,
                [&](const Result<StorageVolumeInfo> &r, bool) { out = r; });
        c.start();
        for (int i = 0; i < 250 && !out; ++i)
            QTest::qWait(20);
        if (!out)
            return Error{QStringLiteral("test"), QStringLiteral("no answer"), 0};
        return *out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        LibvirtEventLoop::start();
        m_host = std::make_unique<HostSession>(QStringLiteral("test:///default"));
        m_host->setStatsInterval(0);
        m_host->connectToHost();
        QTRY_COMPARE(m_host->state(), HostState::Connected);
        m_direct = virConnectOpen("test:///default");
        QVERIFY(m_direct);
    }
    void cleanupTestCase()
    {
        if (m_direct)
            virConnectClose(m_direct);
    }

    void poolIsListedWithStateAndAutostart()
    {
        const StoragePoolInfo p = pool();
        QCOMPARE(p.name, kPool);
        QCOMPARE(p.type, QStringLiteral("dir"));
        QCOMPARE(p.targetPath, QStringLiteral("/default-pool"));
        QCOMPARE(p.state, StoragePoolInfo::State::Running);
        QVERIFY(p.active);
        QVERIFY(p.persistent);
        QVERIFY(!p.uuid.isEmpty());
        QCOMPARE(p.capacityBytes, 100 * GiB);
        QCOMPARE(p.availableBytes + p.allocationBytes, p.capacityBytes);
    }

    void autostartStopStartRefresh()
    {
        const bool before = pool().autostart;
        QVERIFY(status(
            [&](auto s, auto c, auto d) { Storage::setPoolAutostart(s, kPool, !before, c, d); }));
        QCOMPARE(pool().autostart, !before);
        QVERIFY(status(
            [&](auto s, auto c, auto d) { Storage::setPoolAutostart(s, kPool, before, c, d); }));
        QCOMPARE(pool().autostart, before);

        QVERIFY(status([&](auto s, auto c, auto d) { Storage::stopPool(s, kPool, c, d); }));
        QCOMPARE(pool().state, StoragePoolInfo::State::Inactive);
        // Stopped twice: libvirt's refusal, named.
        const Status again =
            status([&](auto s, auto c, auto d) { Storage::stopPool(s, kPool, c, d); });
        QVERIFY(!again);
        QVERIFY2(again.error().text().startsWith("Stop storage pool 'default-pool': "),
                 qPrintable(again.error().text()));
        // A stopped pool builds (the test driver's build checks only that it is stopped).
        QVERIFY(status([&](auto s, auto c, auto d) { Storage::buildPool(s, kPool, c, d); }));
        QVERIFY(status([&](auto s, auto c, auto d) { Storage::startPool(s, kPool, c, d); }));
        QCOMPARE(pool().state, StoragePoolInfo::State::Running);
        const Status built =
            status([&](auto s, auto c, auto d) { Storage::buildPool(s, kPool, c, d); });
        QVERIFY(!built); // libvirt builds only a stopped pool
        QVERIFY2(built.error().text().startsWith("Build storage pool 'default-pool': "),
                 qPrintable(built.error().text()));
        QVERIFY(status([&](auto s, auto c, auto d) { Storage::refreshPool(s, kPool, c, d); }));

        const Status missing =
            status([&](auto s, auto c, auto d) { Storage::startPool(s, "no-such-pool", c, d); });
        QVERIFY(!missing);
        QVERIFY2(missing.error().text().startsWith("Start storage pool 'no-such-pool': "),
                 qPrintable(missing.error().text()));
    }

    void volumesShowFormatSizesAndBacking()
    {
        auto base = create("base.qcow2", "qcow2", 20 * GiB);
        QVERIFY2(base, qPrintable(base.error().text()));
        auto overlay = create("overlay.qcow2", "qcow2", 20 * GiB, base->path);
        QVERIFY2(overlay, qPrintable(overlay.error().text()));
        const StorageVolumeInfo b = volume("base.qcow2");
        QCOMPARE(b.format, QStringLiteral("qcow2"));
        QCOMPARE(b.capacityBytes, 20 * GiB);
        QCOMPARE(b.allocationBytes, 0ull); // a qcow2 starts with metadata only
        QVERIFY(b.backingPath.isEmpty());
        QCOMPARE(volume("overlay.qcow2").backingPath, QStringLiteral("/default-pool/base.qcow2"));
    }

    void volumesSayWhichDomainsUseThem()
    {
        QVERIFY(create("used.qcow2", "qcow2", GiB));
        QVERIFY(volume("used.qcow2").usedBy.isEmpty());
        const QByteArray xml = "<domain type='test'><name>disk-user</name><memory>65536</memory>"
                               "<os><type>hvm</type></os><devices>"
                               "<disk type='file' device='disk'>"
                               "<source file='/default-pool/used.qcow2'/><target dev='vda'/></disk>"
                               "</devices></domain>";
        virDomainPtr dom = virDomainDefineXML(m_direct, xml.constData());
        QVERIFY(dom);
        StorageVolumeInfo v = volume("used.qcow2");
        QCOMPARE(v.usedBy, QStringList{"disk-user"});
        QVERIFY(v.usedByRunning.isEmpty());
        QVERIFY(volume("base.qcow2").usedBy.isEmpty());

        QCOMPARE(virDomainCreate(dom), 0);
        v = volume("used.qcow2");
        QCOMPARE(v.usedByRunning, QStringList{"disk-user"});

        // Shrinking under a running guest is refused in words, on the worker, before libvirt.
        auto shrink = wait<Result<StorageVolumeInfo>>([&](auto done) {
            Storage::resizeVolume(m_host.get(), kPool, "used.qcow2", GiB / 2, this, done);
        });
        QVERIFY(!shrink);
        QVERIFY(!Storage::isUnsupported(shrink.error()));
        QVERIFY2(shrink.error().text().contains("disk-user is running with it"),
                 qPrintable(shrink.error().text()));
        virDomainDestroy(dom);
        virDomainUndefine(dom);
        virDomainFree(dom);
    }

    void usersComeFromTheSessionsCache()
    {
        // The listing reads a domain's XML once; the next listing, and the Networks page's
        // directory on the same session, read none again (one cache for both pages).
        DomainXmlCache *cache = DomainXmlCache::forSession(m_host.get());
        QCOMPARE(DomainXmlCache::forSession(m_host.get()), cache);
        QVERIFY(!volumes().isEmpty());
        const int reads = cache->domainXmlReads();
        QVERIFY(reads > 0);
        QVERIFY(!volumes().isEmpty());
        QCOMPARE(cache->domainXmlReads(), reads);
        NetworkDirectory networks(m_host.get());
        QVERIFY(
            wait<Result<QList<VirtualNetworkInfo>>>([&](auto done) { networks.list(this, done); }));
        QCOMPARE(networks.domainXmlReads(), reads);
        QCOMPARE(cache->domainXmlReads(), reads);
    }

    void cacheDropsADomainDefinedElsewhere()
    {
        // Another program (m_direct: virsh define, virsh edit) gives a domain a disk. The cache
        // drops the domain on the worker as the event arrives, so it is gone by the time the
        // session tells the GUI (a slot connected before the cache's own sees that), and the next
        // listing says the volume is used. A session of its own, so this slot comes first.
        HostSession host(QStringLiteral("test:///default"));
        host.setStatsInterval(0);
        QSignalSpy listed(&host, &HostSession::domainsListed);
        host.connectToHost();
        QVERIFY(listed.wait(10000));
        QVERIFY(create("watched.qcow2", "qcow2", GiB));
        const QByteArray bare = "<domain type='test'><name>xml-watch</name><memory>65536</memory>"
                                "<os><type>hvm</type></os></domain>";
        QSignalSpy changed(&host, &HostSession::domainsChanged);
        virDomainPtr dom = virDomainDefineXML(m_direct, bare.constData());
        QVERIFY(dom);
        char uuidText[VIR_UUID_STRING_BUFLEN];
        QCOMPARE(virDomainGetUUIDString(dom, uuidText), 0);
        const QString uuid = QString::fromLatin1(uuidText);
        QVERIFY(changed.wait(5000));

        DomainXmlCache *cache = nullptr;
        QList<bool> heldWhenTold;
        connect(&host, &HostSession::domainsChanged, this, [&](const QList<DomainInfo> &ds) {
            for (const DomainInfo &d : ds)
                if (d.uuid == uuid && cache)
                    heldWhenTold << cache->holds(uuid);
        });
        cache = DomainXmlCache::forSession(&host);
        auto usersOf = [&](const QString &name) {
            auto r = wait<Result<QList<StorageVolumeInfo>>>(
                [&](auto done) { Storage::listVolumesWithUsers(&host, kPool, this, done); });
            if (r)
                for (const StorageVolumeInfo &v : r.value())
                    if (v.name == name)
                        return v.usedBy;
            return QStringList{QStringLiteral("(not listed)")};
        };
        QCOMPARE(usersOf("watched.qcow2"), QStringList{});
        QVERIFY(cache->holds(uuid));

        const QByteArray withDisk =
            "<domain type='test'><name>xml-watch</name><uuid>" + QByteArray(uuidText) +
            "</uuid><memory>65536</memory><os><type>hvm</type></os><devices>"
            "<disk type='file' device='disk'><source file='/default-pool/watched.qcow2'/>"
            "<target dev='vda'/></disk></devices></domain>";
        virDomainPtr redefined = virDomainDefineXML(m_direct, withDisk.constData());
        QVERIFY(redefined);
        QTRY_VERIFY_WITH_TIMEOUT(!heldWhenTold.isEmpty(), 5000);
        QCOMPARE(heldWhenTold.first(), false);
        QCOMPARE(usersOf("watched.qcow2"), QStringList{"xml-watch"});

        virDomainUndefine(redefined);
        virDomainFree(redefined);
        virDomainFree(dom);
        QVERIFY(status([](HostSession *h, QObject *c, auto done) {
            Storage::deleteVolume(h, kPool, QStringLiteral("watched.qcow2"), c, done);
        }));
    }

    void checkResize_data()
    {
        QTest::addColumn<quint64>("capacity");
        QTest::addColumn<QStringList>("running");
        QTest::addColumn<quint64>("requested");
        QTest::addColumn<bool>("shrink");
        QTest::addColumn<QString>("said"); // in the error, or in the note
        QTest::newRow("grow") << 10 * GiB << QStringList{} << 20 * GiB << false << "";
        QTest::newRow("grow under a running guest")
            << 10 * GiB << QStringList{"web"} << 20 * GiB << false
            << "web uses this volume: the guest must grow its own partition and file system";
        QTest::newRow("shrink") << 10 * GiB << QStringList{} << 5 * GiB << true << "";
        QTest::newRow("shrink under a running guest")
            << 10 * GiB << QStringList{"web"} << 5 * GiB << true
            << "Resize volume 'v': web is running with it; shut the guest down";
        QTest::newRow("same size") << 10 * GiB << QStringList{} << 10 * GiB << false
                                   << "Resize volume 'v': it already has 10 GiB";
        QTest::newRow("zero") << 10 * GiB << QStringList{} << 0ull << false << "above zero";
    }
    void checkResize()
    {
        QFETCH(quint64, capacity);
        QFETCH(QStringList, running);
        QFETCH(quint64, requested);
        QFETCH(bool, shrink);
        QFETCH(QString, said);
        StorageVolumeInfo v;
        v.name = QStringLiteral("v");
        v.capacityBytes = capacity;
        v.usedBy = v.usedByRunning = running;
        const auto plan = Storage::checkResize(v, requested);
        const bool refused = said.startsWith(QLatin1String("Resize")) || said == "above zero";
        QCOMPARE(plan.ok(), !refused);
        if (refused) {
            QVERIFY2(plan.error().text().contains(said), qPrintable(plan.error().text()));
            return;
        }
        QCOMPARE(plan->shrink, shrink);
        if (said.isEmpty())
            QVERIFY(plan->note.isEmpty());
        else
            QVERIFY2(plan->note.contains(said), qPrintable(plan->note));
    }

    void unsupportedCallsSaySo()
    {
        // The test driver has neither resize nor wipe: the page greys them after this answer.
        auto resized = wait<Result<StorageVolumeInfo>>([&](auto done) {
            Storage::resizeVolume(m_host.get(), kPool, "base.qcow2", 30 * GiB, this, done);
        });
        QVERIFY(!resized);
        QVERIFY2(Storage::isUnsupported(resized.error()), qPrintable(resized.error().text()));
        QVERIFY(resized.error().text().startsWith("Resize volume 'base.qcow2' of pool"));
        const Status wiped = status(
            [&](auto s, auto c, auto d) { Storage::wipeVolume(s, kPool, "base.qcow2", c, d); });
        QVERIFY(!wiped);
        QVERIFY(Storage::isUnsupported(wiped.error()));
        QVERIFY(wiped.error().text().startsWith("Wipe volume 'base.qcow2'"));
    }

    void uploadLeavesNoHalfVolume()
    {
        // The test driver has no virStorageVolUpload: the volume made for the upload is deleted
        // again, and the error says what failed.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("boot.iso"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(300 * 1024, 'x'));
        f.close();
        auto upload = [&](const QString &local, const QString &name) {
            VolumeUpload u(m_host.get(), kPool, local, name);
            std::optional<Result<StorageVolumeInfo>> out;
            connect(&u, &VolumeUpload::finished, this,
                    [&](const Result<StorageVolumeInfo> &r, bool) { out = r; });
            u.start();
            for (int i = 0; i < 250 && !out; ++i)
                QTest::qWait(20);
            return out.value_or(Error{QStringLiteral("test"), QStringLiteral("no answer"), 0});
        };
        const auto r = upload(path, QStringLiteral("boot.iso"));
        QVERIFY(!r);
        QVERIFY2(Storage::isUnsupported(r.error()), qPrintable(r.error().text()));
        QVERIFY2(r.error().text().startsWith(
                     QStringLiteral("Upload %1 into pool 'default-pool'").arg(path)),
                 qPrintable(r.error().text()));
        QVERIFY(volume("boot.iso").name.isEmpty());

        const auto missing = upload(dir.filePath(QStringLiteral("nothing.iso")), "nothing.iso");
        QVERIFY(!missing);
        QVERIFY2(missing.error().text().contains("nothing.iso"),
                 qPrintable(missing.error().text()));
        QVERIFY(volume("nothing.iso").name.isEmpty());
    }

    void deleteVolumes()
    {
        for (const char *name : {"overlay.qcow2", "base.qcow2", "used.qcow2"})
            QVERIFY(status([&](auto s, auto c, auto d) {
                Storage::deleteVolume(s, kPool, QString::fromLatin1(name), c, d);
            }));
        QVERIFY(volume("base.qcow2").name.isEmpty());
    }

    // Last: the pool goes away.
    void deleteAndUndefinePool()
    {
        // Deleting the storage of a running pool is libvirt's refusal, named.
        const Status running =
            status([&](auto s, auto c, auto d) { Storage::deletePool(s, kPool, c, d); });
        QVERIFY(!running);
        QVERIFY(running.error().text().startsWith("Delete the storage of pool 'default-pool'"));
        QVERIFY(status([&](auto s, auto c, auto d) { Storage::stopPool(s, kPool, c, d); }));
        QVERIFY(status([&](auto s, auto c, auto d) { Storage::deletePool(s, kPool, c, d); }));
        QVERIFY(status([&](auto s, auto c, auto d) { Storage::undefinePool(s, kPool, c, d); }));
        QVERIFY(pool().name.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStorageActions)
#include "tst_storageactions.moc"
