// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/domainconfigfirmware.h"

#include "core/commandlog/commandlog.h"
#include "core/common/coretr.h"
#include "core/common/xmlrewriter.h"
#include "core/domain/domainxml.h"
#include "devices_p.h"
#include "hostworker_p.h"

namespace Vireo::DomainConfig {

namespace {

QString S(const char *s)
{
    return QString::fromLatin1(s);
}

bool isQ35(const QString &machine)
{
    return machine.contains(u"q35");
}

} // namespace

Result<Firmware> firmwareOf(const QString &domainXml)
{
    Result<DomainDescription> d = parseDomainXml(domainXml);
    if (!d)
        return d.error();
    if (d->firmware != u"efi")
        return Firmware::Bios;
    bool secure = false;
    XmlRewriter reader;
    reader.replace(S("domain/os"), [&secure](QXmlStreamWriter &w, const XmlElement &os) {
        for (const XmlElement &c : os.children) {
            if (c.name == u"loader" && c.attr(u"secure") == u"yes")
                secure = true;
            if (c.name != u"firmware")
                continue;
            for (const XmlElement &f : c.children) {
                if (f.name == u"feature" && f.attr(u"name") == u"secure-boot" &&
                    f.attr(u"enabled") == u"yes")
                    secure = true;
            }
        }
        writeXmlElement(w, os);
    });
    if (Result<QString> r = reader.apply(domainXml, S("domain"), Tr::tr("Read the firmware")); !r)
        return r.error();
    return secure ? Firmware::UefiSecureBoot : Firmware::Uefi;
}

Result<QString> rewriteFirmware(const QString &domainXml, Firmware firmware)
{
    const QString op = Tr::tr("Change the firmware");
    Result<DomainDescription> d = parseDomainXml(domainXml);
    if (!d)
        return d.error();
    const bool efi = firmware != Firmware::Bios;
    const bool secure = firmware == Firmware::UefiSecureBoot;
    if (secure && !isQ35(d->machine))
        return Error{op,
                     Tr::tr("Secure Boot needs a q35 machine (its variables sit behind SMM); this "
                            "domain's machine is %1")
                         .arg(d->machine.isEmpty() ? Tr::tr("not q35") : d->machine),
                     0};
    XmlRewriter rewriter;
    rewriter.editAttributes(S("domain/os"), [efi](QXmlStreamAttributes &a) {
        QXmlStreamAttributes kept;
        for (const QXmlStreamAttribute &attr : std::as_const(a)) {
            if (attr.qualifiedName() != u"firmware")
                kept.append(attr);
        }
        if (efi)
            kept.append(S("firmware"), S("efi"));
        a = kept;
    });
    // The old image and variable store belonged to the old choice: libvirt picks new ones.
    for (const char *gone : {"domain/os/loader", "domain/os/nvram", "domain/os/firmware"})
        rewriter.remove(S(gone));
    if (efi) {
        rewriter.append(S("domain/os"), [secure](QXmlStreamWriter &w) {
            w.writeStartElement(S("firmware"));
            w.writeEmptyElement(S("feature"));
            w.writeAttribute(S("enabled"), secure ? S("yes") : S("no"));
            w.writeAttribute(S("name"), S("secure-boot"));
            w.writeEndElement();
        });
    }
    if (secure) {
        rewriter.remove(S("domain/features/smm"));
        rewriter.append(S("domain/features"), [](QXmlStreamWriter &w) {
            w.writeEmptyElement(S("smm"));
            w.writeAttribute(S("state"), S("on"));
        });
        rewriter.append(S("domain"), [&rewriter](QXmlStreamWriter &w) {
            if (rewriter.seen(S("domain/features")))
                return;
            w.writeStartElement(S("features"));
            w.writeEmptyElement(S("smm"));
            w.writeAttribute(S("state"), S("on"));
            w.writeEndElement();
        });
    }
    return rewriter.apply(domainXml, S("domain"), op);
}

FirmwareChoices firmwareChoices(const Result<DomainCapabilities> &capabilities,
                                const QString &machine)
{
    FirmwareChoices out;
    if (!capabilities) {
        out.unknownWhy = Tr::tr("The host does not say which firmware it has (%1); libvirt checks "
                                "the choice when the domain starts.")
                             .arg(capabilities.error().message);
    } else if (!capabilities->firmwares.contains(S("efi"))) {
        out.uefiWhyNot = Tr::tr("The host has no UEFI firmware for this domain (install ovmf).");
    } else if (!capabilities->loaderSecure.contains(S("yes"))) {
        out.secureBootWhyNot = Tr::tr("The host's UEFI firmware has no Secure Boot build.");
    }
    if (!out.uefiWhyNot.isEmpty())
        out.secureBootWhyNot = out.uefiWhyNot;
    else if (out.secureBootWhyNot.isEmpty() && !isQ35(machine))
        out.secureBootWhyNot = Tr::tr("Secure Boot needs a q35 machine; this domain's is %1.")
                                   .arg(machine.isEmpty() ? Tr::tr("not q35") : machine);
    return out;
}

void setFirmware(HostSession *session, const QString &uuid, Firmware firmware, QObject *context,
                 std::function<void(Status)> done)
{
    runOnWorker<Status>(
        session, context,
        [uuid, firmware](WorkerContext &w) -> Status {
            auto ref = w.lookup(uuid, Tr::tr("Change the firmware of %1").arg(uuid));
            if (!ref)
                return ref.error();
            virDomainPtr dom = ref.value()->get();
            const QString op = Tr::tr("Change the firmware of '%1'").arg(nameOf(dom));
            if (virDomainIsActive(dom) == 1)
                return Error{op, Tr::tr("the domain is running: shut it off first"), 0};
            if (virDomainIsPersistent(dom) != 1)
                return Error{op, Tr::tr("the domain is transient: it has no definition to change"),
                             0};
            virResetLastError();
            Status s = Devices::Detail::redefineWith(w, dom, op, [firmware](const QString &xml) {
                return rewriteFirmware(xml, firmware);
            });
            CommandLog::record(w.uri, nameOf(dom),
                               EquivalentCommands::xmlEdit(nameOf(dom), Tr::tr("the firmware")), s);
            w.worker->refreshDomain(uuid);
            return s;
        },
        std::move(done));
}

} // namespace Vireo::DomainConfig
