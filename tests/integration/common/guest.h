// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Shared by the integration tests: where the hypervisor and the tiny guest are, the guest's XML,
// its serial log, and cleanup of test domains. Test code only: it talks to libvirt directly (its
// own connection, on the test's thread) so that cleanup works even when the code under test fails.
//
// Everything here runs on the test's main thread.

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace Vireo {
class HostSession;
}

namespace Vireo::Integration {

/// Every test domain's name starts with this, then the test process id, so a cleanup can tell
/// its own leftovers and those of dead runs from the domains of a run still going on.
inline constexpr char kTestDomainPrefix[] = "vireo-it-";

/// How long a test waits for an answer from libvirt. Generous on purpose: a call may be the one
/// that makes libvirt probe QEMU first (about 47 s on a fresh, busy machine, more under load). The
/// waits end as soon as the answer is there, so a healthy run does not get slower.
inline constexpr int kLibvirtCallMs = 120000;

/// Where the tests find the hypervisor and the guest. Read from the environment written by
/// tests/integration/setup.sh, with the same defaults as the scripts, so plain ctest works.
struct Environment
{
    QString uri;       ///< VIREO_INTEGRATION_URI; qemu:///system as root, else qemu:///session
    QString kernel;    ///< VIREO_GUEST_KERNEL; <cache>/vmlinuz
    QString initrd;    ///< VIREO_GUEST_INITRD; <cache>/initrd.gz
    QString sourceDir; ///< the repository (for the scripts)
    /// The tier's SASL listener (root only; libvirtd.sh sasl-env): VIREO_INTEGRATION_SASL_URI,
    /// _USER and _PASSWORD_FILE; defaults qemu+tcp://127.0.0.1:16509/system, vireo-it and
    /// <state folder>/sasl/password. Empty when not root.
    QString saslUri;
    QString saslUser;
    QString saslPasswordFile;
    /// Why the tier cannot run here (empty when it can): for QSKIP.
    QString unavailable;

    static Environment detect();
    /// The path of tests/integration/libvirtd.sh.
    QString libvirtdScript() const;
};

struct GuestSpec
{
    QString name;
    /// The first serial port (ttyS0) is a pty, which libvirt's console (virDomainOpenConsole)
    /// reaches, and everything the guest writes to it is also logged to this file.
    QString serialLogPath;
    int memoryMiB = 512;
    int maxVcpus = 4;
    int vcpus = 1;
    int balloonStatsPeriod = 2; ///< seconds; 0: no <stats>
    /// A data disk (virtio, target vda) when not empty: a file, or a volume's path. The guest
    /// reports its marker (VIREO-MARKER vda=...) and writes one with `vireo-mark TEXT`.
    QString dataDiskPath;
    QString dataDiskFormat = QStringLiteral("qcow2"); ///< raw or qcow2
    /// A virtio NIC on this libvirt network when not empty; the guest runs udhcpc on it and
    /// prints VIREO-LEASE iface=eth0 ip=... mac=....
    QString networkName;
    QString macAddress; ///< empty: libvirt chooses
};

/// The guest as libvirt XML: QEMU (no KVM), direct kernel boot, the first serial port a pty
/// logged to a file, VGA and VNC on 127.0.0.1, virtio balloon; a data disk and a NIC if asked.
QString guestXml(const Environment &env, const GuestSpec &spec);

/// "vireo-it-<pid>-<purpose>".
QString testDomainName(const QString &purpose);

/// Readies a test's scratch folder for QEMU (another user under qemu:///system writes the serial
/// log there) and removes the test domains earlier runs left. Returns why not, or empty.
QString prepareScratch(const Environment &env, const QString &dir);

/// A spec named testDomainName(purpose), its serial log in dir (a file of its own per purpose:
/// a second guest's boot must not be read from the first one's status lines).
GuestSpec testGuestSpec(const QString &purpose, const QString &dir, int memoryMiB = 512);

/// Destroys and undefines the test domains of this process and of processes that no longer run.
/// Returns the names removed; failures are reported with qWarning and never throw.
QStringList removeTestDomains(const QString &uri);

/// What the guest's init prints every 2 s on its serial port: "VIREO-STATUS cpus_online=N
/// memtotal_kib=M".
struct GuestStatus
{
    int cpusOnline = -1;
    qint64 memTotalKiB = -1;
    bool isValid() const { return cpusOnline > 0 && memTotalKiB > 0; }
};

/// The guest's serial port, as QEMU writes it to a file.
class SerialLog
{
public:
    explicit SerialLog(const QString &path)
        : m_path(path)
    {}
    QString path() const { return m_path; }
    QString text() const;
    bool contains(const QString &marker) const { return text().contains(marker); }
    /// The last complete status line; invalid if none yet.
    GuestStatus lastStatus() const;
    /// What follows `prefix` on the last complete line that holds it (a report may follow the
    /// serial shell's prompt on its line); empty if none yet. E.g. lastValue("VIREO-MARKER vda="),
    /// lastValue("VIREO-DEVICES "), lastValue("VIREO-LEASE iface=eth0 ip=") (then up to a space).
    QString lastValue(const QString &prefix) const;
    /// How many complete lines hold prefix (to wait for the next one after an action).
    int countLines(const QString &prefix) const;
    /// The last lines, for failure messages.
    QString tail(int lines = 8) const;

private:
    QString m_path;
};

struct ScriptResult
{
    int exitCode = -1;
    QString output;
};

/// Types one line into the guest's serial shell (ttyS0) through libvirt's console on a
/// connection of its own: waits until QEMU passes the guest's output on (it reads the pty only
/// once it has noticed the console), sends the line, waits for its echo, then lets the console go
/// (so Vireo, or another test step, can open it). What the command prints shows in the SerialLog.
/// Returns why not, or empty. With force, takes the console over from another client
/// (VIR_DOMAIN_CONSOLE_FORCE).
QString typeOnSerialConsole(const QString &uri, const QString &domainName, const QString &line,
                            bool force = false);

/// Runs tests/integration/libvirtd.sh with the arguments (crash, revive, owns...) and waits (a
/// revived libvirtd may probe QEMU before it answers: minutes at most).
ScriptResult runLibvirtdScript(const Environment &env, const QStringList &args);

struct Booted
{
    QString uuid;
    QString error; ///< empty on success
};

/// A HostSession on uri, connected (spins the event loop up to timeoutMs). On failure nullptr, and
/// error says why.
std::unique_ptr<HostSession> connectedSession(const QString &uri, QString *error,
                                              int timeoutMs = kLibvirtCallMs);

/// Defines the guest through the session (Vireo's core), starts it with DomainAction::Start and
/// waits until the session reports it Running and the guest's init prints its first status line.
/// Spins the event loop; gives up after timeoutMs.
Booted defineAndBoot(HostSession *session, const Environment &env, const GuestSpec &spec,
                     int timeoutMs = 120000);
/// The same with the domain's XML given (the tier's guest rewritten, e.g. without graphics).
Booted defineAndBoot(HostSession *session, const QString &xml, const GuestSpec &spec,
                     int timeoutMs = 120000);

/// Catches the value a core callback delivers, for QTRY_VERIFY(pending.ready()). The slot is
/// shared with the callback, so a callback that arrives after a failed test has returned is safe.
template<typename T>
class Pending
{
public:
    std::function<void(T)> callback()
    {
        auto slot = m_slot;
        return [slot](T value) { slot->emplace(std::move(value)); };
    }
    bool ready() const { return m_slot->has_value(); }
    const T &value() const { return **m_slot; }
    const T *operator->() const { return &**m_slot; }
    void reset() { m_slot->reset(); }

private:
    std::shared_ptr<std::optional<T>> m_slot = std::make_shared<std::optional<T>>();
};

} // namespace Vireo::Integration
