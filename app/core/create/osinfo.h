// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Vireo {

/// One installable medium of an OS in osinfo-db: the ISO-9660 fields that identify it
/// (regular expressions, matched anywhere in the field as libosinfo does).
struct OsMedia
{
    QString arch;
    QString volumeId, systemId, publisherId, applicationId;
};

/// One operating system of osinfo-db, with what it inherits (derives-from/clones) resolved.
/// Value type.
struct OsInfo
{
    QString id;      ///< e.g. http://debian.org/debian/12
    QString shortId; ///< e.g. debian12
    QString name;    ///< e.g. Debian 12
    QString vendor;
    QString family; ///< linux, winnt, freebsd...
    QString distro;
    QString version;
    QString releaseDate; ///< yyyy-mm-dd or empty
    QString eolDate;
    QString parentId; ///< derives-from or clones

    quint64 minimumRamBytes = 0;
    quint64 recommendedRamBytes = 0;
    quint64 recommendedStorageBytes = 0;
    int minimumCpus = 0;
    int recommendedCpus = 0;
    bool virtio = false; ///< the OS has virtio drivers (disk, network, video...)
    /// <firmware type=... supported='false'/> for x86_64: what the OS cannot boot from ("bios"
    /// for Windows 11).
    QStringList unsupportedFirmware;

    /// The OS needs UEFI (it cannot boot from BIOS).
    bool needsUefi() const { return unsupportedFirmware.contains(QStringLiteral("bios")); }
    /// The OS wants a TPM 2.0 (Windows that needs UEFI: Windows 11 and later), preselected.
    bool wantsTpm() const { return needsUefi() && family == QStringLiteral("winnt"); }
    QList<OsMedia> media;
};

/// The ISO-9660 primary volume descriptor fields osinfo-db matches on.
struct IsoIdentity
{
    QString systemId, volumeId, publisherId, applicationId;
};

/// A read-only index of osinfo-db (XML under /usr/share/osinfo), parsed with QXmlStreamReader
/// (no libosinfo/GLib). Build it off the GUI thread (load() reads ~1,000 files); afterwards it is
/// immutable and safe to share between threads.
class OsInfoDb
{
public:
    /// $VIREO_OSINFO_DIR, else /usr/share/osinfo.
    static QString defaultDirectory();
    /// Reads every os/**/*.xml below dir. Fails if the directory holds no OS at all.
    static Result<std::shared_ptr<const OsInfoDb>> load(const QString &dir = defaultDirectory());
    /// Loads the default database once per process on a background thread; done runs on the
    /// GUI thread while context lives (immediately queued if already loaded).
    static void loadShared(QObject *context,
                           std::function<void(Result<std::shared_ptr<const OsInfoDb>>)> done);

    const QList<OsInfo> &systems() const { return m_systems; }
    const OsInfo *find(const QString &id) const;
    /// Systems whose name, short id, id or vendor contain every word of text (case-insensitive),
    /// newest release first.
    QList<OsInfo> search(const QString &text) const;
    /// The OS whose media matches the ISO (preferring media of that arch); nullptr if none.
    const OsInfo *detect(const IsoIdentity &iso, const QString &arch = {}) const;

    /// Parses one osinfo XML document into systems (pure; exposed for tests).
    static QList<OsInfo> parseDocument(const QByteArray &xml);

private:
    void resolveInheritance();
    QList<OsInfo> m_systems;
    QHash<QString, int> m_index;
};

namespace Iso {
/// Reads the primary volume descriptor of a local ISO-9660 image.
Result<IsoIdentity> readIdentity(const QString &path);
/// Parses the descriptors from the image's bytes starting at sector 16 (offset 32768).
Result<IsoIdentity> parseDescriptors(const QByteArray &fromSector16);
} // namespace Iso

} // namespace Vireo
