// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/common/types.h"

#include "core/common/coretr.h"

#include <QCoreApplication>

#include <libvirt/libvirt.h>

namespace Vireo {

static_assert(int(DomainState::NoState) == VIR_DOMAIN_NOSTATE &&
              int(DomainState::Running) == VIR_DOMAIN_RUNNING &&
              int(DomainState::Blocked) == VIR_DOMAIN_BLOCKED &&
              int(DomainState::Paused) == VIR_DOMAIN_PAUSED &&
              int(DomainState::Shutdown) == VIR_DOMAIN_SHUTDOWN &&
              int(DomainState::Shutoff) == VIR_DOMAIN_SHUTOFF &&
              int(DomainState::Crashed) == VIR_DOMAIN_CRASHED &&
              int(DomainState::PMSuspended) == VIR_DOMAIN_PMSUSPENDED);

QString domainStateName(DomainState state)
{
    switch (state) {
    case DomainState::Running:
        return Tr::tr("Running");
    case DomainState::Blocked:
        return Tr::tr("Blocked");
    case DomainState::Paused:
        return Tr::tr("Paused");
    case DomainState::Shutdown:
        return Tr::tr("Shutting down");
    case DomainState::Shutoff:
        return Tr::tr("Shut off");
    case DomainState::Crashed:
        return Tr::tr("Crashed");
    case DomainState::PMSuspended:
        return Tr::tr("Suspended");
    case DomainState::NoState:
        break;
    }
    return Tr::tr("Unknown");
}

QString domainStateReasonName(DomainState state, int reason)
{
    switch (state) {
    case DomainState::Running:
        switch (virDomainRunningReason(reason)) {
        case VIR_DOMAIN_RUNNING_MIGRATED:
            return Tr::tr("migrated");
        case VIR_DOMAIN_RUNNING_RESTORED:
            return Tr::tr("restored");
        case VIR_DOMAIN_RUNNING_FROM_SNAPSHOT:
            return Tr::tr("from snapshot");
        case VIR_DOMAIN_RUNNING_MIGRATION_CANCELED:
            return Tr::tr("migration canceled");
        case VIR_DOMAIN_RUNNING_SAVE_CANCELED:
            return Tr::tr("save canceled");
        case VIR_DOMAIN_RUNNING_WAKEUP:
            return Tr::tr("woken up");
        case VIR_DOMAIN_RUNNING_CRASHED:
            return Tr::tr("resumed after a crash");
        case VIR_DOMAIN_RUNNING_POSTCOPY:
            return Tr::tr("post-copy migration");
        case VIR_DOMAIN_RUNNING_POSTCOPY_FAILED:
            return Tr::tr("post-copy migration failed");
        case VIR_DOMAIN_RUNNING_UNKNOWN:
        case VIR_DOMAIN_RUNNING_BOOTED:
        case VIR_DOMAIN_RUNNING_UNPAUSED:
#ifdef VIR_ENUM_SENTINELS
        case VIR_DOMAIN_RUNNING_LAST:
#endif
            break;
        }
        return {};
    case DomainState::Paused:
        switch (virDomainPausedReason(reason)) {
        case VIR_DOMAIN_PAUSED_MIGRATION:
            return Tr::tr("migrating");
        case VIR_DOMAIN_PAUSED_SAVE:
            return Tr::tr("saving");
        case VIR_DOMAIN_PAUSED_DUMP:
            return Tr::tr("dumping");
        case VIR_DOMAIN_PAUSED_IOERROR:
            return Tr::tr("I/O error");
        case VIR_DOMAIN_PAUSED_WATCHDOG:
            return Tr::tr("watchdog");
        case VIR_DOMAIN_PAUSED_FROM_SNAPSHOT:
            return Tr::tr("from snapshot");
        case VIR_DOMAIN_PAUSED_SHUTTING_DOWN:
            return Tr::tr("shutting down");
        case VIR_DOMAIN_PAUSED_SNAPSHOT:
            return Tr::tr("creating snapshot");
        case VIR_DOMAIN_PAUSED_CRASHED:
            return Tr::tr("crashed");
        case VIR_DOMAIN_PAUSED_STARTING_UP:
            return Tr::tr("starting up");
        case VIR_DOMAIN_PAUSED_POSTCOPY:
            return Tr::tr("post-copy migration");
        case VIR_DOMAIN_PAUSED_POSTCOPY_FAILED:
            return Tr::tr("post-copy migration failed");
        case VIR_DOMAIN_PAUSED_UNKNOWN:
        case VIR_DOMAIN_PAUSED_USER:
#ifdef VIR_ENUM_SENTINELS
        case VIR_DOMAIN_PAUSED_LAST:
#endif
            break;
        }
        return {};
    case DomainState::Shutoff:
        switch (virDomainShutoffReason(reason)) {
        case VIR_DOMAIN_SHUTOFF_DESTROYED:
            return Tr::tr("forced off");
        case VIR_DOMAIN_SHUTOFF_CRASHED:
            return Tr::tr("crashed");
        case VIR_DOMAIN_SHUTOFF_MIGRATED:
            return Tr::tr("migrated");
        case VIR_DOMAIN_SHUTOFF_SAVED:
            return Tr::tr("saved");
        case VIR_DOMAIN_SHUTOFF_FAILED:
            return Tr::tr("failed to start");
        case VIR_DOMAIN_SHUTOFF_FROM_SNAPSHOT:
            return Tr::tr("from snapshot");
        case VIR_DOMAIN_SHUTOFF_DAEMON:
            return Tr::tr("stopped by libvirt");
        case VIR_DOMAIN_SHUTOFF_UNKNOWN:
        case VIR_DOMAIN_SHUTOFF_SHUTDOWN:
#ifdef VIR_ENUM_SENTINELS
        case VIR_DOMAIN_SHUTOFF_LAST:
#endif
            break;
        }
        return {};
    case DomainState::Crashed:
        if (reason == VIR_DOMAIN_CRASHED_PANICKED)
            return Tr::tr("panicked");
        return {};
    case DomainState::Shutdown: // only "on user request", which Shutting down says
    case DomainState::Blocked:
    case DomainState::PMSuspended:
    case DomainState::NoState:
        break;
    }
    return {};
}

QString domainStateText(DomainState state, int reason)
{
    const QString why = domainStateReasonName(state, reason);
    if (why.isEmpty())
        return domainStateName(state);
    return Tr::tr("%1 (%2)").arg(domainStateName(state), why);
}

bool DomainInfo::hasCrashed() const
{
    return state == DomainState::Crashed ||
           (state == DomainState::Shutoff && stateReason == VIR_DOMAIN_SHUTOFF_CRASHED) ||
           (state == DomainState::Paused && stateReason == VIR_DOMAIN_PAUSED_CRASHED);
}

bool isActive(DomainState state)
{
    return state != DomainState::Shutoff && state != DomainState::Crashed &&
           state != DomainState::NoState;
}

QString domainActionName(DomainAction action)
{
    switch (action) {
    case DomainAction::Start:
        return Tr::tr("Start");
    case DomainAction::Shutdown:
        return Tr::tr("Shut down");
    case DomainAction::Reboot:
        return Tr::tr("Reboot");
    case DomainAction::ForceOff:
        return Tr::tr("Force off");
    case DomainAction::Reset:
        return Tr::tr("Force reset");
    case DomainAction::Pause:
        return Tr::tr("Pause");
    case DomainAction::Resume:
        return Tr::tr("Resume");
    case DomainAction::Save:
        return Tr::tr("Save");
    }
    return {};
}

bool actionApplies(DomainAction action, DomainState state, bool persistent)
{
    const bool running = state == DomainState::Running || state == DomainState::Blocked;
    switch (action) {
    case DomainAction::Start:
        return !isActive(state);
    case DomainAction::Shutdown:
    case DomainAction::Reboot:
        return running;
    case DomainAction::ForceOff:
        return isActive(state);
    case DomainAction::Reset:
        return running || state == DomainState::Paused;
    case DomainAction::Pause:
        return running;
    case DomainAction::Resume:
        return state == DomainState::Paused || state == DomainState::PMSuspended;
    case DomainAction::Save:
        return persistent && (running || state == DomainState::Paused);
    }
    return false;
}

} // namespace Vireo
