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
#include "guest.h"

#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "core/storage/pooldefinition.h"
#include "core/storage/storageactions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
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
    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    QList<PoolTypeOffer> m_offers;
    QStringList m_loops; ///< loop devices this test attached
    QStringList m_pools; ///< pools this test defined
    QString m_vg;

    template<typename T, typename Call>
    T wait(Call call)
    {
        Pending<T> p;
        call(p.callback());
        if (!QTest::qWaitFor([&] { return p.ready(); }, kLibvirtCallMs))
            return T(Error{QStringLiteral("test"), QStringLiteral("no answer"), 0});
        return p.value();
    }
    static QString run(const QString &program, const QStringList &args, bool *ok = nullptr)
    {
        QProcess p;
        p.start(program, args);
        const bool done =
            p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (ok)
            *ok = done;
        return QString::fromLocal8Bit(done ? p.readAllStandardOutput() : p.readAllStandardError())
            .trimmed();
    }
    /// A loop device on a fresh image file of `mib` MiB, or empty (and why in *why).
    QString loopDevice(const QString &name, quint64 mib, QString *why)
    {
        QFile image(m_dir.filePath(name));
        if (!image.open(QIODevice::WriteOnly) || !image.resize(qint64(mib * MiB))) {
            *why = image.errorString();
            return {};
        }
        image.close();
        bool ok = false;
        const QString dev =
            run(QStringLiteral("losetup"),
                {QStringLiteral("--find"), QStringLiteral("--show"), image.fileName()}, &ok);
        if (!ok || !dev.startsWith(QLatin1String("/dev/loop"))) {
            *why = QStringLiteral("losetup: ") + dev;
            return {};
        }
        m_loops << dev;
        return dev;
    }
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
        auto r = wait<Result<QList<StoragePoolInfo>>>(
            [&](auto done) { Storage::listPools(m_session.get(), this, done); });
        if (r)
            for (const StoragePoolInfo &p : r.value())
                if (p.name == name)
                    return p;
        return {};
    }
    Result<StorageVolumeInfo> create(const QString &poolName, const QString &name, quint64 bytes)
    {
        VolumeCreation c(m_session.get(), poolName, name, QStringLiteral("raw"), bytes);
        std::optional<Result<StorageVolumeInfo>> out;
        connect(&c, &VolumeCreation::finished, this,
                [&](const Result<StorageVolumeInfo> &r, bool) { out = r; });
        c.start();
        if (!QTest::qWaitFor([&] { return out.has_value(); }, kLibvirtCallMs))
            return Error{QStringLiteral("test"), QStringLiteral("no answer"), 0};
        return *out;
    }
    void removePool(const QString &name)
    {
        auto vols = wait<Result<QList<StorageVolumeInfo>>>(
            [&](auto done) { Storage::listVolumes(m_session.get(), name, this, done); });
        if (vols)
            for (const StorageVolumeInfo &v : vols.value())
                wait<Status>([&](auto done) {
                    Storage::deleteVolume(m_session.get(), name, v.name, this, done);
                });
        wait<Status>([&](auto d) { Storage::stopPool(m_session.get(), name, this, d); });
        const Status s =
            wait<Status>([&](auto d) { Storage::undefinePool(m_session.get(), name, this, d); });
        if (!s)
            qWarning("could not remove pool %s: %s", qPrintable(name),
                     qPrintable(s.error().text()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = Environment::detect();
        if (!m_env.unavailable.isEmpty())
            QSKIP(qPrintable(m_env.unavailable));
        const QString notReady = prepareScratch(m_env, m_dir.path());
        QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
        QString error;
        m_session = connectedSession(m_env.uri, &error);
        QVERIFY2(m_session, qPrintable(error));
        m_session->setStatsInterval(0);
        auto offers = wait<Result<QList<PoolTypeOffer>>>(
            [&](auto done) { Storage::poolTypes(m_session.get(), this, done); });
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
        const QString dev = loopDevice(QStringLiteral("fs.img"), 64, &why);
        if (dev.isEmpty())
            QSKIP(qPrintable(QStringLiteral("no loop device: ") + why));
        PoolDefinition def;
        def.type = QStringLiteral("fs");
        def.name = QStringLiteral("vireo-it-%1-fs").arg(QCoreApplication::applicationPid());
        def.sourceDevices = QStringList{dev};
        def.sourceFormat = QStringLiteral("ext4");
        def.targetPath = m_dir.filePath(QStringLiteral("mnt"));
        def.build = true; // format: the device is blank
        def.autostart = false;
        const Status check = PoolDefinitions::check(def, offer(def.type), {});
        QVERIFY2(check, qPrintable(check ? QString() : check.error().text()));
        const Status made =
            wait<Status>([&](auto done) { Storage::definePool(m_session.get(), def, this, done); });
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
        auto vol = create(def.name, QStringLiteral("disk.raw"), 8 * MiB);
        QVERIFY2(vol, qPrintable(vol.error().text()));
        QVERIFY(QFile::exists(root + def.targetPath + QStringLiteral("/disk.raw")));

        // Stopped and undefined (its file system and disk.raw stay on the device): formatting
        // the device again is refused, since it holds a file system now (NO_OVERWRITE), and the
        // definition made before the refusal is gone again.
        QVERIFY(
            wait<Status>([&](auto d) { Storage::stopPool(m_session.get(), def.name, this, d); }));
        QVERIFY(wait<Status>(
            [&](auto d) { Storage::undefinePool(m_session.get(), def.name, this, d); }));
        m_pools.removeAll(def.name);
        QVERIFY(mountRoot(dev, def.targetPath).isEmpty());
        const Status refused =
            wait<Status>([&](auto done) { Storage::definePool(m_session.get(), def, this, done); });
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().startsWith(QStringLiteral("Format %1 as ext4").arg(dev)),
                 qPrintable(refused.error().text()));
        QVERIFY(pool(def.name).name.isEmpty());
        // Defined without formatting: the same file system, disk.raw still in it.
        PoolDefinition keep = def;
        keep.build = false;
        const Status again = wait<Status>(
            [&](auto done) { Storage::definePool(m_session.get(), keep, this, done); });
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
        const QString dev = loopDevice(QStringLiteral("lvm.img"), 64, &why);
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
        const Status made =
            wait<Status>([&](auto done) { Storage::definePool(m_session.get(), def, this, done); });
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
        auto vol = create(def.name, QStringLiteral("lv0"), 8 * MiB);
        QVERIFY2(vol, qPrintable(vol.error().text()));
        QVERIFY2(vol->path.endsWith(m_vg + QStringLiteral("/lv0")), qPrintable(vol->path));
        removePool(def.name);
        m_pools.removeAll(def.name);
        QVERIFY(pool(def.name).name.isEmpty());
    }

    void cleanupTestCase()
    {
        if (m_session)
            for (const QString &p : std::as_const(m_pools))
                removePool(p);
        if (!m_vg.isEmpty())
            run(QStringLiteral("vgremove"), {QStringLiteral("-f"), m_vg});
        for (const QString &dev : std::as_const(m_loops)) {
            run(QStringLiteral("pvremove"), {QStringLiteral("-ff"), QStringLiteral("-y"), dev});
            run(QStringLiteral("losetup"), {QStringLiteral("-d"), dev});
        }
    }
};

QTEST_GUILESS_MAIN(TestPoolsReal)
#include "tst_poolsreal.moc"
