// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/session/domaincapabilitiesxml.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Vireo {

class HostSession;

/// The firmware of an existing domain, from the details window's Boot page: what its definition
/// asks for, what the host offers it, and the switch (the persistent definition rewritten and
/// defined back, read with VIR_DOMAIN_XML_SECURE). Pure functions run on any thread; setFirmware
/// queues its work on the host's worker and calls done on the calling thread while context lives.
namespace DomainConfig {

enum class Firmware {
    Bios,
    Uefi,
    UefiSecureBoot,
};

/// What a domain's XML boots with: UEFI when <os firmware='efi'> or its loader is OVMF / pflash
/// (the domain parser's rule), with Secure Boot when its secure-boot feature is enabled or its
/// loader is secure='yes'. Fails for XML that does not parse.
Result<Firmware> firmwareOf(const QString &domainXml);

/// The domain XML booting with firmware: <os firmware='efi'> (or none for BIOS) and, for UEFI,
/// the secure-boot feature on or off, so libvirt picks the image from the host's firmware
/// descriptors at the next start. The old loader and NVRAM paths go (they belonged to the old
/// choice); Secure Boot also turns SMM on. Fails for Secure Boot on a machine other than q35: its
/// variables sit behind SMM, which only q35 has.
Result<QString> rewriteFirmware(const QString &domainXml, Firmware firmware);

/// What the Boot page offers, and why not the rest (in words; empty when offered).
struct FirmwareChoices
{
    QString uefiWhyNot;
    QString secureBootWhyNot;
    /// The host could not say what it has (the test driver has no domain capabilities): every
    /// choice is offered, and libvirt checks at the next start. Says why; empty when it could.
    QString unknownWhy;
};
/// From the domain capabilities (or their error) and the domain's machine type.
FirmwareChoices firmwareChoices(const Result<DomainCapabilities> &capabilities,
                                const QString &machine);

/// Switches a shut-off domain's firmware (rewriteFirmware on its persistent definition). A
/// running domain is refused in words: its firmware is running.
void setFirmware(HostSession *session, const QString &uuid, Firmware firmware, QObject *context,
                 std::function<void(Status)> done);

} // namespace DomainConfig
} // namespace Vireo
