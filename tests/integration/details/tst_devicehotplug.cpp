// SPDX-License-Identifier: GPL-2.0-or-later
// Devices on a real libvirtd and QEMU (issue 14), with the tiny guest reporting its block
// devices, interfaces and TPM on its serial port: a qcow2 disk hot-plugged appears as vdb, the
// guest writes to it and reads it back, it is hot-unplugged and gone from the guest and the live
// XML; an ISO is inserted into the running guest's empty CD-ROM, the guest reads /vireo.txt, and
// it is ejected; a NIC hot-plugged shows as eth1; a paused guest cannot answer an unplug and that
// is told as "no answer", and the worker runs another job while that removal is pending; a memory
// module the guest refuses to eject (its ACPI memory hot-remove switched off) is told as
// "refused" on the Devices page, and let go once allowed; a UEFI guest with a TPM 2.0 (OVMF under
// TCG, swtpm) boots and has /dev/tpm0. The time from the call to the device in the guest is printed
// (a figure, not a test). Needs tests/integration/setup.sh; skips without.

#include "guest.h"

#include "core/common/xmlrewriter.h"
#include "core/domain/devices.h"
#include "core/domain/domainactions.h"
#include "core/domain/domainconfigfirmware.h"
#include "core/domain/domainxml.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/details/devices/removedevicedialog.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domaindevicespage.h"
#include "ui/details/domainwindow.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamWriter>

#include <memory>

using namespace Vireo;
using namespace Vireo::Integration;
using Scope = DomainControl::Scope;

class TestDeviceHotplug : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase();
    void diskHotplugAndUnplug();
    void cdromInsertAndEject();
    void nicHotplug();
    void pausedGuestGivesNoAnswer();
    void guestRefusesUnplug();
    void uefiGuestWithTpm();
    void biosGuestSwitchedToUefiBoots();
    void cleanupTestCase();

private:
    /// The guest's last report "blk=sr0,vda net=eth0 tpm=tpm0" as a set of names.
    QSet<QString> devices(const GuestSpec &spec) const
    {
        QSet<QString> out;
        const QString report =
            SerialLog(spec.serialLogPath).lastValue(QStringLiteral("VIREO-DEVICES "));
        for (const QString &group : report.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            for (const QString &name : group.section(QLatin1Char('='), 1).split(QLatin1Char(',')))
                if (!name.isEmpty())
                    out.insert(name);
        }
        return out;
    }
    QString liveXml(const QString &uuid)
    {
        Pending<Result<QString>> r;
        DomainActions::fetchDomainXml(m_session.get(), uuid, {false, false}, this, r.callback());
        if (!QTest::qWaitFor([&] { return r.ready(); }, kLibvirtCallMs) || !r->ok())
            return {};
        return r->value();
    }
    Status attach(const QString &uuid, const DeviceSpec &spec, Scope scope)
    {
        Result<QString> xml = buildDeviceXml(spec);
        if (!xml)
            return xml.error();
        Pending<Status> r;
        Devices::attach(m_session.get(), uuid, *xml, scope, this, r.callback());
        if (!QTest::qWaitFor([&] { return r.ready(); }, kLibvirtCallMs))
            return Error{QStringLiteral("attach did not answer"), {}, 0};
        return r.value();
    }
    Result<Devices::Removal> detach(const QString &uuid, const DeviceKey &key, Scope scope,
                                    int timeoutSeconds)
    {
        Pending<Result<Devices::Removal>> r;
        Devices::detach(m_session.get(), uuid, key, scope, timeoutSeconds, this, r.callback());
        if (!QTest::qWaitFor([&] { return r.ready(); }, kLibvirtCallMs))
            return Error{QStringLiteral("detach did not answer"), {}, 0};
        return r.value();
    }
    /// Defines xml and starts it; waits for the guest's first status line.
    QString boot(const QString &xml, const GuestSpec &spec, int timeoutMs, QString *uuid);
    QString volume(const QString &name, int mib);

    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    GuestSpec m_spec;
    QString m_uuid;
    virConnectPtr m_conn = nullptr;
    virStoragePoolPtr m_pool = nullptr;
    virNetworkPtr m_network = nullptr;
    QString m_iso;
    QString m_uefiName;
    QString m_switchedName;
};

QString TestDeviceHotplug::volume(const QString &name, int mib)
{
    const QString xml = QStringLiteral("<volume><name>%1</name><capacity unit='MiB'>%2</capacity>"
                                       "<target><format type='qcow2'/></target></volume>")
                            .arg(name)
                            .arg(mib);
    virStorageVolPtr vol = virStorageVolCreateXML(m_pool, xml.toUtf8().constData(), 0);
    if (!vol)
        return {};
    char *path = virStorageVolGetPath(vol);
    const QString out = QString::fromUtf8(path);
    free(path);
    virStorageVolFree(vol);
    return out;
}

QString TestDeviceHotplug::boot(const QString &xml, const GuestSpec &spec, int timeoutMs,
                                QString *uuid)
{
    Pending<Result<QString>> defined;
    DomainActions::defineXml(m_session.get(), xml, this, defined.callback());
    if (!QTest::qWaitFor([&] { return defined.ready(); }, kLibvirtCallMs))
        return QStringLiteral("defineXml did not answer");
    if (!defined->ok())
        return defined->error().text();
    *uuid = defined->value();
    QString failure;
    QObject context;
    connect(m_session.get(), &HostSession::operationFailed, &context,
            [&](const Error &e) { failure = e.text(); });
    DomainActions::performAction(m_session.get(), {*uuid}, DomainAction::Start);
    const SerialLog serial(spec.serialLogPath);
    if (!QTest::qWaitFor([&] { return !failure.isEmpty() || serial.lastStatus().isValid(); },
                         timeoutMs))
        return QStringLiteral("the guest did not boot; serial log:\n%1").arg(serial.tail());
    return failure;
}

void TestDeviceHotplug::initTestCase()
{
    m_env = Environment::detect();
    if (!m_env.unavailable.isEmpty())
        QSKIP(qPrintable(m_env.unavailable));
    const QString notReady = prepareScratch(m_env, m_dir.path());
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    m_spec = testGuestSpec(QStringLiteral("devices"), m_dir.path());

    m_conn = virConnectOpen(m_env.uri.toUtf8().constData());
    QVERIFY(m_conn);
    const QString poolXml = QStringLiteral("<pool type='dir'><name>%1-pool</name><target><path>"
                                           "%2</path></target></pool>")
                                .arg(m_spec.name, m_dir.path());
    m_pool = virStoragePoolCreateXML(m_conn, poolXml.toUtf8().constData(), 0);
    QVERIFY2(m_pool, virGetLastErrorMessage());
    m_spec.dataDiskPath = volume(QStringLiteral("data.qcow2"), 32);
    QVERIFY(!m_spec.dataDiskPath.isEmpty());
    QVERIFY(!volume(QStringLiteral("hot.qcow2"), 32).isEmpty());
    QVERIFY(!volume(QStringLiteral("paused.qcow2"), 16).isEmpty());

    // A NAT network of the test's own (the NIC's hot-plug needs one to plug into).
    const int n = int(QCoreApplication::applicationPid() % 200) + 20;
    const QString netXml =
        QStringLiteral("<network><name>%1-net</name><bridge name='vitd%2'/><forward mode='nat'/>"
                       "<ip address='10.237.%2.1' netmask='255.255.255.0'><dhcp><range "
                       "start='10.237.%2.10' end='10.237.%2.50'/></dhcp></ip></network>")
            .arg(m_spec.name)
            .arg(n);
    m_network = virNetworkCreateXML(m_conn, netXml.toUtf8().constData());
    QVERIFY2(m_network, virGetLastErrorMessage());
    m_spec.networkName = m_spec.name + QStringLiteral("-net");

    // The CD's medium: /vireo.txt holds a line the guest reports.
    QDir(m_dir.path()).mkpath(QStringLiteral("iso"));
    QFile text(m_dir.filePath(QStringLiteral("iso/vireo.txt")));
    QVERIFY(text.open(QIODevice::WriteOnly) && text.write("vireo-cd-ok\n") > 0);
    text.close();
    m_iso = m_dir.filePath(QStringLiteral("media.iso"));
    QProcess iso;
    iso.start(QStringLiteral("genisoimage"),
              {QStringLiteral("-quiet"), QStringLiteral("-R"), QStringLiteral("-V"),
               QStringLiteral("VIREO"), QStringLiteral("-o"), m_iso,
               m_dir.filePath(QStringLiteral("iso"))});
    QVERIFY2(iso.waitForFinished(30000) && iso.exitCode() == 0,
             "genisoimage (packaging/debian-packages.txt) could not write the ISO");
    QFile::setPermissions(m_iso, QFile::permissions(m_iso) | QFileDevice::ReadOther);

    QString error;
    m_session = connectedSession(m_env.uri, &error);
    QVERIFY2(m_session, qPrintable(error));
    // The guest's XML with an empty IDE CD-ROM drive (IDE: the guest kernel has no AHCI).
    DiskDeviceSpec cd;
    cd.cdrom = true;
    cd.source = DiskDeviceSpec::Source::Empty;
    cd.bus = QStringLiteral("ide");
    cd.target = QStringLiteral("hdc");
    // Memory slots and a NUMA cell, for a memory module (DIMM) to hot-plug and unplug.
    XmlRewriter memorySlots;
    memorySlots.append(QStringLiteral("domain"), [this](QXmlStreamWriter &w) {
        w.writeStartElement(QStringLiteral("maxMemory"));
        w.writeAttribute(QStringLiteral("slots"), QStringLiteral("2"));
        w.writeAttribute(QStringLiteral("unit"), QStringLiteral("MiB"));
        w.writeCharacters(QStringLiteral("2048"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("cpu"));
        w.writeStartElement(QStringLiteral("numa"));
        w.writeEmptyElement(QStringLiteral("cell"));
        w.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
        w.writeAttribute(QStringLiteral("cpus"), QStringLiteral("0-%1").arg(m_spec.maxVcpus - 1));
        w.writeAttribute(QStringLiteral("memory"), QString::number(m_spec.memoryMiB));
        w.writeAttribute(QStringLiteral("unit"), QStringLiteral("MiB"));
        w.writeEndElement();
        w.writeEndElement();
    });
    auto withSlots = memorySlots.apply(guestXml(m_env, m_spec), QStringLiteral("domain"),
                                       QStringLiteral("slots"));
    QVERIFY2(withSlots.ok(), qPrintable(withSlots.error().text()));
    auto xml = appendDevice(*withSlots, *buildDeviceXml(cd));
    QVERIFY2(xml.ok(), qPrintable(xml.error().text()));
    const QString failed = boot(*xml, m_spec, 180000, &m_uuid);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    QTRY_VERIFY_WITH_TIMEOUT(devices(m_spec).contains(QStringLiteral("vda")), 60000);
}

void TestDeviceHotplug::diskHotplugAndUnplug()
{
    DiskDeviceSpec disk;
    disk.source = DiskDeviceSpec::Source::Volume;
    disk.pool = m_spec.name + QStringLiteral("-pool");
    disk.volume = QStringLiteral("hot.qcow2");
    disk.format = QStringLiteral("qcow2");
    disk.target = freeDiskTarget(disk.bus, {QStringLiteral("vda"), QStringLiteral("hdc")});
    QCOMPARE(disk.target, QStringLiteral("vdb"));
    QElapsedTimer clock;
    clock.start();
    Status s = attach(m_uuid, disk, Scope::LiveAndConfig);
    QVERIFY2(s.ok(), qPrintable(s.error().text()));
    QTRY_VERIFY_WITH_TIMEOUT(devices(m_spec).contains(QStringLiteral("vdb")), 60000);
    qInfo("FIGURE disk hot-plug: %lld ms from attach to vdb in the guest", clock.elapsed());

    // The guest writes to it and reads it back (the command line itself never holds the text).
    const QString typed = typeOnSerialConsole(
        m_env.uri, m_spec.name,
        QStringLiteral("printf 'HOT%sOK\\n' -WRITE- > /dev/vdb; sync; head -c 13 /dev/vdb"));
    QVERIFY2(typed.isEmpty(), qPrintable(typed));
    QTRY_VERIFY_WITH_TIMEOUT(
        SerialLog(m_spec.serialLogPath).contains(QStringLiteral("HOT-WRITE-OK")), 30000);

    auto removal = detach(m_uuid, {QStringLiteral("disk"), QStringLiteral("vdb"), 0},
                          Scope::LiveAndConfig, 60);
    QVERIFY2(removal.ok(), qPrintable(removal.error().text()));
    QCOMPARE(int(removal->outcome), int(Devices::Removal::Outcome::Removed));
    QTRY_VERIFY_WITH_TIMEOUT(!devices(m_spec).contains(QStringLiteral("vdb")), 30000);
    QVERIFY(!liveXml(m_uuid).contains(u"hot.qcow2"));
}

void TestDeviceHotplug::cdromInsertAndEject()
{
    QElapsedTimer clock;
    clock.start();
    Pending<Status> inserted;
    Devices::changeMedia(m_session.get(), m_uuid, QStringLiteral("hdc"), m_iso, Scope::Live, this,
                         inserted.callback());
    QTRY_VERIFY_WITH_TIMEOUT(inserted.ready(), kLibvirtCallMs);
    QVERIFY2(inserted->ok(), qPrintable(inserted->error().text()));
    const SerialLog serial(m_spec.serialLogPath);
    QTRY_VERIFY_WITH_TIMEOUT(serial.lastValue(QStringLiteral("VIREO-CDROM sr0=")) == u"vireo-cd-ok",
                             60000);
    qInfo("FIGURE CD insert: %lld ms from the call to the guest reading /vireo.txt",
          clock.elapsed());
    Pending<Status> ejected;
    Devices::changeMedia(m_session.get(), m_uuid, QStringLiteral("hdc"), {}, Scope::Live, this,
                         ejected.callback());
    QTRY_VERIFY_WITH_TIMEOUT(ejected.ready(), kLibvirtCallMs);
    QVERIFY2(ejected->ok(), qPrintable(ejected->error().text()));
    QVERIFY(!liveXml(m_uuid).contains(m_iso));
    QTRY_VERIFY_WITH_TIMEOUT(serial.lastValue(QStringLiteral("VIREO-CDROM sr0=")) != u"vireo-cd-ok",
                             60000);
}

void TestDeviceHotplug::nicHotplug()
{
    NicDeviceSpec nic;
    nic.sourceName = m_spec.networkName;
    nic.mac = generateMac({}, [] { return quint32(QCoreApplication::applicationPid()); });
    QTRY_VERIFY_WITH_TIMEOUT(devices(m_spec).contains(QStringLiteral("eth0")), 60000);
    QElapsedTimer clock;
    clock.start();
    Status s = attach(m_uuid, nic, Scope::Live);
    QVERIFY2(s.ok(), qPrintable(s.error().text()));
    QTRY_VERIFY_WITH_TIMEOUT(devices(m_spec).contains(QStringLiteral("eth1")), 60000);
    qInfo("FIGURE NIC hot-plug: %lld ms from attach to eth1 in the guest", clock.elapsed());
    QVERIFY(liveXml(m_uuid).contains(nic.mac));
}

void TestDeviceHotplug::pausedGuestGivesNoAnswer()
{
    DiskDeviceSpec disk;
    disk.source = DiskDeviceSpec::Source::Volume;
    disk.pool = m_spec.name + QStringLiteral("-pool");
    disk.volume = QStringLiteral("paused.qcow2");
    disk.format = QStringLiteral("qcow2");
    disk.target = QStringLiteral("vdc");
    // The guest names disks in its own order (the freed vdb comes first): wait for a new one.
    const QSet<QString> before = devices(m_spec);
    QVERIFY(attach(m_uuid, disk, Scope::Live).ok());
    QString added;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (const QString &name : devices(m_spec) - before)
                added = name;
            return added.startsWith(u"vd");
        }(),
        60000);
    // A paused guest cannot act on the unplug request: the answer does not come in time.
    DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::Pause);
    QTRY_VERIFY_WITH_TIMEOUT(liveXml(m_uuid).isEmpty() == false, 10000);
    QTest::qWait(2000);
    Pending<Result<Devices::Removal>> pending;
    Devices::detach(m_session.get(), m_uuid, {QStringLiteral("disk"), QStringLiteral("vdc"), 0},
                    Scope::Live, 10, this, pending.callback());
    // While the guest is asked, the host's worker is free: a job queued after the removal is
    // answered before it (a worker that waited for the answer would run it only afterwards).
    Pending<Result<QString>> other;
    DomainActions::fetchDomainXml(m_session.get(), m_uuid, {false, false}, this, other.callback());
    QTRY_VERIFY_WITH_TIMEOUT(other.ready() || pending.ready(), kLibvirtCallMs);
    QVERIFY2(other.ready() && !pending.ready(),
             "the worker ran the next job only after the removal had ended");
    QVERIFY(other->ok() && other->value().contains(u"paused.qcow2"));
    QTRY_VERIFY_WITH_TIMEOUT(pending.ready(), kLibvirtCallMs);
    const Result<Devices::Removal> &removal = pending.value();
    QVERIFY2(removal.ok(), qPrintable(removal.error().text()));
    QCOMPARE(int(removal->outcome), int(Devices::Removal::Outcome::NoAnswer));
    const QString message = Devices::removalMessage(*removal, QStringLiteral("Disk vdc"));
    QVERIFY2(message.contains(u"did not answer within 10 s"), qPrintable(message));
    QVERIFY(liveXml(m_uuid).contains(u"paused.qcow2"));
    // Running again, the guest lets it go.
    DomainActions::performAction(m_session.get(), {m_uuid}, DomainAction::Resume);
    QTRY_VERIFY_WITH_TIMEOUT(!devices(m_spec).contains(added), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(!liveXml(m_uuid).contains(u"paused.qcow2"), 30000);
}

void TestDeviceHotplug::guestRefusesUnplug()
{
    const QString dimm = QStringLiteral("<memory model='dimm'><target><size unit='MiB'>128</size>"
                                        "<node>0</node></target></memory>");
    Pending<Status> added;
    Devices::attach(m_session.get(), m_uuid, dimm, Scope::Live, this, added.callback());
    QTRY_VERIFY_WITH_TIMEOUT(added.ready(), kLibvirtCallMs);
    QVERIFY2(added->ok(), qPrintable(added->error().text()));
    QVERIFY(liveXml(m_uuid).contains(u"model='dimm'"));
    // The guest's kernel then answers an eject request of a memory device with _OST "eject not
    // supported" (it logs "Eject disabled"); QEMU passes that on, libvirt sends removal-failed.
    const SerialLog serial(m_spec.serialLogPath);
    // (Short lines: the serial terminal wraps a long one, and its echo is not found then.)
    QString typed = typeOnSerialConsole(m_env.uri, m_spec.name,
                                        QStringLiteral("cd /sys/firmware/acpi/hotplug/memory"));
    QVERIFY2(typed.isEmpty(), qPrintable(typed));
    typed = typeOnSerialConsole(m_env.uri, m_spec.name,
                                QStringLiteral("echo 0 >enabled; echo VIREO-EJECT-$(cat enabled)"));
    QVERIFY2(typed.isEmpty(), qPrintable(typed));
    QTRY_VERIFY_WITH_TIMEOUT(serial.contains(QStringLiteral("VIREO-EJECT-0")), 30000);

    // Removed as a user does: the Devices page, Remove, "now only".
    const DeviceKey module{QStringLiteral("memory"), {}, 0};
    QPointer<DomainWindow> window = DomainWindow::showFor(m_session.get(), m_uuid);
    QTRY_VERIFY_WITH_TIMEOUT(window->context()->hasDescription() && window->context()->hasInfo(),
                             kLibvirtCallMs);
    window->showPage(QStringLiteral("Devices"));
    DomainDevicesPage *page = window->devicesPage();
    page->setRemovalTimeoutSeconds(60);
    QTRY_VERIFY_WITH_TIMEOUT(page->selectDevice(module), 30000);
    QTRY_VERIFY(page->removeButton()->isEnabled());
    QTest::mouseClick(page->removeButton(), Qt::LeftButton);
    RemoveDeviceDialog *ask = nullptr;
    QTRY_VERIFY([&] {
        for (RemoveDeviceDialog *d : page->findChildren<RemoveDeviceDialog *>())
            if (d->isVisible())
                ask = d;
        return ask != nullptr;
    }());
    ask->whenButton(ApplyWhen::Now)->setChecked(true);
    QTest::mouseClick(ask->removeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->statusLabel()->text().contains(u"refused"), kLibvirtCallMs);
    const QString message = page->statusLabel()->text();
    QVERIFY2(message.startsWith(u"The guest refused to release ") &&
                 message.endsWith(u": it is still attached, and the configuration still has it."),
             qPrintable(message));
    delete window.data();
    QVERIFY(liveXml(m_uuid).contains(u"model='dimm'"));
    QVERIFY2(serial.contains(QStringLiteral("Eject disabled")), qPrintable(serial.tail()));

    // Allowed again, the guest lets it go.
    typed = typeOnSerialConsole(m_env.uri, m_spec.name,
                                QStringLiteral("echo 1 >enabled; echo VIREO-EJECT-$(cat enabled)"));
    QVERIFY2(typed.isEmpty(), qPrintable(typed));
    QTRY_VERIFY_WITH_TIMEOUT(serial.contains(QStringLiteral("VIREO-EJECT-1")), 30000);
    auto removed = detach(m_uuid, module, Scope::Live, 60);
    QVERIFY2(removed.ok(), qPrintable(removed.error().text()));
    QCOMPARE(int(removed->outcome), int(Devices::Removal::Outcome::Removed));
    QVERIFY(!liveXml(m_uuid).contains(u"model='dimm'"));
}

void TestDeviceHotplug::uefiGuestWithTpm()
{
    if (!QFile::exists(QStringLiteral("/usr/bin/swtpm")))
        QSKIP("swtpm is not installed (packaging/debian-packages.txt)");
    // A folder of its own, for its own serial log.
    const QString dir = m_dir.filePath(QStringLiteral("uefi"));
    QVERIFY(QDir().mkpath(dir));
    const QString notReady = prepareScratch(m_env, dir);
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    GuestSpec spec = testGuestSpec(QStringLiteral("uefi"), dir);
    m_uefiName = spec.name;
    XmlRewriter efi;
    efi.editAttributes(QStringLiteral("domain/os"), [](QXmlStreamAttributes &a) {
        a.append(QStringLiteral("firmware"), QStringLiteral("efi"));
    });
    auto xml = efi.apply(guestXml(m_env, spec), QStringLiteral("domain"), QStringLiteral("UEFI"));
    QVERIFY(xml.ok());
    auto withTpm = appendDevice(*xml, *buildDeviceXml(TpmDeviceSpec{}));
    QVERIFY2(withTpm.ok(), qPrintable(withTpm.error().text()));
    QString uuid;
    QElapsedTimer clock;
    clock.start();
    // OVMF under software emulation: allow it minutes, not seconds.
    const QString failed = boot(*withTpm, spec, 300000, &uuid);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    qInfo("FIGURE UEFI boot under TCG: %lld ms to the first status line", clock.elapsed());
    auto d = parseDomainXml(liveXml(uuid));
    QVERIFY(d.ok());
    QCOMPARE(d->firmware, QStringLiteral("efi"));
    QVERIFY2(d->loader.contains(u"OVMF"), qPrintable(d->loader));
    QTRY_VERIFY_WITH_TIMEOUT(devices(spec).contains(QStringLiteral("tpm0")), 60000);
}

void TestDeviceHotplug::biosGuestSwitchedToUefiBoots()
{
    const QString dir = m_dir.filePath(QStringLiteral("switch"));
    QVERIFY(QDir().mkpath(dir));
    const QString notReady = prepareScratch(m_env, dir);
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    GuestSpec spec = testGuestSpec(QStringLiteral("fwswitch"), dir);
    m_switchedName = spec.name;
    Pending<Result<QString>> defined;
    DomainActions::defineXml(m_session.get(), guestXml(m_env, spec), this, defined.callback());
    QTRY_VERIFY_WITH_TIMEOUT(defined.ready(), kLibvirtCallMs);
    QVERIFY2(defined->ok(), qPrintable(defined->error().text()));
    const QString uuid = defined->value();
    Pending<Result<QString>> before;
    DomainActions::fetchDomainXml(m_session.get(), uuid, {true, false}, this, before.callback());
    QTRY_VERIFY_WITH_TIMEOUT(before.ready(), kLibvirtCallMs);
    QCOMPARE(*DomainConfig::firmwareOf(before->value()), DomainConfig::Firmware::Bios);

    Pending<Status> switched;
    DomainConfig::setFirmware(m_session.get(), uuid, DomainConfig::Firmware::Uefi, this,
                              switched.callback());
    QTRY_VERIFY_WITH_TIMEOUT(switched.ready(), kLibvirtCallMs);
    QVERIFY2(switched->ok(), qPrintable(switched->error().text()));

    QString failure;
    QObject context;
    connect(m_session.get(), &HostSession::operationFailed, &context,
            [&](const Error &e) { failure = e.text(); });
    QElapsedTimer clock;
    clock.start();
    DomainActions::performAction(m_session.get(), {uuid}, DomainAction::Start);
    const SerialLog serial(spec.serialLogPath);
    // OVMF under software emulation: allow it minutes.
    QTRY_VERIFY_WITH_TIMEOUT(!failure.isEmpty() || serial.lastStatus().isValid(), 300000);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    qInfo("FIGURE BIOS guest switched to UEFI: %lld ms from start to the first status line",
          clock.elapsed());
    auto live = parseDomainXml(liveXml(uuid));
    QVERIFY(live.ok());
    QCOMPARE(live->firmware, QStringLiteral("efi"));
    QVERIFY2(live->loader.contains(u"OVMF"), qPrintable(live->loader));
}

void TestDeviceHotplug::cleanupTestCase()
{
    m_session.reset();
    // The UEFI guest has NVRAM and TPM state: its undefine says to remove them.
    for (const QString &name : {m_uefiName, m_switchedName}) {
        if (!m_conn || name.isEmpty())
            continue;
        if (virDomainPtr dom = virDomainLookupByName(m_conn, name.toUtf8().constData())) {
            virDomainDestroy(dom);
            virDomainUndefineFlags(dom, VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_TPM);
            virDomainFree(dom);
        }
        virResetLastError();
    }
    if (!m_env.uri.isEmpty() && m_env.unavailable.isEmpty())
        removeTestDomains(m_env.uri);
    if (m_network) {
        virNetworkDestroy(m_network);
        virNetworkFree(m_network);
    }
    if (m_pool) {
        virStoragePoolDestroy(m_pool);
        virStoragePoolFree(m_pool);
    }
    if (m_conn)
        virConnectClose(m_conn);
}

QTEST_MAIN(TestDeviceHotplug)
#include "tst_devicehotplug.moc"
