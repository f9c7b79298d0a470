// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QList>
#include <QString>

class QSettings;

namespace Vireo {

/// A saved connection (one host in the manager's tree).
struct ConnectionEntry
{
    QString uri;
    bool autoconnect = true;
    /// The user's name for the host (HostSession::label); empty: the host's own name.
    QString label;

    bool operator==(const ConnectionEntry &o) const
    {
        return uri == o.uri && autoconnect == o.autoconnect && label == o.label;
    }
};

/// The connections the user added, kept in QSettings ("connections" array). Any thread, but
/// QSettings objects must not be shared between threads.
namespace ConnectionStore {
QList<ConnectionEntry> load(QSettings &settings);
void save(QSettings &settings, const QList<ConnectionEntry> &entries);
/// Whether the list has been written at least once (so first-run defaults are applied once).
bool initialized(QSettings &settings);
} // namespace ConnectionStore

/// What the Add Connection dialog asks for, turned into a libvirt URI.
struct ConnectionSpec
{
    enum class Hypervisor { QemuSystem, QemuSession, Test, Lxc, Xen, Custom };
    enum class Transport { Local, Ssh, Tls, Tcp };

    Hypervisor hypervisor = Hypervisor::QemuSystem;
    Transport transport = Transport::Local;
    QString user;
    QString host;
    int port = 0;      ///< 0: the transport's default
    QString testFile;  ///< for Hypervisor::Test: a fixture file; empty means test:///default
    QString customUri; ///< for Hypervisor::Custom

    /// The URI, or an error that says which field is wrong.
    Result<QString> uri() const;
};

/// The local libvirtd the manager lists by default: qemu:///system for root, qemu:///session
/// otherwise; empty when no daemon seems reachable (no socket and no daemon binary).
QString defaultLocalUri();

} // namespace Vireo
