// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/session/domaincapabilitiesxml.h"

#include "core/common/coretr.h"

#include "core/common/xmlelement.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace Vireo {

/// The <value>s of the <enum name=...> directly inside e.
static QStringList enumValues(const XmlElement &e, QStringView name)
{
    QStringList out;
    for (const XmlElement &c : e.children) {
        if (c.name != u"enum" || c.attr(u"name") != name)
            continue;
        for (const XmlElement &v : c.children) {
            if (v.name == u"value")
                out << v.text.trimmed();
        }
    }
    return out;
}

Result<DomainCapabilities> parseDomainCapabilitiesXml(const QString &xml)
{
    const QString op = Tr::tr("Read the domain capabilities");
    QXmlStreamReader r(xml);
    if (Status root = enterXmlRoot(r, u"domainCapabilities", op); !root)
        return root.error();
    DomainCapabilities d;
    while (r.readNextStartElement()) {
        const XmlElement e = readXmlElement(r);
        if (e.name == u"path")
            d.path = e.text.trimmed();
        else if (e.name == u"domain")
            d.domainType = e.text.trimmed();
        else if (e.name == u"machine")
            d.machine = e.text.trimmed();
        else if (e.name == u"arch")
            d.arch = e.text.trimmed();
        else if (e.name == u"vcpu")
            d.maxVcpus = e.attr(u"max").toInt();
        else if (e.name == u"os" && e.attr(u"supported") != u"no") {
            d.firmwares = enumValues(e, u"firmware");
            if (const XmlElement *loader = e.child(u"loader");
                loader && loader->attr(u"supported") != u"no") {
                for (const XmlElement &v : loader->children) {
                    if (v.name == u"value")
                        d.loaderPaths << v.text.trimmed();
                }
                d.loaderTypes = enumValues(*loader, u"type");
                d.loaderSecure = enumValues(*loader, u"secure");
            }
        } else if (e.name == u"devices") {
            if (const XmlElement *tpm = e.child(u"tpm"); tpm && tpm->attr(u"supported") == u"yes") {
                d.tpmModels = enumValues(*tpm, u"model");
                d.tpmBackends = enumValues(*tpm, u"backendModel");
                d.tpmVersions = enumValues(*tpm, u"backendVersion");
            }
        } else if (e.name == u"cpu") {
            for (const XmlElement &m : e.children) {
                if (m.name == u"mode" && m.attr(u"supported") == u"yes")
                    d.cpuModes << m.attr(u"name");
            }
        }
    }
    if (r.hasError())
        return xmlReadError(r, op);
    return d;
}

} // namespace Vireo
