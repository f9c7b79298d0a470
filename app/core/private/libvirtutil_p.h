// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Private to vireo_core: small helpers over libvirt's C API. Any thread (each call uses the
// thread's own libvirt error slot).
#ifndef VIREO_CORE_PRIVATE
#error "private to vireo_core: the rest of Vireo sees value types, never libvirt"
#endif

#include "core/common/result.h"
#include "core/common/types.h"
#include "core/domain/domainxml.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <QByteArray>
#include <QString>

#include <utility>

namespace Vireo {

/// Reads libvirt's last error on this thread (call right after the failing call).
Error lastLibvirtError(const QString &operation);

/// Owns one libvirt object (domain, pool, volume...) and frees it with FreeFn.
template<typename Ptr, int (*FreeFn)(Ptr)>
struct LibvirtRef
{
    Ptr ptr = nullptr;
    LibvirtRef() = default;
    explicit LibvirtRef(Ptr p)
        : ptr(p)
    {}
    LibvirtRef(const LibvirtRef &) = delete;
    LibvirtRef &operator=(const LibvirtRef &) = delete;
    LibvirtRef(LibvirtRef &&o) noexcept
        : ptr(std::exchange(o.ptr, nullptr))
    {}
    ~LibvirtRef()
    {
        if (ptr)
            FreeFn(ptr);
    }
    Ptr get() const { return ptr; }
    explicit operator bool() const { return ptr; }
};

using DomainRef = LibvirtRef<virDomainPtr, virDomainFree>;
using PoolRef = LibvirtRef<virStoragePoolPtr, virStoragePoolFree>;
using VolRef = LibvirtRef<virStorageVolPtr, virStorageVolFree>;

/// The domain's UUID as text; empty if libvirt cannot say.
QString domainUuid(virDomainPtr dom);
/// The domain's live definition (virDomainGetXMLDesc), read by the one domain parser. The error
/// names `operation`; libvirt's code is kept (VIR_ERR_NO_DOMAIN when it went away meanwhile).
Result<DomainDescription> readDomainDescription(virDomainPtr dom, const QString &operation);
/// The domain's name; empty if libvirt cannot say.
QString nameOf(virDomainPtr dom);

/// Starts a defined domain (virDomainCreate): the one place core does, for Run, the wizard's
/// Start step and the start with software emulation. The error names `operation`.
Status startDomain(virDomainPtr dom, const QString &operation);
/// See DomainActions::setKvmStartFailureForTesting.
void setKvmStartFailureForTesting(const QString &message);

/// Defines (or redefines) a domain from XML, validated against libvirt's schema where the driver
/// can validate (drivers that cannot answer VIR_ERR_INVALID_ARG to the flag: then unvalidated).
/// The error names `operation`.
Result<QString> defineDomainValidated(virConnectPtr conn, const QByteArray &xml,
                                      const QString &operation);

/// Fills a DomainInfo with virDomainGetInfo and friends (a few calls; use for single domains).
Result<DomainInfo> readDomainInfo(virDomainPtr dom);

} // namespace Vireo
