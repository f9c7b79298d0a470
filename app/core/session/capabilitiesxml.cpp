// SPDX-License-Identifier: GPL-2.0-or-later
#include "core/session/capabilitiesxml.h"

#include "core/common/coretr.h"

#include "core/common/xmlelement.h"
#include "core/domain/domainxml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace Vireo {

std::optional<DacLabel> parseDacLabel(const QString &label)
{
    const QStringList parts = label.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty())
        return std::nullopt;
    DacLabel out;
    auto part = [](QString text, QString &name, std::optional<uint> &id) {
        // "+N" is a number by libvirt's convention; a bare N is too, when it is all digits.
        const bool forced = text.startsWith(QLatin1Char('+'));
        if (forced)
            text.remove(0, 1);
        bool ok = false;
        const uint value = text.toUInt(&ok);
        if (forced && !ok)
            return false;
        name = text;
        if (ok)
            id = value;
        return !text.isEmpty();
    };
    if (!part(parts[0], out.user, out.uid) || !part(parts[1], out.group, out.gid))
        return std::nullopt;
    return out;
}

QString Capabilities::cpuVirtualizationFeature() const
{
    if (cpuFeatures.contains(QLatin1String("vmx")))
        return QStringLiteral("vmx");
    if (cpuFeatures.contains(QLatin1String("svm")))
        return QStringLiteral("svm");
    return {};
}

QString Capabilities::dacBaseLabel(const QString &virtType) const
{
    for (const SecurityModel &m : securityModels) {
        if (m.model != QLatin1String("dac"))
            continue;
        for (const auto &[type, label] : m.baseLabels) {
            if (type == virtType)
                return label;
        }
        return m.baseLabels.isEmpty() ? QString() : m.baseLabels.first().second;
    }
    return {};
}

quint64 Capabilities::numaMemoryKiB() const
{
    quint64 sum = 0;
    for (const auto &cell : numaCells)
        sum += cell.second;
    return sum;
}

static void readHost(const XmlElement &host, Capabilities &c)
{
    for (const XmlElement &e : host.children) {
        if (e.name == u"cpu") {
            c.hostArch = e.childText(u"arch");
            c.cpuModel = e.childText(u"model");
            c.cpuVendor = e.childText(u"vendor");
            for (const XmlElement &f : e.children) {
                if (f.name == u"feature" && !f.attr(u"name").isEmpty())
                    c.cpuFeatures << f.attr(u"name");
            }
        } else if (e.name == u"secmodel") {
            SecurityModel m;
            m.model = e.childText(u"model");
            m.doi = e.childText(u"doi");
            for (const XmlElement &l : e.children) {
                if (l.name == u"baselabel")
                    m.baseLabels.append({l.attr(u"type"), l.text.trimmed()});
            }
            c.securityModels << m;
        } else if (e.name == u"topology") {
            const XmlElement *cells = e.child(u"cells");
            for (const XmlElement &cell : cells ? cells->children : QList<XmlElement>{}) {
                if (cell.name != u"cell")
                    continue;
                const XmlElement *memory = cell.child(u"memory");
                const quint64 kib =
                    memory ? toKiB(memory->text.trimmed().toULongLong(), memory->attr(u"unit")) : 0;
                c.numaCells.append({cell.attr(u"id").toInt(), kib});
            }
        }
    }
}

static GuestCapability readGuest(const XmlElement &guest)
{
    GuestCapability g;
    g.osType = guest.childText(u"os_type");
    if (const XmlElement *arch = guest.child(u"arch")) {
        g.arch = arch->attr(u"name");
        g.emulator = arch->childText(u"emulator");
        for (const XmlElement &e : arch->children) {
            if (e.name == u"machine") {
                const QString m = e.text.trimmed();
                if (!m.isEmpty() && !g.machines.contains(m))
                    g.machines << m;
            } else if (e.name == u"domain") {
                const QString t = e.attr(u"type");
                if (!t.isEmpty() && !g.domainTypes.contains(t))
                    g.domainTypes << t;
            }
        }
    }
    return g;
}

QStringList parseCpuFeatures(const QString &cpuXml)
{
    QStringList out;
    QXmlStreamReader r(cpuXml);
    if (!r.readNextStartElement() || r.name() != u"cpu")
        return out;
    const XmlElement cpu = readXmlElement(r);
    for (const XmlElement &f : cpu.children) {
        const QString policy = f.attr(u"policy");
        if (f.name == u"feature" &&
            (policy.isEmpty() || policy == u"require" || policy == u"force"))
            out << f.attr(u"name");
    }
    return out;
}

Result<Capabilities> parseCapabilitiesXml(const QString &xml)
{
    const QString op = Tr::tr("Read the host's capabilities");
    QXmlStreamReader r(xml);
    if (Status root = enterXmlRoot(r, u"capabilities", op); !root)
        return root.error();
    Capabilities c;
    while (r.readNextStartElement()) {
        const XmlElement e = readXmlElement(r);
        if (e.name == u"host")
            readHost(e, c);
        else if (e.name == u"guest")
            c.guests << readGuest(e);
    }
    if (r.hasError())
        return xmlReadError(r, op);
    return c;
}

} // namespace Vireo
