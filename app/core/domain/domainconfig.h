// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/common/types.h"
#include "core/domain/domainxml.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Vireo {

class HostSession;

/// Changes to a domain's definition made from the details window: title and description, boot
/// options, CPU layout, software emulation, and reading its current state. What is read to be
/// defined back is read with VIR_DOMAIN_XML_SECURE, so secrets (the VNC password) stay.
///
/// Every function queues its work on the host's worker thread and returns at once; the callback
/// runs on the calling (GUI) thread only while `context` lives.
namespace DomainConfig {

/// The domain's state, memory and vCPUs as libvirt reports them now.
void fetchDomainInfo(HostSession *session, const QString &uuid, QObject *context,
                     std::function<void(Result<DomainInfo>)> done);

/// Sets the title (one line) and description (virDomainSetMetadata), on the running domain and
/// its persistent definition, whichever exist.
void setTitleAndDescription(HostSession *session, const QString &uuid, const QString &title,
                            const QString &description, QObject *context,
                            std::function<void(Status)> done);

/// Rewrites the boot device order and direct kernel boot fields of the persistent definition
/// (read inactive XML, rewrite <os>, define with validation). A running domain takes them at its
/// next start.
void setBootOptions(HostSession *session, const QString &uuid, const BootOptions &boot,
                    QObject *context, std::function<void(Status)> done);

/// Sets the vCPU maximum and topology of the persistent definition (read inactive XML, rewrite
/// <vcpu> and <cpu><topology>, define with validation). Meant for a shut-off domain; a running
/// one takes them at its next start.
void setCpuLayout(HostSession *session, const QString &uuid, const CpuLayout &layout,
                  QObject *context, std::function<void(Status)> done);

/// "Use software emulation instead", for a domain whose start failed with a KVM error
/// (isKvmError): reads its persistent definition (secure XML), rewrites it from kvm to qemu
/// (rewriteForSoftwareEmulation, with the host's qemu domain capabilities), defines it back with
/// validation and starts it. A failed start leaves the qemu definition in place.
void startWithSoftwareEmulation(HostSession *session, const QString &uuid, QObject *context,
                                std::function<void(Status)> done);

} // namespace DomainConfig
} // namespace Vireo
