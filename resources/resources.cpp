// SPDX-License-Identifier: GPL-2.0-or-later
#include "resources.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <cerrno>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

namespace Vireo {

namespace {

// Whether path is (now) a folder only we may use: created 0700, or an existing real folder of
// ours. The test driver opens whatever file is there, so a folder that others may write to is
// refused (they could have planted a fixture); one of ours that others may only read is closed.
// Another user cannot swap it afterwards: /tmp is sticky, and our runtime folder is 0700.
bool makePrivateFolder(const QString &path)
{
    const QByteArray p = QFile::encodeName(path);
    if (::mkdir(p.constData(), 0700) != 0 && errno != EEXIST)
        return false;
    struct stat st = {};
    if (::lstat(p.constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid())
        return false;
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0)
        return false;
    return (st.st_mode & 07777) == 0700 || ::chmod(p.constData(), 0700) == 0;
}

// The runtime folder (Qt checks that it is ours and 0700), else a per-user name in the temporary
// folder, else, when someone else holds that name in a shared /tmp, a new folder of our own.
QString demoHostFolder()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && makePrivateFolder(runtime + QStringLiteral("/vireo")))
        return runtime + QStringLiteral("/vireo");
    const QString shared = QDir::tempPath() + QStringLiteral("/vireo-%1").arg(::geteuid());
    if (makePrivateFolder(shared))
        return shared;
    QByteArray unique = QFile::encodeName(QDir::tempPath() + QStringLiteral("/vireo-XXXXXX"));
    if (::mkdtemp(unique.data())) // 0700
        return QFile::decodeName(unique);
    return {};
}

} // namespace

QByteArray demoHostFixture()
{
    QFile file(QStringLiteral(":/vireo/demo/demo-host.xml"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString demoHostUri()
{
    const QByteArray data = demoHostFixture();
    const QString dir = demoHostFolder();
    if (dir.isEmpty())
        return {};
    // Named by content, so a newer build never opens an older fixture.
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex().left(12));
    const QString path = dir + QStringLiteral("/demo-host-") + hash + QStringLiteral(".xml");
    if (!QFile::exists(path)) {
        QSaveFile out(path);
        if (out.open(QIODevice::WriteOnly)) {
            out.write(data);
            out.commit();
        }
    }
    return QStringLiteral("test://") + path;
}

} // namespace Vireo
