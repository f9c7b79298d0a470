// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/domainconfig.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"
#include "core/domain/softwareemulation.h"

#include "hostprobe_p.h"
#include "hostworker_p.h"

#include <QCoreApplication>

#include <cstring>

namespace Vireo::DomainConfig {

/// Both definitions that exist: the running domain's and the persistent one.
static unsigned int existingDefinitions(virDomainPtr dom)
{
    unsigned int flags = 0;
    if (virDomainIsActive(dom) == 1)
        flags |= VIR_DOMAIN_AFFECT_LIVE;
    if (virDomainIsPersistent(dom) == 1)
        flags |= VIR_DOMAIN_AFFECT_CONFIG;
    virResetLastError();
    return flags;
}

/// The same flags as desc's --live and --config.
static DomainControl::Scope scopeOf(unsigned int flags)
{
    return DomainControl::Scope(((flags & VIR_DOMAIN_AFFECT_LIVE) ? DomainControl::Live : 0) |
                                ((flags & VIR_DOMAIN_AFFECT_CONFIG) ? DomainControl::Config : 0));
}

void fetchDomainInfo(HostSession *session, const QString &uuid, QObject *context,
                     std::function<void(Result<DomainInfo>)> done)
{
    runOnWorker<Result<DomainInfo>>(
        session, context,
        [uuid](WorkerContext &w) -> Result<DomainInfo> {
            auto ref = w.lookup(uuid, Tr::tr("Read domain %1").arg(uuid));
            if (!ref)
                return ref.error();
            return readDomainInfo(ref.value()->get());
        },
        std::move(done));
}

void setTitleAndDescription(HostSession *session, const QString &uuid, const QString &title,
                            const QString &description, QObject *context,
                            std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [uuid, title, description](WorkerContext &w) -> Status {
            auto ref = w.lookup(uuid, Tr::tr("Change the title of %1").arg(uuid));
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            const QString op = Tr::tr("Change the title and description of '%1'").arg(nameOf(dom));
            if (title.contains(QLatin1Char('\n')))
                return Error{op, Tr::tr("the title must be a single line"), 0};
            const unsigned int flags = existingDefinitions(dom);
            const QByteArray t = title.toUtf8();
            const QByteArray d = description.toUtf8();
            // An empty text removes the element.
            const bool failed =
                virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_TITLE,
                                     title.isEmpty() ? nullptr : t.constData(), nullptr, nullptr,
                                     flags) < 0 ||
                virDomainSetMetadata(dom, VIR_DOMAIN_METADATA_DESCRIPTION,
                                     description.isEmpty() ? nullptr : d.constData(), nullptr,
                                     nullptr, flags) < 0;
            const Error e = failed ? lastLibvirtError(op) : Error{};
            CommandLog::record(w.uri, nameOf(dom),
                               EquivalentCommands::titleAndDescription(nameOf(dom), title,
                                                                       description, scopeOf(flags)),
                               e);
            if (failed)
                return e;
            w.worker->refreshDomain(uuid);
            return Done{};
        },
        std::move(done));
}

/// On the worker: reads the persistent definition, rewrites it, defines the result (validated).
template<typename Rewrite>
static Status redefine(WorkerContext &w, const QString &uuid, const char *what, const char *thing,
                       Rewrite rewrite)
{
    auto ref = w.lookup(uuid, Tr::tr(what).arg(uuid));
    if (!ref)
        return ref.error();
    virDomainPtr dom = ref.value()->get();
    const QString op = Tr::tr(what).arg(QLatin1Char('\'') + nameOf(dom) + QLatin1Char('\''));
    if (virDomainIsPersistent(dom) != 1)
        return Error{op, Tr::tr("the domain is transient: it has no definition to change"), 0};
    // SECURE: what is defined back keeps its secrets (the VNC password); never logged.
    char *raw = virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE);
    if (!raw)
        return lastLibvirtError(op);
    const QString xml = QString::fromUtf8(raw);
    memset(raw, 0, strlen(raw));
    free(raw);
    Result<QString> rewritten = rewrite(xml);
    if (!rewritten)
        return Error{op, rewritten.error().message, 0};
    const Result<QString> defined = defineDomainValidated(w.conn, rewritten->toUtf8(), op);
    CommandLog::record(w.uri, nameOf(dom), EquivalentCommands::xmlEdit(nameOf(dom), Tr::tr(thing)),
                       defined);
    if (!defined)
        return defined.error();
    w.worker->refreshDomain(uuid);
    return Done{};
}

void setBootOptions(HostSession *session, const QString &uuid, const BootOptions &boot,
                    QObject *context, std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [uuid, boot](WorkerContext &w) -> Status {
            return redefine(w, uuid,
                            QT_TRANSLATE_NOOP("Vireo::Core", "Change the boot options of %1"),
                            QT_TRANSLATE_NOOP("Vireo::Core", "the boot order"),
                            [&boot](const QString &xml) { return rewriteBootOptions(xml, boot); });
        },
        std::move(done));
}

void setCpuLayout(HostSession *session, const QString &uuid, const CpuLayout &layout,
                  QObject *context, std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [uuid, layout](WorkerContext &w) -> Status {
            return redefine(
                w, uuid,
                QT_TRANSLATE_NOOP("Vireo::Core", "Change the vCPU maximum and topology of %1"),
                QT_TRANSLATE_NOOP("Vireo::Core", "the vCPU maximum and topology"),
                [&layout](const QString &xml) { return rewriteCpuLayout(xml, layout); });
        },
        std::move(done));
}

void startWithSoftwareEmulation(HostSession *session, const QString &uuid, QObject *context,
                                std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [uuid](WorkerContext &w) -> Status {
            const Status redefined = redefine(
                w, uuid, QT_TRANSLATE_NOOP("Vireo::Core", "Switch %1 to software emulation"),
                QT_TRANSLATE_NOOP("Vireo::Core", "the virtualization type (software emulation)"),
                [&w](const QString &xml) -> Result<QString> {
                    // The qemu domain capabilities say which CPU modes TCG can do.
                    const Result<DomainDescription> d = parseDomainXml(xml);
                    if (!d)
                        return d.error();
                    const Result<DomainCapabilities> tcg =
                        queryDomainCapabilities(w, d->arch, QStringLiteral("qemu"));
                    return rewriteForSoftwareEmulation(xml, tcg ? &tcg.value() : nullptr);
                });
            if (!redefined)
                return redefined;
            auto ref = w.lookup(uuid, Tr::tr("Start %1").arg(uuid));
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            const QString op = Tr::tr("Start '%1' with software emulation").arg(nameOf(dom));
            const Status started = startDomain(dom, op);
            w.worker->refreshDomain(uuid);
            return started;
        },
        std::move(done));
}

} // namespace Vireo::DomainConfig
