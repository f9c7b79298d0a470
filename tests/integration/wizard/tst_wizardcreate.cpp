// SPDX-License-Identifier: GPL-2.0-or-later
// The New-VM wizard end to end on a real libvirtd with QEMU: walk the wizard (direct kernel boot
// of the integration guest, a new qcow2 volume in a pool), press Finish and see the domain reach
// running. Everything it created is removed afterwards, even when a check fails.

#include "core/create/osinfo.h"
#include "core/create/vmcreator.h"
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "core/storage/storage.h"
#include "guest.h"
#include "ui/wizard/newvmwizard.h"
#include "ui/wizard/wizardpages.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace Vireo;
using namespace Vireo::Integration;

class TestWizardCreate : public QObject
{
    Q_OBJECT
private:
    Environment m_env;
    std::unique_ptr<HostSession> m_host;
    std::unique_ptr<QTemporaryDir> m_poolDir;
    QString m_pool;
    QString m_name;

    /// Test code's own connection: the cleanup must work when the code under test did not.
    void removePool()
    {
        if (m_pool.isEmpty())
            return;
        const QByteArray uri = m_env.uri.toUtf8(), pool = m_pool.toUtf8();
        virConnectPtr conn = virConnectOpen(uri.constData());
        if (!conn)
            return;
        if (virStoragePoolPtr p = virStoragePoolLookupByName(conn, pool.constData())) {
            virStoragePoolRefresh(p, 0);
            virStorageVolPtr *vols = nullptr;
            const int n = virStoragePoolListAllVolumes(p, &vols, 0);
            for (int i = 0; i < n; ++i) {
                if (virStorageVolDelete(vols[i], 0) < 0)
                    qWarning("could not delete a test volume of %s", pool.constData());
                virStorageVolFree(vols[i]);
            }
            free(vols);
            virStoragePoolDestroy(p); // transient: destroying removes it
            virStoragePoolFree(p);
        }
        virConnectClose(conn);
        m_pool.clear();
    }

    static bool nextEnabled(NewVmWizard *w)
    {
        QAbstractButton *b =
            w->button(w->currentId() == NewVmWizard::FinishPage ? QWizard::FinishButton
                                                                : QWizard::NextButton);
        return b->isEnabled();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = Environment::detect();
        if (!m_env.unavailable.isEmpty())
            QSKIP(qPrintable(m_env.unavailable));
        removeTestDomains(m_env.uri);
        m_name = testDomainName(QStringLiteral("wizard"));

        // A pool of our own, so the test never touches the host's volumes. The folder must be
        // reachable by the QEMU process (which may run as another user).
        m_poolDir = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                    QStringLiteral("/vireo-it-wizard-XXXXXX"));
        QVERIFY(m_poolDir->isValid());
        QFile::setPermissions(m_poolDir->path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                  QFileDevice::ExeOther);
        const QString poolName = m_name + QStringLiteral("-pool");
        const QByteArray xml = QStringLiteral("<pool type='dir'><name>%1</name><target><path>%2"
                                              "</path></target></pool>")
                                   .arg(poolName, m_poolDir->path())
                                   .toUtf8();
        const QByteArray uri = m_env.uri.toUtf8();
        virConnectPtr conn = virConnectOpen(uri.constData());
        QVERIFY(conn);
        virStoragePoolPtr pool = virStoragePoolCreateXML(conn, xml.constData(), 0);
        const QString why = pool ? QString() : QString::fromUtf8(virGetLastErrorMessage());
        if (pool) {
            m_pool = poolName;
            virStoragePoolFree(pool);
        }
        virConnectClose(conn);
        QVERIFY2(!m_pool.isEmpty(), qPrintable(why));

        m_host = std::make_unique<HostSession>(m_env.uri);
        m_host->setStatsInterval(0);
        m_host->connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_host->state(), HostState::Connected, kLibvirtCallMs);
    }

    void cleanupTestCase()
    {
        m_host.reset();
        if (!m_env.unavailable.isEmpty())
            return;
        const QStringList removed = removeTestDomains(m_env.uri);
        removePool();
        qInfo("removed: %s", qPrintable(removed.join(QStringLiteral(", "))));
    }

    void wizardDirectBootsGuestOnNewQcow2()
    {
        NewVmWizard w({m_host.get()}, m_host.get());
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.capabilities(), kLibvirtCallMs);
        QTRY_VERIFY_WITH_TIMEOUT(w.poolsLoaded(), kLibvirtCallMs);

        // Step 1: direct kernel boot of the integration guest.
        w.findChild<QRadioButton *>("methodKernel")->setChecked(true);
        w.findChild<QLineEdit *>("kernelPath")->setText(m_env.kernel);
        w.findChild<QLineEdit *>("initrdPath")->setText(m_env.initrd);
        w.findChild<QLineEdit *>("kernelArgs")->setText("console=ttyS0 console=tty0");
        const QString virtType = w.sourcePage()->domainType();
        QVERIFY2(virtType == "kvm" || virtType == "qemu", qPrintable(virtType));
        QTRY_VERIFY2_WITH_TIMEOUT(nextEnabled(&w), qPrintable(w.sourcePage()->problem()),
                                  kLibvirtCallMs);
        w.next();
        // Step 2: generic OS. Step 3: a small machine that can grow.
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(&w), kLibvirtCallMs);
        w.next();
        w.findChild<QSpinBox *>("vcpus")->setValue(1);
        w.findChild<QSpinBox *>("maxVcpus")->setValue(2);
        w.findChild<QSpinBox *>("maxMemory")->setValue(512);
        w.findChild<QSpinBox *>("memory")->setValue(256);
        QVERIFY2(nextEnabled(&w), qPrintable(w.cpuMemoryPage()->problem()));
        w.next();
        // Step 4: a new qcow2 volume in our pool.
        QCOMPARE(w.currentId(), int(NewVmWizard::StoragePage));
        auto *pool = w.findChild<QComboBox *>("pool");
        pool->setCurrentIndex(pool->findText(m_pool));
        QCOMPARE(pool->currentText(), m_pool);
        w.findChild<QRadioButton *>("formatQcow2")->setChecked(true);
        w.findChild<QDoubleSpinBox *>("diskSize")->setValue(0.5);
        QTRY_VERIFY2_WITH_TIMEOUT(nextEnabled(&w), qPrintable(w.storagePage()->problem()),
                                  kLibvirtCallMs);
        w.next();
        // Step 5: the test's name, no network (the daemon may have none), start after creation.
        w.findChild<QLineEdit *>("name")->setText(m_name);
        auto *network = w.findChild<QComboBox *>("network");
        network->setCurrentIndex(network->count() - 1); // "No network" is always last
        QCOMPARE(w.finishPage()->networkKind(), NetworkKind::None);
        QTRY_VERIFY2_WITH_TIMEOUT(nextEnabled(&w), qPrintable(w.finishPage()->problem()),
                                  kLibvirtCallMs);

        QSignalSpy finished(&w, &NewVmWizard::creationFinished);
        w.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
        const auto outcome = finished.first().first().value<CreationOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.text()));

        // Running, by the live XML (an id is there only while it runs), on the new volume.
        Pending<Result<QString>> xml;
        QString live;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (xml.ready()) {
                    if (xml.value())
                        live = xml.value().value();
                    if (live.contains(QRegularExpression("<domain[^>]* id='")))
                        return true;
                    xml.reset();
                }
                if (!xml.ready())
                    DomainActions::fetchDomainXml(m_host.get(), outcome.uuid, {}, this,
                                                  xml.callback());
                return false;
            }(),
            kLibvirtCallMs);
        QVERIFY2(live.contains(m_poolDir->path() + QLatin1Char('/') + m_name + ".qcow2"),
                 qPrintable(live));
        QVERIFY(live.contains("type='qcow2'"));
        QVERIFY(live.contains("<kernel>" + m_env.kernel + "</kernel>"));

        Pending<Result<QList<StorageVolumeInfo>>> vols;
        Storage::listVolumes(m_host.get(), m_pool, this, vols.callback());
        QTRY_VERIFY_WITH_TIMEOUT(vols.ready(), kLibvirtCallMs);
        QVERIFY(vols.value().ok());
        QCOMPARE(vols.value().value().size(), 1);
        QCOMPARE(vols.value().value().first().format, QStringLiteral("qcow2"));
        QCOMPARE(vols.value().value().first().capacityBytes, 512ull * 1024 * 1024);
    }
    void rawVolumeAllocatesInStepsAndCancels()
    {
        // Real stepwise allocation (virStorageVolResize ALLOCATE) with progress in between.
        VolumeCreation raw(m_host.get(), m_pool, m_name + "-raw.img", "raw", 256ull << 20);
        raw.setStepBytes(64ull << 20);
        QSignalSpy progress(&raw, &VolumeCreation::progress);
        Pending<bool> done;
        connect(&raw, &VolumeCreation::finished, this,
                [cb = done.callback()](const Result<StorageVolumeInfo> &r, bool) { cb(r.ok()); });
        raw.start();
        QTRY_VERIFY_WITH_TIMEOUT(done.ready(), kLibvirtCallMs);
        QVERIFY(done.value());
        QList<int> seen;
        for (const auto &args : progress)
            seen << args.first().toInt();
        QCOMPARE(seen, (QList<int>{0, 25, 50, 75, 100}));

        // Cancel after the first step: the partial volume is deleted.
        VolumeCreation cancelled(m_host.get(), m_pool, m_name + "-cancel.img", "raw", 256ull << 20);
        cancelled.setStepBytes(64ull << 20);
        connect(&cancelled, &VolumeCreation::progress, &cancelled, [&cancelled](int percent) {
            if (percent > 0)
                cancelled.cancel();
        });
        Pending<bool> wasCancelled;
        connect(&cancelled, &VolumeCreation::finished, this,
                [cb = wasCancelled.callback()](const Result<StorageVolumeInfo> &r, bool c) {
                    cb(!r.ok() && c);
                });
        cancelled.start();
        QTRY_VERIFY_WITH_TIMEOUT(wasCancelled.ready(), kLibvirtCallMs);
        QVERIFY(wasCancelled.value());

        Pending<Result<QList<StorageVolumeInfo>>> vols;
        Storage::listVolumes(m_host.get(), m_pool, this, vols.callback());
        QTRY_VERIFY_WITH_TIMEOUT(vols.ready(), kLibvirtCallMs);
        QStringList names;
        for (const StorageVolumeInfo &v : vols.value().value())
            names << v.name;
        QVERIFY(names.contains(m_name + "-raw.img"));
        QVERIFY(!names.contains(m_name + "-cancel.img"));
        for (const StorageVolumeInfo &v : vols.value().value())
            if (v.name == m_name + "-raw.img")
                QVERIFY2(v.allocationBytes >= (256ull << 20) - (1ull << 20),
                         qPrintable(QString::number(v.allocationBytes)));
    }

    void isoVolumeReadThroughTheHost()
    {
        // How the wizard detects the OS of an ISO on a remote host: its descriptors come through
        // libvirt (virStorageVolDownload), not the local file system.
        QByteArray iso(16 * 2048, '\0');
        QByteArray pvd(2048, '\0');
        pvd[0] = 1;
        pvd.replace(1, 5, "CD001");
        pvd.replace(40, 32, QByteArray("Debian 11.5.0 amd64 n").leftJustified(32, ' '));
        QByteArray end(2048, '\0');
        end[0] = char(255);
        end.replace(1, 5, "CD001");
        QFile f(m_poolDir->filePath(m_name + ".iso"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(iso + pvd + end + QByteArray(64 * 1024, '\0'));
        f.close();
        f.setPermissions(f.permissions() | QFileDevice::ReadOther);
        Pending<Result<QList<StorageVolumeInfo>>> vols; // refreshes the pool
        Storage::listVolumes(m_host.get(), m_pool, this, vols.callback());
        QTRY_VERIFY_WITH_TIMEOUT(vols.ready(), kLibvirtCallMs);
        Pending<Result<QByteArray>> bytes;
        Storage::readVolumeBytes(m_host.get(), f.fileName(), 16 * 2048, 8 * 2048, this,
                                 bytes.callback());
        QTRY_VERIFY_WITH_TIMEOUT(bytes.ready(), kLibvirtCallMs);
        QVERIFY2(bytes.value().ok(), qPrintable(bytes.value().error().text()));
        QCOMPARE(bytes.value().value().size(), 8 * 2048);
        const Result<IsoIdentity> id = Iso::parseDescriptors(bytes.value().value());
        QVERIFY(id.ok());
        QCOMPARE(id->volumeId, QStringLiteral("Debian 11.5.0 amd64 n"));
        QVERIFY(QFile::remove(f.fileName()));
    }

    void realStartFailureRollsBack()
    {
        // QEMU refuses a kernel that is not one: the start fails for real, and the domain and
        // its new volume are removed again.
        const QString badKernel = m_poolDir->filePath("not-a-kernel");
        QFile f(badKernel);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a Linux kernel\n");
        f.close();
        f.setPermissions(f.permissions() | QFileDevice::ReadOther);
        VmCreationPlan plan;
        plan.spec.name = m_name + "-bad";
        plan.spec.domainType = QStringLiteral("qemu");
        plan.spec.arch = QStringLiteral("x86_64");
        plan.spec.install = InstallMethod::KernelBoot;
        plan.spec.kernelPath = badKernel;
        plan.spec.network = NetworkKind::None;
        plan.spec.memoryMiB = plan.spec.maxMemoryMiB = 128;
        plan.createVolume = true;
        plan.pool = m_pool;
        plan.volumeName = plan.spec.name + ".qcow2";
        plan.volumeCapacityBytes = 64ull << 20;
        VmCreator creator(m_host.get());
        QSignalSpy finished(&creator, &VmCreator::finished);
        creator.create(plan);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kLibvirtCallMs);
        const auto out = finished.first().first().value<CreationOutcome>();
        QVERIFY(!out.ok);
        QCOMPARE(out.failedStep, CreationStep::Start);
        QVERIFY2(out.leftBehind.isEmpty(), qPrintable(out.text()));
        QCOMPARE(out.undone.size(), 2);
        qInfo("%s", qPrintable(out.text()));

        Pending<Result<QList<StorageVolumeInfo>>> vols;
        Storage::listVolumes(m_host.get(), m_pool, this, vols.callback());
        QTRY_VERIFY_WITH_TIMEOUT(vols.ready(), kLibvirtCallMs);
        for (const StorageVolumeInfo &v : vols.value().value())
            QVERIFY(v.name != plan.volumeName);
        Pending<Result<QString>> xml;
        DomainActions::fetchDomainXml(m_host.get(), plan.spec.name, {.inactive = true}, this,
                                      xml.callback());
        QTRY_VERIFY_WITH_TIMEOUT(xml.ready(), kLibvirtCallMs);
        QVERIFY(!xml.value().ok()); // no such domain
    }
};

int main(int argc, char **argv)
{
    Vireo::prepareProcess(); // before the application object exists
    QApplication app(argc, argv);
    TestWizardCreate test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_wizardcreate.moc"
