// SPDX-License-Identifier: GPL-2.0-or-later
// Deleting a domain with its storage: which disks the Delete dialog offers to delete by default
// (pure), what inspect finds on libvirt's test driver (other users, linked clones), and that the
// deletion removes exactly the chosen volumes after the XML backup and the undefine.
#include "core/domain/deletion.h"
#include "core/session/hostsession.h"
#include "core/session/libvirteventloop.h"
#include "core/session/processsetup.h"
#include "core/storage/storage.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(Vireo::DeletionDisk)

using namespace Vireo;

class TestDeletion : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    std::unique_ptr<HostSession> m_host;
    virConnectPtr m_direct = nullptr;

    void makeVolume(const QString &name, const QString &backing = {})
    {
        virStoragePoolPtr p = virStoragePoolLookupByName(m_direct, "default-pool");
        QString xml = Storage::volumeXml(name, "qcow2", 1ull << 30, 0);
        if (!backing.isEmpty())
            xml.replace("</volume>", QStringLiteral("<backingStore><path>%1</path><format "
                                                    "type='qcow2'/></backingStore></volume>")
                                         .arg(backing));
        virStorageVolPtr v = virStorageVolCreateXML(p, xml.toUtf8().constData(), 0);
        QVERIFY(v);
        virStorageVolFree(v);
        virStoragePoolFree(p);
    }
    QStringList volumeNames()
    {
        QStringList out;
        virStoragePoolPtr p = virStoragePoolLookupByName(m_direct, "default-pool");
        virStorageVolPtr *vols = nullptr;
        const int n = virStoragePoolListAllVolumes(p, &vols, 0);
        for (int i = 0; i < n; ++i) {
            out << QString::fromUtf8(virStorageVolGetName(vols[i]));
            virStorageVolFree(vols[i]);
        }
        free(vols);
        virStoragePoolFree(p);
        out.sort();
        return out;
    }
    QString define(const QString &name, const QStringList &disks)
    {
        QString devices;
        char dev = 'a';
        for (const QString &d : disks)
            devices += QStringLiteral("<disk type='file' device='disk'><source file='%1'/>"
                                      "<target dev='vd%2'/></disk>")
                           .arg(d)
                           .arg(QChar::fromLatin1(dev++));
        const QString xml =
            QStringLiteral("<domain type='test'><name>%1</name><memory>65536</memory><os><type>"
                           "hvm</type></os><devices>%2<disk type='file' device='cdrom'><source "
                           "file='/default-pool/install.iso'/><target dev='hdc'/><readonly/>"
                           "</disk></devices></domain>")
                .arg(name, devices);
        virDomainPtr d = virDomainDefineXML(m_direct, xml.toUtf8().constData());
        if (!d)
            return {};
        char uuid[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(d, uuid);
        virDomainFree(d);
        return QString::fromLatin1(uuid);
    }

private Q_SLOTS:
    void keepReason_data()
    {
        QTest::addColumn<DeletionDisk>("disk");
        QTest::addColumn<bool>("deletedByDefault");
        QTest::addColumn<bool>("mayBeDeleted");
        DeletionDisk plain;
        plain.target = "vda";
        plain.device = "disk";
        plain.path = "/p/a.qcow2";
        plain.format = "qcow2";
        plain.pool = "p";
        plain.volume = "a.qcow2";
        QTest::newRow("own volume") << plain << true << true;
        DeletionDisk ro = plain;
        ro.readOnly = true;
        QTest::newRow("read-only") << ro << false << true;
        DeletionDisk iso = plain;
        iso.device = "cdrom";
        QTest::newRow("cdrom") << iso << false << true;
        DeletionDisk isoFile = plain;
        isoFile.path = "/p/debian.ISO";
        isoFile.format = "raw";
        QTest::newRow("iso file") << isoFile << false << true;
        DeletionDisk shared = plain;
        shared.usedBy = {"other"};
        QTest::newRow("used by another") << shared << false << false;
        DeletionDisk backing = plain;
        backing.linkedClones = {"/p/clone.qcow2"};
        QTest::newRow("backing of a linked clone") << backing << false << false;
        DeletionDisk loose = plain;
        loose.pool.clear();
        loose.volume.clear();
        QTest::newRow("in no pool") << loose << false << false;
        DeletionDisk empty;
        empty.device = "cdrom";
        QTest::newRow("empty drive") << empty << false << false;
    }
    void keepReason()
    {
        QFETCH(DeletionDisk, disk);
        QFETCH(bool, deletedByDefault);
        QFETCH(bool, mayBeDeleted);
        QCOMPARE(Deletion::keepReason(disk).isEmpty(), deletedByDefault);
        QCOMPARE(Deletion::canDelete(disk), mayBeDeleted);
    }

    void initTestCase()
    {
        LibvirtEventLoop::start();
        m_direct = virConnectOpen("test:///default");
        QVERIFY(m_direct);
        m_host = std::make_unique<HostSession>(QStringLiteral("test:///default"));
        m_host->setStatsInterval(0);
        m_host->connectToHost();
        QTRY_COMPARE(m_host->state(), HostState::Connected);
    }
    void cleanupTestCase()
    {
        m_host.reset();
        virConnectClose(m_direct);
    }

    void inspectAndDeleteExactlyTheChosenVolumes()
    {
        makeVolume("own.qcow2");
        makeVolume("shared.qcow2");
        makeVolume("base.qcow2");
        makeVolume("overlay.qcow2", "/default-pool/base.qcow2");
        makeVolume("install.iso");
        const QString uuid =
            define("victim", {"/default-pool/own.qcow2", "/default-pool/shared.qcow2",
                              "/default-pool/base.qcow2"});
        QVERIFY(!uuid.isEmpty());
        QVERIFY(!define("neighbour", {"/default-pool/shared.qcow2"}).isEmpty());

        std::optional<Result<DeletionPlan>> plan;
        QObject context;
        Deletion::inspect(m_host.get(), uuid, &context, [&](Result<DeletionPlan> r) { plan = r; });
        QTRY_VERIFY(plan.has_value());
        QVERIFY2(*plan, qPrintable(plan->error().text()));
        const QList<DeletionDisk> &disks = plan->value().disks;
        QCOMPARE(disks.size(), 4);
        QVERIFY(Deletion::keepReason(disks[0]).isEmpty());
        QCOMPARE(disks[1].usedBy, QStringList{"neighbour"});
        QCOMPARE(disks[2].linkedClones, QStringList{"/default-pool/overlay.qcow2"});
        QCOMPARE(disks[3].device, QStringLiteral("cdrom"));
        QVERIFY(!Deletion::keepReason(disks[3]).isEmpty());

        // The user chooses the own volume and the ISO.
        QTemporaryDir backups;
        std::optional<Result<DeletionReport>> done;
        Deletion::deleteWithStorage(
            m_host.get(), uuid, backups.path(),
            {{"default-pool", "own.qcow2"}, {"default-pool", "install.iso"}}, &context,
            [&](Result<DeletionReport> r) { done = r; });
        QTRY_VERIFY(done.has_value());
        QVERIFY2(*done, qPrintable(done->error().text()));
        QCOMPARE(done->value().deleted,
                 (QStringList{"/default-pool/own.qcow2", "/default-pool/install.iso"}));
        QVERIFY(done->value().failed.isEmpty());
        QVERIFY(QFileInfo::exists(done->value().backup.path));
        QCOMPARE(volumeNames(), (QStringList{"base.qcow2", "overlay.qcow2", "shared.qcow2"}));
        virDomainPtr gone = virDomainLookupByUUIDString(m_direct, uuid.toLatin1().constData());
        QVERIFY(!gone);
        virResetLastError();
    }

    void aDomainWithNvramIsUndefinedWhereTheDriverRefusesTheNvramFlags()
    {
        // The test driver takes neither VIR_DOMAIN_UNDEFINE_NVRAM nor KEEP_NVRAM.
        virDomainPtr d = virDomainDefineXML(
            m_direct, "<domain type='test'><name>uefi</name><memory>65536</memory><os><type>hvm"
                      "</type><loader readonly='yes' type='pflash'>/x/OVMF_CODE.fd</loader>"
                      "<nvram>/x/uefi_VARS.fd</nvram></os></domain>");
        QVERIFY(d);
        char uuid[VIR_UUID_STRING_BUFLEN];
        virDomainGetUUIDString(d, uuid);
        virDomainFree(d);
        QTemporaryDir backups;
        std::optional<Result<DeletionReport>> done;
        QObject context;
        Deletion::deleteWithStorage(m_host.get(), QString::fromLatin1(uuid), backups.path(), {},
                                    &context, [&](Result<DeletionReport> r) { done = r; });
        QTRY_VERIFY(done.has_value());
        QVERIFY2(*done, qPrintable(done->error().text()));
        QVERIFY(!virDomainLookupByName(m_direct, "uefi"));
        virResetLastError();
    }

    void nothingIsDeletedWhenTheDomainIsGone()
    {
        makeVolume("keep.qcow2");
        QTemporaryDir backups;
        std::optional<Result<DeletionReport>> done;
        QObject context;
        Deletion::deleteWithStorage(m_host.get(), "00000000-0000-0000-0000-000000000001",
                                    backups.path(), {{"default-pool", "keep.qcow2"}}, &context,
                                    [&](Result<DeletionReport> r) { done = r; });
        QTRY_VERIFY(done.has_value());
        QVERIFY(!*done);
        QVERIFY(volumeNames().contains("keep.qcow2"));
    }
};

QTEST_GUILESS_MAIN(TestDeletion)
#include "tst_deletion.moc"
