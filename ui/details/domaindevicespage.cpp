// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/domaindevicespage.h"

#include "ui/common/uitr.h"

#include "ui/details/domaincontext.h"

#include <QCoreApplication>
#include <QHash>
#include <QHeaderView>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Vireo {

namespace {

// The parser names the devices it knows in words ("Disk vda", "MAC address"); the rest
// (controllers, inputs, channels, RNG...) come with their XML names ("controller usb", "index").
// These turn those into the same style: sentence case, acronyms as written ("USB controller").

bool describedByParser(const QString &kind)
{
    static const QStringList known{QStringLiteral("disk"),       QStringLiteral("interface"),
                                   QStringLiteral("graphics"),   QStringLiteral("video"),
                                   QStringLiteral("memballoon"), QStringLiteral("serial"),
                                   QStringLiteral("console"),    QStringLiteral("emulator")};
    return known.contains(kind);
}

QString noun(const QString &kind)
{
    static const QHash<QString, const char *> nouns{
        {QStringLiteral("controller"), QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "controller")},
        {QStringLiteral("input"), QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "input")},
        {QStringLiteral("sound"), QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "sound card")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "channel")},
        {QStringLiteral("rng"),
         QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "random number generator")},
        {QStringLiteral("tpm"), QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "TPM")},
        {QStringLiteral("watchdog"), QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "watchdog")},
        {QStringLiteral("hostdev"), QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "host device")},
        {QStringLiteral("redirdev"),
         QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "redirected device")},
        {QStringLiteral("filesystem"),
         QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "shared folder")},
        {QStringLiteral("smartcard"), QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "smartcard")},
        {QStringLiteral("hub"), QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "hub")},
        {QStringLiteral("panic"), QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "panic notifier")},
        {QStringLiteral("parallel"),
         QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "parallel port")},
        {QStringLiteral("memory"), QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "memory module")},
        {QStringLiteral("shmem"), QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "shared memory")},
        {QStringLiteral("audio"), QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "audio backend")},
        {QStringLiteral("iommu"), QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "IOMMU")},
        {QStringLiteral("vsock"), QT_TRANSLATE_NOOP("Vireo::DomainDevicesPage", "vsock")},
    };
    const char *n = nouns.value(kind);
    return n ? UiTr::tr(n) : kind;
}

/// One XML word as people write it: acronyms in capitals, the rest as it is ("qemu-xhci" ->
/// "QEMU xHCI").
QString word(const QString &token)
{
    static const QHash<QString, QString> spelled{
        {QStringLiteral("usb"), QStringLiteral("USB")},
        {QStringLiteral("pci"), QStringLiteral("PCI")},
        {QStringLiteral("pcie"), QStringLiteral("PCIe")},
        {QStringLiteral("ide"), QStringLiteral("IDE")},
        {QStringLiteral("sata"), QStringLiteral("SATA")},
        {QStringLiteral("scsi"), QStringLiteral("SCSI")},
        {QStringLiteral("fdc"), QStringLiteral("FDC")},
        {QStringLiteral("ccid"), QStringLiteral("CCID")},
        {QStringLiteral("tpm"), QStringLiteral("TPM")},
        {QStringLiteral("crb"), QStringLiteral("CRB")},
        {QStringLiteral("tis"), QStringLiteral("TIS")},
        {QStringLiteral("qemu"), QStringLiteral("QEMU")},
        {QStringLiteral("xhci"), QStringLiteral("xHCI")},
        {QStringLiteral("ehci"), QStringLiteral("EHCI")},
        {QStringLiteral("uhci"), QStringLiteral("UHCI")},
        {QStringLiteral("ich6"), QStringLiteral("ICH6")},
        {QStringLiteral("ich9"), QStringLiteral("ICH9")},
        {QStringLiteral("ac97"), QStringLiteral("AC97")},
        {QStringLiteral("pty"), QStringLiteral("PTY")},
        {QStringLiteral("ps2"), QStringLiteral("PS/2")},
        {QStringLiteral("vnc"), QStringLiteral("VNC")},
        {QStringLiteral("spice"), QStringLiteral("SPICE")},
        {QStringLiteral("spicevmc"), QStringLiteral("SPICE")},
        {QStringLiteral("rng"), QStringLiteral("RNG")},
        {QStringLiteral("virtio"), QStringLiteral("virtio")},
    };
    return spelled.value(token.toLower(), token);
}

QString sentenceCase(QString text)
{
    if (!text.isEmpty() && text.at(0).isLower())
        text[0] = text.at(0).toUpper();
    return text;
}

/// "controller usb" -> "USB controller"; "tpm tpm-crb" -> "TPM CRB".
QString deviceTitle(const DomainDevice &dev)
{
    if (describedByParser(dev.kind))
        return dev.title;
    QString what = dev.title.startsWith(dev.kind + QLatin1Char(' '))
                       ? dev.title.mid(dev.kind.size() + 1)
                       : QString();
    QStringList words;
    for (const QString &t :
         what.split(QRegularExpression(QStringLiteral("[-_]")), Qt::SkipEmptyParts))
        words << word(t);
    const QString thing = noun(dev.kind);
    if (!words.join(QLatin1Char(' ')).contains(thing, Qt::CaseInsensitive))
        words << thing;
    return sentenceCase(words.join(QLatin1Char(' ')));
}

/// "index" -> "Index"; "target chassisNr" -> "Target chassis number".
QString propertyLabel(const QString &label)
{
    QString spaced;
    for (const QChar c : label) {
        if (c.isUpper() && !spaced.isEmpty() && spaced.back().isLower())
            spaced += QLatin1Char(' ');
        spaced += c;
    }
    QStringList words = spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words) {
        if (w == u"Nr")
            w = UiTr::tr("number");
        else if (w.size() > 1 && w.at(0).isUpper() && w.at(1).isLower())
            w = w.toLower(); // the camel-case tail of a name, not an acronym
        else
            w = word(w);
    }
    return sentenceCase(words.join(QLatin1Char(' ')));
}

} // namespace

DomainDevicesPage::DomainDevicesPage(DomainContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({UiTr::tr("Device"), UiTr::tr("Value")});
    m_tree->setAccessibleName(UiTr::tr("Devices"));
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    connect(m_context, &DomainContext::descriptionChanged, this, &DomainDevicesPage::rebuild);
    if (m_context->hasDescription())
        rebuild();
}

void DomainDevicesPage::rebuild()
{
    // Keep which devices the user collapsed across refreshes.
    QSet<QString> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (!m_tree->topLevelItem(i)->isExpanded())
            collapsed.insert(m_tree->topLevelItem(i)->text(0));
    }
    m_tree->clear();
    // The devices people look for first; controllers, channels and the rest after them.
    static const QStringList order{QStringLiteral("disk"),       QStringLiteral("interface"),
                                   QStringLiteral("graphics"),   QStringLiteral("video"),
                                   QStringLiteral("memballoon"), QStringLiteral("serial"),
                                   QStringLiteral("console")};
    QList<DomainDevice> devices = m_context->description().devices;
    std::stable_sort(devices.begin(), devices.end(),
                     [](const DomainDevice &a, const DomainDevice &b) {
                         auto rank = [](const QString &kind) {
                             const qsizetype i = order.indexOf(kind);
                             return i < 0 ? order.size() : i;
                         };
                         return rank(a.kind) < rank(b.kind);
                     });
    for (const DomainDevice &dev : devices) {
        const QString title = deviceTitle(dev);
        auto *item = new QTreeWidgetItem(m_tree, {title, QString()});
        for (const auto &[label, value] : dev.properties)
            new QTreeWidgetItem(
                item, {describedByParser(dev.kind) ? label : propertyLabel(label), value});
        item->setExpanded(!collapsed.contains(title));
    }
}

} // namespace Vireo
