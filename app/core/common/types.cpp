#include "core/common/types.h"

#include "core/common/coretr.h"

#include <QCoreApplication>

namespace Vireo {

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
