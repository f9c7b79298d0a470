#include "core/common/types.h"

#include <QCoreApplication>

namespace Vireo {

QString domainStateName(DomainState state)
{
    switch (state) {
    case DomainState::Running:
        return QCoreApplication::translate("Vireo", "Running");
    case DomainState::Blocked:
        return QCoreApplication::translate("Vireo", "Blocked");
    case DomainState::Paused:
        return QCoreApplication::translate("Vireo", "Paused");
    case DomainState::Shutdown:
        return QCoreApplication::translate("Vireo", "Shutting down");
    case DomainState::Shutoff:
        return QCoreApplication::translate("Vireo", "Shut off");
    case DomainState::Crashed:
        return QCoreApplication::translate("Vireo", "Crashed");
    case DomainState::PMSuspended:
        return QCoreApplication::translate("Vireo", "Suspended");
    case DomainState::NoState:
        break;
    }
    return QCoreApplication::translate("Vireo", "Unknown");
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
        return QCoreApplication::translate("Vireo", "Start");
    case DomainAction::Shutdown:
        return QCoreApplication::translate("Vireo", "Shut down");
    case DomainAction::Reboot:
        return QCoreApplication::translate("Vireo", "Reboot");
    case DomainAction::ForceOff:
        return QCoreApplication::translate("Vireo", "Force off");
    case DomainAction::Reset:
        return QCoreApplication::translate("Vireo", "Force reset");
    case DomainAction::Pause:
        return QCoreApplication::translate("Vireo", "Pause");
    case DomainAction::Resume:
        return QCoreApplication::translate("Vireo", "Resume");
    case DomainAction::Save:
        return QCoreApplication::translate("Vireo", "Save");
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
