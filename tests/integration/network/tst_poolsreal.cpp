// SPDX-License-Identifier: GPL-2.0-or-later
// Pools of other types than dir on the real libvirtd, on loop devices made from image files in a
// scratch folder (the test makes and removes them; nothing of the host's own disks is touched):
// - fs: the host's storage pool capabilities offer it; libvirt formats the blank device as ext4
//   (build with NO_OVERWRITE), mounts it on start, a volume is made in it; once the pool is
//   undefined, formatting the device again is refused (it holds a file system now) and leaves no
//   definition, and the pool defined without formatting finds its volume again;
// - logical (when lvm2 is installed): a volume group is created on a blank loop device, started,
//   a volume made in it; everything is removed at the end.
// Needs root, losetup and tests/integration/setup.sh; skips what the machine cannot do, saying so.
#include "scratchhost.h"

#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "core/storage/pooldefinition.h"
#include "core/storage/storageactions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace Vireo;
using namespace Vireo::Integration;

static constexpr quint64 MiB = 1024ull * 1024;

class TestPoolsReal : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    ScratchHost m_scratch;
    QList<PoolTypeOffer> m_offers;
    QStringList m_pools; ///< pools this test defined
    QString m_vg;

    /// Where the device is mounted on target as ext4, seen from the process that sees it: its
    /// /proc/PID/root (the tier's libvirtd may mount in a namespace of its own), or empty.
    static QString mountRoot(const QString &dev, const QString &target)
    {
        const QString line = QStringLiteral("%1 %2 ext4 ").arg(dev, target);
        QStringList pids{QStringLiteral("self")};
        pids += QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
        for (const QString &pid : std::as_const(pids)) {
            QFile mounts(QStringLiteral("/proc/%1/mounts").arg(pid));
            if (mounts.open(QIODevice::ReadOnly) &&
                QString::fromLocal8Bit(mounts.readAll()).contains(line))
                return QStringLiteral("/proc/%1/root").arg(pid);
        }
        return {};
    }
    PoolTypeOffer offer(const QString &type) const
    {
        for (const PoolTypeOffer &o : m_offers)
            if (o.type == type)
                return o;
        return {};
    }
    StoragePoolInfo pool(const QString &name)
    {
        auto r = waitFor<Result<QList<StoragePoolInfo>>>(
            [&](auto done) { Storage::listPools(m_scratch.session(), this, done); });
        if (r)
            for (const StoragePoolInfo &p : r.value())
                if (p.name == name)
                    return p;
        return {};
    }
    void removePool(const QString &name) { m_scratch.removePool(name, false); }

private Q_SLOTS:
    void initTestCase()
    {
        VIREO_SCRATCH_SET_UP(m_scratch);
        auto offers = waitFor<Result<QList<PoolTypeOffer>>>(
            [&](auto done) { Storage::poolTypes(m_scratch.session(), this, done); });
        QVERIFY2(offers, qPrintable(offers.error().text()));
        m_offers = offers.value();
        QStringList types;
        for (const PoolTypeOffer &o : m_offers)
            types << o.type;
        // Debian's libvirt-daemon-driver-storage offers at least these four.
        for (const QString &t : PoolDefinitions::editableTypes())
            QVERIFY2(types.contains(t), qPrintable(types.join(' ')));
        QVERIFY(offer(QStringLiteral("fs")).sourceFormats.contains(QStringLiteral("ext4")));
        QVERIFY(offer(QStringLiteral("netfs")).sourceFormats.contains(QStringLiteral("nfs")));
    }

    void fsPoolOnALoopDevice()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("losetup")).isEmpty())
            QSKIP("no losetup on this machine");
        QString why;
        const QString dev = m_scratch.loopDevice(QStringLiteral("fs.img"), 64, &why);
        if (dev.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no loop device: ") + why));
        PoolDefinition def;
        def.type = QStringLiteral("fs");
        def.name = QStringLiteral("vireo-it-%1-fs").arg(QCoreApplication::applicationPid());
        def.sourceDevices = QStringList{dev};
        def.sourceFormat = QStringLiteral("ext4");
        def.targetPath = m_scratch.filePath(QStringLiteral("mnt"));
        def.build = true; // format: the device is blank
        def.autostart = false;
        const Status check = PoolDefinitions::check(def, offer(def.type), {});
        QVERIFY2(check, qPrintable(check ? QString() : check.error().text()));
        const Status made = waitFor<Status>(
            [&](auto done) { Storage::definePool(m_scratch.session(), def, this, done); });
        QVERIFY2(made, qPrintable(made ? QString() : made.error().text()));
        m_pools << def.name;
        const StoragePoolInfo p = pool(def.name);
        QCOMPARE(p.type, QStringLiteral("fs"));
        QCOMPARE(p.state, StoragePoolInfo::State::Running);
        QCOMPARE(p.targetPath, def.targetPath);
        QVERIFY2(p.capacityBytes > 32 * MiB && p.capacityBytes <= 64 * MiB,
                 qPrintable(QString::number(p.capacityBytes)));
        // Mounted where asked, from that device, with the file system libvirt made.
        const QString root = mountRoot(dev, def.targetPath);
        QVERIFY2(!root.isEmpty(), qPrintable(dev + QLatin1Char(' ') + def.targetPath));
        auto vol = m_scratch.createVolume(def.name, QStringLiteral("disk.raw"),
                                          QStringLiteral("raw"), 8 * MiB);
        QVERIFY2(vol, qPrintable(vol.error().text()));
        QVERIFY(QFile::exists(root + def.targetPath + QStringLiteral("/disk.raw")));

        // Stopped and undefined (its file system and disk.raw stay on the device): formatting
        // the device again is refused, since it holds a file system now (NO_OVERWRITE), and the
        // definition made before the refusal is gone again.
        QVERIFY(waitFor<Status>(
            [&](auto d) { Storage::stopPool(m_scratch.session(), def.name, this, d); }));
        QVERIFY(waitFor<Status>(
            [&](auto d) { Storage::undefinePool(m_scratch.session(), def.name, this, d); }));
        m_pools.removeAll(def.name);
        QVERIFY(mountRoot(dev, def.targetPath).isEmpty());
        const Status refused = waitFor<Status>(
            [&](auto done) { Storage::definePool(m_scratch.session(), def, this, done); });
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().startsWith(QStringLiteral("Format %1 as ext4").arg(dev)),
                 qPrintable(refused.error().text()));
        QVERIFY(pool(def.name).name.isEmpty());
        // Defined without formatting: the same file system, disk.raw still in it.
        PoolDefinition keep = def;
        keep.build = false;
        const Status again = waitFor<Status>(
            [&](auto done) { Storage::definePool(m_scratch.session(), keep, this, done); });
        QVERIFY2(again, qPrintable(again ? QString() : again.error().text()));
        m_pools << def.name;
        const QString remounted = mountRoot(dev, def.targetPath);
        QVERIFY(!remounted.isEmpty());
        QVERIFY(QFile::exists(remounted + def.targetPath + QStringLiteral("/disk.raw")));

        removePool(def.name);
        m_pools.removeAll(def.name);
        QVERIFY(pool(def.name).name.isEmpty());
        QVERIFY(mountRoot(dev, def.targetPath).isEmpty()); // unmounted
    }

    void logicalPoolOnALoopDevice()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("vgcreate")).isEmpty())
            QSKIP("lvm2 is not installed (apt-get install lvm2): no logical pool");
        QString why;
        const QString dev = m_scratch.loopDevice(QStringLiteral("lvm.img"), 64, &why);
        if (dev.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no loop device: ") + why));
        m_vg = QStringLiteral("vireo_it_%1").arg(QCoreApplication::applicationPid());
        PoolDefinition def;
        def.type = QStringLiteral("logical");
        def.name = QStringLiteral("vireo-it-%1-lvm").arg(QCoreApplication::applicationPid());
        def.sourceName = m_vg;
        def.sourceDevices = QStringList{dev};
        def.build = true; // vgcreate on the blank device
        def.autostart = false;
        const Status check = PoolDefinitions::check(def, offer(def.type), {});
        QVERIFY2(check, qPrintable(check ? QString() : check.error().text()));
        // Without device-mapper (a container's kernel access) vgcreate works but no logical
        // volume can be activated: as far as the machine allows, then said.
        QFile misc(QStringLiteral("/proc/misc"));
        const bool deviceMapper = misc.open(QIODevice::ReadOnly) &&
                                  misc.readAll().contains(QByteArrayLiteral(" device-mapper"));
        const Status made = waitFor<Status>(
            [&](auto done) { Storage::definePool(m_scratch.session(), def, this, done); });
        if (!made && !deviceMapper) {
            QVERIFY(pool(def.name).name.isEmpty()); // the failed step undid the definition
            QSKIP(qPrintable(QStringLiteral("no device-mapper here (/proc/misc): ") +
                             made.error().text()));
        }
        QVERIFY2(made, qPrintable(made ? QString() : made.error().text()));
        m_pools << def.name;
        const StoragePoolInfo p = pool(def.name);
        QCOMPARE(p.type, QStringLiteral("logical"));
        QCOMPARE(p.state, StoragePoolInfo::State::Running);
        QCOMPARE(p.targetPath, QStringLiteral("/dev/") + m_vg);
        if (!deviceMapper)
            QSKIP("the volume group was made and the pool started; no device-mapper here "
                  "(/proc/misc), so no logical volume can be made in it");
        auto vol =
            m_scratch.createVolume(def.name, QStringLiteral("lv0"), QStringLiteral("raw"), 8 * MiB);
        QVERIFY2(vol, qPrintable(vol.error().text()));
        QVERIFY2(vol->path.endsWith(m_vg + QStringLiteral("/lv0")), qPrintable(vol->path));
        removePool(def.name);
        m_pools.removeAll(def.name);
        QVERIFY(pool(def.name).name.isEmpty());
    }

    void cleanupTestCase()
    {
        for (const QString &p : std::as_const(m_pools))
            removePool(p);
        if (!m_vg.isEmpty())
            runProgram(QStringLiteral("vgremove"), {QStringLiteral("-f"), m_vg});
        for (const QString &dev : m_scratch.loops())
            runProgram(QStringLiteral("pvremove"),
                       {QStringLiteral("-ff"), QStringLiteral("-y"), dev});
        m_scratch.detachLoops();
    }
};

QTEST_GUILESS_MAIN(TestPoolsReal)
#include "tst_poolsreal.moc"
