// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/create/osinfo.h"

#include "core/common/coretr.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QRegularExpression>
#include <QThread>
#include <QXmlStreamReader>

#include <algorithm>

namespace Vireo {

QString OsInfoDb::defaultDirectory()
{
    const QByteArray env = qgetenv("VIREO_OSINFO_DIR");
    return env.isEmpty() ? QStringLiteral("/usr/share/osinfo") : QString::fromLocal8Bit(env);
}

namespace {

bool localized(const QXmlStreamReader &r)
{
    return r.attributes().hasAttribute(QStringLiteral("http://www.w3.org/XML/1998/namespace"),
                                       QStringLiteral("lang")) ||
           r.attributes().hasAttribute(QStringLiteral("xml:lang"));
}

void readResources(QXmlStreamReader &r, OsInfo &os)
{
    // <resources arch="..."><minimum>...</minimum><recommended>...</recommended></resources>
    const QString arch = r.attributes().value(QStringLiteral("arch")).toString();
    const bool useful =
        arch == QLatin1String("all") || arch == QLatin1String("x86_64") || arch.isEmpty();
    while (r.readNextStartElement()) {
        const QString level = r.name().toString();
        if (level != QLatin1String("minimum") && level != QLatin1String("recommended")) {
            r.skipCurrentElement();
            continue;
        }
        const bool minimum = level == QLatin1String("minimum");
        while (r.readNextStartElement()) {
            const QString what = r.name().toString();
            const QString value = r.readElementText().trimmed();
            if (!useful)
                continue;
            if (what == QLatin1String("ram")) {
                (minimum ? os.minimumRamBytes : os.recommendedRamBytes) = value.toULongLong();
            } else if (what == QLatin1String("n-cpus")) {
                (minimum ? os.minimumCpus : os.recommendedCpus) = value.toInt();
            } else if (what == QLatin1String("storage") && !minimum) {
                os.recommendedStorageBytes = value.toULongLong();
            }
        }
    }
}

void readMedia(QXmlStreamReader &r, OsInfo &os)
{
    OsMedia media;
    media.arch = r.attributes().value(QStringLiteral("arch")).toString();
    while (r.readNextStartElement()) {
        if (r.name() != QLatin1String("iso")) {
            r.skipCurrentElement();
            continue;
        }
        while (r.readNextStartElement()) {
            const QString what = r.name().toString();
            const QString value = r.readElementText().trimmed();
            if (what == QLatin1String("volume-id"))
                media.volumeId = value;
            else if (what == QLatin1String("system-id"))
                media.systemId = value;
            else if (what == QLatin1String("publisher-id"))
                media.publisherId = value;
            else if (what == QLatin1String("application-id"))
                media.applicationId = value;
        }
    }
    if (!media.volumeId.isEmpty())
        os.media << media;
}

OsInfo readOs(QXmlStreamReader &r)
{
    OsInfo os;
    os.id = r.attributes().value(QStringLiteral("id")).toString();
    while (r.readNextStartElement()) {
        const auto name = r.name();
        if (localized(r)) {
            r.skipCurrentElement();
        } else if (name == QLatin1String("short-id")) {
            const QString v = r.readElementText().trimmed();
            if (os.shortId.isEmpty())
                os.shortId = v;
        } else if (name == QLatin1String("name")) {
            os.name = r.readElementText().trimmed();
        } else if (name == QLatin1String("vendor")) {
            os.vendor = r.readElementText().trimmed();
        } else if (name == QLatin1String("family")) {
            os.family = r.readElementText().trimmed();
        } else if (name == QLatin1String("distro")) {
            os.distro = r.readElementText().trimmed();
        } else if (name == QLatin1String("version")) {
            os.version = r.readElementText().trimmed();
        } else if (name == QLatin1String("release-date")) {
            os.releaseDate = r.readElementText().trimmed();
        } else if (name == QLatin1String("eol-date")) {
            os.eolDate = r.readElementText().trimmed();
        } else if (name == QLatin1String("derives-from") || name == QLatin1String("clones")) {
            if (os.parentId.isEmpty())
                os.parentId = r.attributes().value(QStringLiteral("id")).toString();
            r.skipCurrentElement();
        } else if (name == QLatin1String("resources")) {
            readResources(r, os);
        } else if (name == QLatin1String("devices")) {
            while (r.readNextStartElement()) {
                // Red Hat's PCI vendor 1af4 is virtio.
                if (r.attributes()
                        .value(QStringLiteral("id"))
                        .contains(QLatin1String("pcisig.com/pci/1af4/")))
                    os.virtio = true;
                r.skipCurrentElement();
            }
        } else if (name == QLatin1String("firmware")) {
            const auto a = r.attributes();
            if (a.value(QStringLiteral("arch")) == QLatin1String("x86_64") &&
                a.value(QStringLiteral("supported")) == QLatin1String("false"))
                os.unsupportedFirmware << a.value(QStringLiteral("type")).toString();
            r.skipCurrentElement();
        } else if (name == QLatin1String("media")) {
            readMedia(r, os);
        } else {
            r.skipCurrentElement();
        }
    }
    return os;
}

bool fieldMatches(const QString &pattern, const QString &value)
{
    if (pattern.isEmpty())
        return true;
    const QRegularExpression re(pattern);
    return re.isValid() && re.match(value).hasMatch();
}

} // namespace

QList<OsInfo> OsInfoDb::parseDocument(const QByteArray &xml)
{
    QList<OsInfo> out;
    QXmlStreamReader r(xml);
    if (!r.readNextStartElement() || r.name() != QLatin1String("libosinfo"))
        return out;
    while (r.readNextStartElement()) {
        if (r.name() == QLatin1String("os"))
            out << readOs(r);
        else
            r.skipCurrentElement();
    }
    return out;
}

void OsInfoDb::resolveInheritance()
{
    for (int i = 0; i < m_systems.size(); ++i) {
        OsInfo &os = m_systems[i];
        QString parent = os.parentId;
        // Walk up the chain (bounded: the data has no cycles, but a bad file must not hang us).
        for (int depth = 0; depth < 32 && !parent.isEmpty(); ++depth) {
            const int p = m_index.value(parent, -1);
            if (p < 0)
                break;
            const OsInfo &up = m_systems.at(p);
            if (!os.minimumRamBytes)
                os.minimumRamBytes = up.minimumRamBytes;
            if (!os.recommendedRamBytes)
                os.recommendedRamBytes = up.recommendedRamBytes;
            if (!os.recommendedStorageBytes)
                os.recommendedStorageBytes = up.recommendedStorageBytes;
            if (!os.minimumCpus)
                os.minimumCpus = up.minimumCpus;
            if (!os.recommendedCpus)
                os.recommendedCpus = up.recommendedCpus;
            os.virtio = os.virtio || up.virtio;
            if (os.unsupportedFirmware.isEmpty())
                os.unsupportedFirmware = up.unsupportedFirmware;
            if (os.family.isEmpty())
                os.family = up.family;
            parent = up.parentId;
        }
    }
}

Result<std::shared_ptr<const OsInfoDb>> OsInfoDb::load(const QString &dir)
{
    auto db = std::make_shared<OsInfoDb>();
    QDirIterator it(dir + QStringLiteral("/os"), {QStringLiteral("*.xml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (OsInfo &os : parseDocument(file.readAll())) {
            if (os.id.isEmpty() || db->m_index.contains(os.id))
                continue;
            db->m_index.insert(os.id, int(db->m_systems.size()));
            db->m_systems << std::move(os);
        }
    }
    if (db->m_systems.isEmpty())
        return Error{Tr::tr("Read the operating system list"),
                     Tr::tr("no osinfo-db data in %1 (install the osinfo-db package)").arg(dir), 0};
    // Inheritance first (parents are found through the index), then a stable, sorted order.
    db->resolveInheritance();
    std::sort(db->m_systems.begin(), db->m_systems.end(), [](const OsInfo &a, const OsInfo &b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
    db->m_index.clear();
    for (int i = 0; i < db->m_systems.size(); ++i)
        db->m_index.insert(db->m_systems.at(i).id, i);
    return std::shared_ptr<const OsInfoDb>(db);
}

void OsInfoDb::loadShared(QObject *context,
                          std::function<void(Result<std::shared_ptr<const OsInfoDb>>)> done)
{
    static QMutex mutex;
    static std::shared_ptr<Result<std::shared_ptr<const OsInfoDb>>> cached;
    QPointer<QObject> guard(context);
    {
        QMutexLocker lock(&mutex);
        if (cached) {
            QMetaObject::invokeMethod(
                context,
                [guard, done, r = *cached] {
                    if (guard)
                        done(r);
                },
                Qt::QueuedConnection);
            return;
        }
    }
    QThread *thread = QThread::create([guard, done] {
        auto result = std::make_shared<Result<std::shared_ptr<const OsInfoDb>>>(load());
        {
            QMutexLocker lock(&mutex);
            if (!cached)
                cached = result;
        }
        if (QObject *ctx = guard.data())
            QMetaObject::invokeMethod(
                ctx,
                [guard, done, result] {
                    if (guard)
                        done(*result);
                },
                Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::LowPriority);
}

const OsInfo *OsInfoDb::find(const QString &id) const
{
    const int i = m_index.value(id, -1);
    return i < 0 ? nullptr : &m_systems.at(i);
}

QList<OsInfo> OsInfoDb::search(const QString &text) const
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<OsInfo> out;
    for (const OsInfo &os : m_systems) {
        const QString hay = os.name + QLatin1Char(' ') + os.shortId + QLatin1Char(' ') + os.id +
                            QLatin1Char(' ') + os.vendor;
        bool all = true;
        for (const QString &w : words)
            all = all && hay.contains(w, Qt::CaseInsensitive);
        if (all)
            out << os;
    }
    std::stable_sort(out.begin(), out.end(), [](const OsInfo &a, const OsInfo &b) {
        return a.releaseDate > b.releaseDate;
    });
    return out;
}

const OsInfo *OsInfoDb::detect(const IsoIdentity &iso, const QString &arch) const
{
    const OsInfo *fallback = nullptr;
    for (const OsInfo &os : m_systems) {
        for (const OsMedia &m : os.media) {
            if (!fieldMatches(m.volumeId, iso.volumeId) ||
                !fieldMatches(m.systemId, iso.systemId) ||
                !fieldMatches(m.publisherId, iso.publisherId) ||
                !fieldMatches(m.applicationId, iso.applicationId))
                continue;
            if (arch.isEmpty() || m.arch == arch)
                return &os;
            if (!fallback)
                fallback = &os;
        }
    }
    return fallback;
}

// ---------------------------------------------------------------------------------------------
// ISO-9660

namespace Iso {

static constexpr int kSector = 2048;

static QString field(const QByteArray &sector, int offset, int length)
{
    return QString::fromLatin1(sector.mid(offset, length)).trimmed();
}

Result<IsoIdentity> parseDescriptors(const QByteArray &data)
{
    const QString op = Tr::tr("Read the ISO-9660 volume descriptor");
    // Volume descriptors follow each other from sector 16 until the terminator (type 255).
    for (int at = 0; at + kSector <= data.size(); at += kSector) {
        const QByteArray sector = data.mid(at, kSector);
        if (sector.mid(1, 5) != "CD001")
            break;
        const auto type = quint8(sector.at(0));
        if (type == 255)
            break;
        if (type != 1)
            continue;
        IsoIdentity id;
        id.systemId = field(sector, 8, 32);
        id.volumeId = field(sector, 40, 32);
        id.publisherId = field(sector, 318, 128);
        id.applicationId = field(sector, 574, 128);
        return id;
    }
    return Error{op, Tr::tr("this is not an ISO-9660 image"), 0};
}

Result<IsoIdentity> readIdentity(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("Open %1").arg(path), file.errorString(), 0};
    if (!file.seek(16 * kSector))
        return Error{Tr::tr("Read %1").arg(path), Tr::tr("the file is too small for an ISO image"),
                     0};
    return parseDescriptors(file.read(8 * kSector));
}

} // namespace Iso
} // namespace Vireo
