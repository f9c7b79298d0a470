// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/domain/softwareemulation.h"

#include "core/common/coretr.h"

#include "core/common/xmlrewriter.h"
#include "core/session/domaincapabilitiesxml.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace Vireo {

bool isKvmError(const QString &message)
{
    // Each pattern names KVM as what failed, not as part of a path.
    static const QRegularExpression kvm(
        QStringLiteral("could not access kvm kernel module"
                       "|failed to initiali[sz]e kvm"
                       "|failed to set msr"
                       "|domain requires kvm"
                       "|does not support virt type 'kvm'"
                       "|the accel 'kvm' is not supported"
                       "|could not find capabilities for domaintype=kvm"
                       "|\\bkvm domain on \\S+ host is not supported"
                       "|accel=kvm: no accelerator found"
                       "|kvm_create_vm"
                       "|\\bkvm run failed"
                       "|\\bkvm internal error"
                       "|\\bkvm is not (available|supported)"
                       "|\\bkvm not (available|supported)"),
        QRegularExpression::CaseInsensitiveOption);
    return kvm.match(message).hasMatch();
}

Result<QString> rewriteForSoftwareEmulation(const QString &xml, const DomainCapabilities *tcg)
{
    const QString op = Tr::tr("Switch to software emulation");
    bool wasKvm = false;
    XmlRewriter rewriter;
    rewriter.editAttributes(QStringLiteral("domain"), [&wasKvm](QXmlStreamAttributes &attrs) {
        for (QXmlStreamAttribute &a : attrs) {
            if (a.name() == u"type") {
                wasKvm = a.value() == u"kvm";
                if (wasKvm)
                    a = QXmlStreamAttribute(QStringLiteral("type"), QStringLiteral("qemu"));
            }
        }
    });
    rewriter.replace(QStringLiteral("domain/cpu"),
                     [tcg](QXmlStreamWriter &w, const XmlElement &cpu) {
                         const QString mode = cpu.attr(u"mode");
                         const bool unsupported = tcg && !mode.isEmpty() && mode != u"custom"
                                                      ? !tcg->supportsCpuMode(mode)
                                                      : mode == u"host-passthrough";
                         if (!unsupported) {
                             writeXmlElement(w, cpu);
                             return;
                         }
                         // mode, match, check and migratable belong to the mode; features and
                         // caches need a model or the host's CPU. What shapes the guest stays.
                         XmlElement kept;
                         kept.name = kept.qualifiedName = QStringLiteral("cpu");
                         for (const XmlElement &c : cpu.children) {
                             if (c.name == u"topology" || c.name == u"numa")
                                 kept.children << c;
                         }
                         if (!kept.children.isEmpty())
                             writeXmlElement(w, kept);
                     });
    rewriter.remove(QStringLiteral("domain/features/kvm"));
    rewriter.replace(QStringLiteral("domain/features/ioapic"),
                     [](QXmlStreamWriter &w, const XmlElement &ioapic) {
                         if (ioapic.attr(u"driver") != u"kvm")
                             writeXmlElement(w, ioapic);
                     });
    Result<QString> out = rewriter.apply(xml, QStringLiteral("domain"), op);
    if (out && !wasKvm)
        return Error{op, Tr::tr("the domain is not a kvm domain"), 0};
    return out;
}

} // namespace Vireo
