#include "resources.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace Vireo {

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
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    dir += QStringLiteral("/vireo");
    QDir().mkpath(dir);
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
