// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/console/graphics.h"

#include "core/common/uri.h"
#include "core/domain/domainxml.h"
#include "hostworker_p.h"

#include <QXmlStreamReader>

#include <unistd.h>

namespace Vireo {

OwnedFd::~OwnedFd()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<GraphicsInfo> parseVncGraphics(const QString &domainXml)
{
    const Result<DomainDescription> d = parseDomainXml(domainXml);
    if (!d)
        return Error{QObject::tr("Read the console settings"), d.error().message};
    GraphicsInfo info;
    info.domainName = d->name;
    info.domainUuid = d->uuid;
    info.running = d->id > 0;
    QStringList otherTypes;
    for (const DomainGraphics &g : d->graphics) {
        info.hasSpice = info.hasSpice || g.type == QLatin1String("spice");
        if (g.type != QLatin1String("vnc") || info.index >= 0) {
            otherTypes << g.type;
            continue;
        }
        info.type = g.type;
        info.index = g.index;
        info.port = g.port;
        info.autoport = g.autoport;
        info.listenType = g.listen;
        if (g.listen == DomainGraphics::Listen::Address ||
            g.listen == DomainGraphics::Listen::Network)
            info.listen = g.address;
        info.socketPath = g.socketPath;
        info.hasPassword = g.hasPassword;
    }
    if (info.index < 0) {
        info.unavailable =
            otherTypes.isEmpty()
                ? QObject::tr("The domain has no graphical display.")
                : QObject::tr("The domain's display is %1; only VNC is supported here.")
                      .arg(otherTypes.join(QStringLiteral(", ")).toUpper());
    }
    return info;
}

QString vncPasswordFromSecureXml(const QString &secureXml)
{
    QXmlStreamReader xml(secureXml);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement &&
            xml.name() == QLatin1String("graphics") &&
            xml.attributes().value(QLatin1String("type")) == QLatin1String("vnc"))
            return xml.attributes().value(QLatin1String("passwd")).toString();
    }
    return QString();
}

namespace Graphics {

void fetchVncInfo(HostSession *session, const QString &uuidOrName, QObject *context,
                  std::function<void(Result<GraphicsInfo>)> done)
{
    runOnWorker<Result<GraphicsInfo>>(
        session, context,
        [uuidOrName](WorkerContext &w) -> Result<GraphicsInfo> {
            const QString op = QObject::tr("Read the console settings of %1").arg(uuidOrName);
            auto dom = w.lookup(uuidOrName, op);
            if (!dom)
                return dom.error();
            char *xml = virDomainGetXMLDesc(dom.value()->get(), 0);
            if (!xml)
                return lastLibvirtError(op);
            const QString text = QString::fromUtf8(xml);
            free(xml);
            return parseVncGraphics(text);
        },
        std::move(done));
}

void openVncSocket(HostSession *session, const QString &uuid, int index, QObject *context,
                   std::function<void(Result<std::shared_ptr<OwnedFd>>)> done)
{
    runOnWorker<Result<std::shared_ptr<OwnedFd>>>(
        session, context,
        [uuid, index](WorkerContext &w) -> Result<std::shared_ptr<OwnedFd>> {
            const QString op = QObject::tr("Open the console of %1").arg(uuid);
            auto dom = w.lookup(uuid, op);
            if (!dom)
                return dom.error();
            // Skipping the VNC password needs a read-write connection; without it, connect
            // normally and let the console ask for the password.
            int fd = virDomainOpenGraphicsFD(dom.value()->get(), unsigned(qMax(0, index)),
                                             VIR_DOMAIN_OPEN_GRAPHICS_SKIPAUTH);
            if (fd < 0) {
                virResetLastError();
                fd = virDomainOpenGraphicsFD(dom.value()->get(), unsigned(qMax(0, index)), 0);
            }
            if (fd < 0)
                return lastLibvirtError(op);
            return std::make_shared<OwnedFd>(fd);
        },
        std::move(done));
}

void fetchVncPassword(HostSession *session, const QString &uuid, QObject *context,
                      std::function<void(Result<QString>)> done)
{
    runOnWorker<Result<QString>>(
        session, context,
        [uuid](WorkerContext &w) -> Result<QString> {
            const QString op = QObject::tr("Read the console password of %1").arg(uuid);
            auto dom = w.lookup(uuid, op);
            if (!dom)
                return dom.error();
            char *xml = virDomainGetXMLDesc(dom.value()->get(), VIR_DOMAIN_XML_SECURE);
            if (!xml)
                return lastLibvirtError(op);
            QByteArray text(xml);
            // Wipe libvirt's copy: it holds the password.
            memset(xml, 0, strlen(xml));
            free(xml);
            const QString password = vncPasswordFromSecureXml(QString::fromUtf8(text));
            text.fill('\0');
            return password;
        },
        std::move(done));
}

} // namespace Graphics

} // namespace Vireo
