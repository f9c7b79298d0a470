// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace Vireo {

class HostSession;

/// "Use software emulation instead" (issue 10), after a start that failed with a KVM error
/// (isKvmError): the same question wherever a start fails, Run in any window and the wizard's
/// Start step. GUI thread.
namespace SoftwareEmulationOffer {

/// The question's object name, for tests and screen readers' lookups.
inline constexpr const char *ObjectName = "softwareEmulationOffer";

/// Asks on `window` (window-modal, open() rather than exec(), so no nested event loop runs under
/// the caller) why `name` could not start and whether to run it with software emulation. `more`
/// is a paragraph of the caller's (what happens on Cancel). `answered(true)` when the user
/// chose it, `answered(false)` on Cancel or when the box goes; never both.
QMessageBox *ask(QWidget *window, const QString &name, const Error &error, const QString &more,
                 std::function<void(bool accepted)> answered);

/// For Run: asks, and on yes redefines the domain as qemu and starts it
/// (DomainConfig::startWithSoftwareEmulation), writing what happened to the message log.
void offer(QWidget *window, HostSession *session, const QString &uuid, const QString &name,
           const Error &error);

} // namespace SoftwareEmulationOffer
} // namespace Vireo
