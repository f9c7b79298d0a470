// SPDX-License-Identifier: GPL-2.0-or-later
// Devices::detach: a live removal is asked for (virDomainDetachDeviceAlias, which returns as soon
// as QEMU has the request) and then followed by events, so the host's worker is free for its
// other jobs while the guest decides; a RemovalWatch on the worker thread ends it on the
// device-removed or removal-failed event, or on its timer.
#include "core/domain/devices.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"
#include "devices_p.h"
#include "hostworker_p.h"

#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>
#include <mutex>

namespace Vireo::Devices {

using namespace Detail;

namespace {

class RemovalWatch;

/// Shared by a watch and its two event registrations (libvirt's event thread): the callbacks
/// reach the watch only while it lives.
struct WatchLink
{
    std::mutex mutex;
    QString alias;
    RemovalWatch *watch = nullptr; ///< cleared by ~RemovalWatch
};
using WatchLinkRef = std::shared_ptr<WatchLink>;

using Finish = std::function<void(Result<Removal>)>;

/// Whether the live domain still has a device with this alias (the answer may have come before
/// we listened, or the driver sends no events).
bool stillPresent(virDomainPtr dom, const QString &alias)
{
    char *xml = virDomainGetXMLDesc(dom, 0);
    if (!xml)
        return true;
    const bool present = QString::fromUtf8(xml).contains(QStringLiteral("name='%1'").arg(alias));
    free(xml);
    return present;
}

/// One removal the guest has been asked for. Lives on the worker thread, a child of the worker
/// (so it goes with it); holds its own references to the connection and the domain, so a
/// reconnect meanwhile does not pull them away. Ends once: on the guest's answer (an event,
/// queued here from libvirt's event thread) or when the timer runs out.
class RemovalWatch : public QObject
{
public:
    RemovalWatch(WorkerContext &w, std::shared_ptr<DomainRef> dom, QString uuid, Removal removal,
                 Finish finish)
        : QObject(w.worker)
        , m_worker(w.worker)
        , m_conn(w.conn)
        , m_dom(std::move(dom))
        , m_uuid(std::move(uuid))
        , m_removal(removal)
        , m_finish(std::move(finish))
        , m_link(std::make_shared<WatchLink>())
    {
        virConnectRef(m_conn);
        m_link->watch = this;
    }

    ~RemovalWatch() override
    {
        {
            std::lock_guard lock(m_link->mutex);
            m_link->watch = nullptr;
        }
        deregister();
        virConnectClose(m_conn);
    }

    /// Registers for the two events about alias; false when the driver has neither (then only
    /// the timer and the live XML tell).
    void listen(const QString &alias)
    {
        m_link->alias = alias;
        m_removedId = registerFor(VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED,
                                  VIR_DOMAIN_EVENT_CALLBACK(&RemovalWatch::onRemoved));
        m_failedId = registerFor(VIR_DOMAIN_EVENT_ID_DEVICE_REMOVAL_FAILED,
                                 VIR_DOMAIN_EVENT_CALLBACK(&RemovalWatch::onFailed));
        virResetLastError();
    }

    void startTimer(int seconds)
    {
        QTimer::singleShot(std::chrono::seconds(seconds), this, [this] { end(Answer::None); });
    }

    /// Ends at once with an error (a step after the request failed).
    void fail(const Error &e)
    {
        if (std::exchange(m_ended, true))
            return;
        deregister();
        m_worker->refreshDomain(m_uuid);
        m_finish(e);
        deleteLater();
    }

private:
    enum class Answer { None, Removed, Failed };

    int registerFor(int event, virConnectDomainEventGenericCallback cb)
    {
        auto *opaque = new WatchLinkRef(m_link);
        WorkerCounts::registrationAdded();
        const int id = virConnectDomainEventRegisterAny(m_conn, m_dom->get(), event, cb, opaque,
                                                        &RemovalWatch::freeOpaque);
        if (id < 0)
            freeOpaque(opaque); // not registered: libvirt does not free it
        return id;
    }

    static void freeOpaque(void *opaque)
    {
        delete static_cast<WatchLinkRef *>(opaque);
        WorkerCounts::registrationFreed();
    }

    /// libvirt's event thread: hands the answer to the watch's thread, if it still waits.
    static void forward(void *opaque, const char *alias, Answer answer)
    {
        WatchLink &link = **static_cast<WatchLinkRef *>(opaque);
        std::lock_guard lock(link.mutex);
        if (!link.watch || link.alias != QString::fromUtf8(alias))
            return;
        RemovalWatch *watch = link.watch;
        // Posted while the watch lives (its destructor takes this lock); Qt drops the event if
        // the watch is gone before it is delivered.
        QMetaObject::invokeMethod(
            watch, [watch, answer] { watch->end(answer); }, Qt::QueuedConnection);
    }
    static void onRemoved(virConnectPtr, virDomainPtr, const char *alias, void *opaque)
    {
        forward(opaque, alias, Answer::Removed);
    }
    static void onFailed(virConnectPtr, virDomainPtr, const char *alias, void *opaque)
    {
        forward(opaque, alias, Answer::Failed);
    }

    void deregister()
    {
        for (int *id : {&m_removedId, &m_failedId}) {
            if (*id >= 0)
                virConnectDomainEventDeregisterAny(m_conn, std::exchange(*id, -1));
        }
        virResetLastError();
    }

    void end(Answer answer)
    {
        if (std::exchange(m_ended, true))
            return;
        deregister();
        if (answer == Answer::Failed)
            m_removal.outcome = Removal::Outcome::Refused;
        else if (answer == Answer::None && stillPresent(m_dom->get(), m_link->alias))
            m_removal.outcome = Removal::Outcome::NoAnswer;
        m_worker->refreshDomain(m_uuid);
        m_finish(m_removal);
        deleteLater();
    }

    HostWorker *m_worker;
    virConnectPtr m_conn;
    std::shared_ptr<DomainRef> m_dom;
    QString m_uuid;
    Removal m_removal;
    Finish m_finish;
    WatchLinkRef m_link;
    int m_removedId = -1;
    int m_failedId = -1;
    bool m_ended = false;
};

/// A configuration-only removal: virDomainDetachDeviceFlags, or a redefinition on a driver
/// without it.
Status detachFromConfig(WorkerContext &w, virDomainPtr dom, const DeviceKey &key,
                        const QString &deviceXml, const QString &op)
{
    if (virDomainDetachDeviceFlags(dom, deviceXml.toUtf8().constData(), VIR_DOMAIN_AFFECT_CONFIG) ==
        0)
        return Done{};
    Error e = lastLibvirtError(op);
    if (!unsupported(e))
        return e;
    return redefineWith(w, dom, op, [&key](const QString &xml) { return removeDevice(xml, key); });
}

/// Runs on the worker: asks, and either finishes at once (an error, a configuration-only
/// removal, a device libvirt removes by itself) or leaves a RemovalWatch to finish.
void detachOnWorker(WorkerContext &w, std::shared_ptr<DomainRef> ref, const QString &uuid,
                    const DeviceKey &key, Scope scope, int timeoutSeconds, const QString &op,
                    const Finish &finish)
{
    virDomainPtr dom = ref->get();
    Removal removal;
    removal.scope = scope;
    removal.timeoutSeconds = timeoutSeconds;
    const bool live = scope & DomainControl::Live;
    const bool config = scope & DomainControl::Config;
    auto done = [&](Result<Removal> r) {
        w.worker->refreshDomain(uuid);
        finish(std::move(r));
    };

    // Both elements first: a device the configuration lacks fails before anything is asked.
    QString configElement, liveElement, alias;
    if (config) {
        Result<QString> xml = secureXml(dom, true, op);
        Result<QString> element = xml ? deviceElementXml(*xml, key) : Result<QString>(xml.error());
        if (!element)
            return done(Error{op, element.error().message, element.error().code});
        configElement = *element;
    }
    if (live) {
        Result<QString> xml = secureXml(dom, false, op);
        Result<QString> element = xml ? deviceElementXml(*xml, key) : Result<QString>(xml.error());
        if (!element)
            return done(Error{op, element.error().message, element.error().code});
        liveElement = *element;
        alias = deviceAlias(*xml, key);
    }
    // The command log: `detach-device NAME FILE.xml`, as asked (the guest's answer comes later).
    const auto logged = [&](const Error &e) {
        const QString name = nameOf(dom);
        CommandLog::record(
            w.uri, name,
            EquivalentCommands::detachDevice(name, live ? liveElement : configElement, scope), e);
    };
    if (!live) {
        Status s = detachFromConfig(w, dom, key, configElement, op);
        logged(s ? Error{} : s.error());
        return s ? done(removal) : done(s.error());
    }
    if (alias.isEmpty()) {
        // Nothing to follow the answer by: libvirt answers for the hypervisor.
        if (virDomainDetachDeviceFlags(dom, liveElement.toUtf8().constData(), impact(scope)) < 0) {
            Error e = lastLibvirtError(op);
            logged(e);
            return done(e);
        }
        logged({});
        return done(removal);
    }

    // Listen before asking: the guest may answer before the call returns.
    auto *watch = new RemovalWatch(w, std::move(ref), uuid, removal, finish);
    watch->listen(alias);
    if (virDomainDetachDeviceAlias(dom, alias.toUtf8().constData(), VIR_DOMAIN_AFFECT_LIVE) < 0) {
        Error e = lastLibvirtError(op);
        // A driver without the asynchronous call: the synchronous one (libvirt waits a few
        // seconds itself), then the events and the timer as well.
        if (!unsupported(e) || virDomainDetachDeviceFlags(dom, liveElement.toUtf8().constData(),
                                                          VIR_DOMAIN_AFFECT_LIVE) < 0) {
            if (unsupported(e))
                e = lastLibvirtError(op);
            logged(e);
            return watch->fail(e);
        }
    }
    logged({});
    if (config) {
        if (Status s = detachFromConfig(w, dom, key, configElement, op); !s)
            return watch->fail(Error{
                op,
                Tr::tr("the guest was asked to release it, but the configuration keeps it: %1")
                    .arg(s.error().message),
                s.error().code});
    }
    watch->startTimer(timeoutSeconds);
}

} // namespace

void detach(HostSession *session, const QString &uuid, const DeviceKey &key, Scope scope,
            int timeoutSeconds, QObject *context, std::function<void(Result<Removal>)> done)
{
    VIREO_ASSERT(session, return );
    QPointer<QObject> guard(context);
    session->post(
        [uuid, key, scope, timeoutSeconds, guard, done = std::move(done)](WorkerContext &w) {
            std::shared_ptr<SessionLink> link = w.worker->link();
            Finish finish = [link, guard, done](Result<Removal> r) {
                link->post([guard, done, r](HostSession *) {
                    if (guard)
                        done(r);
                });
            };
            auto ref = w.lookup(uuid, Tr::tr("Remove a device of %1").arg(uuid));
            if (!ref)
                return finish(ref.error());
            const QString op = Tr::tr("Remove a device of '%1'").arg(nameOf(ref.value()->get()));
            detachOnWorker(w, *ref, uuid, key, scope, timeoutSeconds, op, finish);
        });
}

QString removalMessage(const Removal &removal, const QString &device)
{
    const bool config = removal.scope & DomainControl::Config;
    const bool live = removal.scope & DomainControl::Live;
    switch (removal.outcome) {
    case Removal::Outcome::Removed:
        if (live && config)
            return Tr::tr("%1 was removed from the running guest and from the configuration.")
                .arg(device);
        if (live)
            return Tr::tr("%1 was removed from the running guest; the configuration still has "
                          "it, so it comes back at the next start.")
                .arg(device);
        return Tr::tr("%1 was removed from the configuration; it is gone at the next start.")
            .arg(device);
    case Removal::Outcome::Refused:
        return config ? Tr::tr("The guest refused to release %1: it is still attached to the "
                               "running guest, but is removed from the configuration, so it is "
                               "gone at the next start.")
                            .arg(device)
                      : Tr::tr("The guest refused to release %1: it is still attached, and the "
                               "configuration still has it.")
                            .arg(device);
    case Removal::Outcome::NoAnswer:
        return config ? Tr::tr("The guest did not answer within %1 s: %2 is still attached to the "
                               "running guest (it may yet let it go), and is removed from the "
                               "configuration, so it is gone at the next start.")
                            .arg(removal.timeoutSeconds)
                            .arg(device)
                      : Tr::tr("The guest did not answer within %1 s: %2 is still attached (it "
                               "may yet let it go), and the configuration still has it.")
                            .arg(removal.timeoutSeconds)
                            .arg(device);
    }
    return {};
}

} // namespace Vireo::Devices
