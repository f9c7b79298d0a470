// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/domaindevicespage.h"

#include "ui/common/uitr.h"

#include "core/common/coretr.h"
#include "core/domain/devices.h"
#include "core/domain/devicexmledits.h"
#include "core/domain/domainactions.h"
#include "ui/details/adddevicedialog.h"
#include "ui/details/devices/editdevicedialog.h"
#include "ui/details/devices/removedevicedialog.h"
#include "ui/details/domaincontext.h"
#include "widgets/errorstyle.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
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
        {QStringLiteral("controller"), QT_TRANSLATE_NOOP("Vireo::Ui", "controller")},
        {QStringLiteral("input"), QT_TRANSLATE_NOOP("Vireo::Ui", "input")},
        {QStringLiteral("sound"), QT_TRANSLATE_NOOP("Vireo::Ui", "sound card")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("Vireo::Ui", "channel")},
        {QStringLiteral("rng"), QT_TRANSLATE_NOOP("Vireo::Ui", "random number generator")},
        {QStringLiteral("tpm"), QT_TRANSLATE_NOOP("Vireo::Ui", "TPM")},
        {QStringLiteral("watchdog"), QT_TRANSLATE_NOOP("Vireo::Ui", "watchdog")},
        {QStringLiteral("hostdev"), QT_TRANSLATE_NOOP("Vireo::Ui", "host device")},
        {QStringLiteral("redirdev"), QT_TRANSLATE_NOOP("Vireo::Ui", "redirected device")},
        {QStringLiteral("filesystem"), QT_TRANSLATE_NOOP("Vireo::Ui", "shared folder")},
        {QStringLiteral("smartcard"), QT_TRANSLATE_NOOP("Vireo::Ui", "smartcard")},
        {QStringLiteral("hub"), QT_TRANSLATE_NOOP("Vireo::Ui", "hub")},
        {QStringLiteral("panic"), QT_TRANSLATE_NOOP("Vireo::Ui", "panic notifier")},
        {QStringLiteral("parallel"), QT_TRANSLATE_NOOP("Vireo::Ui", "parallel port")},
        {QStringLiteral("memory"), QT_TRANSLATE_NOOP("Vireo::Ui", "memory module")},
        {QStringLiteral("shmem"), QT_TRANSLATE_NOOP("Vireo::Ui", "shared memory")},
        {QStringLiteral("audio"), QT_TRANSLATE_NOOP("Vireo::Ui", "audio backend")},
        {QStringLiteral("iommu"), QT_TRANSLATE_NOOP("Vireo::Ui", "IOMMU")},
        {QStringLiteral("vsock"), QT_TRANSLATE_NOOP("Vireo::Ui", "vsock")},
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

// What each top-level row carries, to act on its device.
enum Role {
    KindRole = Qt::UserRole,
    IdRole,
    OrdinalRole,
    TitleRole,
    CdromRole,    ///< a CD-ROM drive
    HasMediaRole, ///< a CD-ROM with something in it
    LinkDownRole, ///< a NIC whose link is down
};

DomainDevicesPage::DomainDevicesPage(DomainContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tree(new QTreeWidget(this))
    , m_add(new QPushButton(UiTr::tr("A&dd Hardware…"), this))
    , m_edit(new QPushButton(UiTr::tr("&Edit…"), this))
    , m_remove(new QPushButton(UiTr::tr("&Remove…"), this))
    , m_insert(new QPushButton(UiTr::tr("&Insert ISO…"), this))
    , m_eject(new QPushButton(UiTr::tr("E&ject"), this))
    , m_link(new QPushButton(UiTr::tr("Cut &link"), this))
    , m_liveNote(new QLabel(this))
    , m_status(new QLabel(this))
{
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({UiTr::tr("Device"), UiTr::tr("Value")});
    m_tree->setAccessibleName(UiTr::tr("Devices"));
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_add->setAccessibleName(UiTr::tr("Add hardware"));
    m_edit->setAccessibleName(UiTr::tr("Edit the selected device"));
    m_remove->setAccessibleName(UiTr::tr("Remove the selected device"));
    m_insert->setAccessibleName(UiTr::tr("Insert an ISO into the selected CD-ROM drive"));
    m_eject->setAccessibleName(UiTr::tr("Eject the selected CD-ROM drive's media"));
    m_link->setAccessibleName(UiTr::tr("Cut or connect the selected NIC's link"));
    m_liveNote->setWordWrap(true);
    m_liveNote->setAccessibleName(UiTr::tr("What changes live"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(UiTr::tr("Devices status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove, m_insert, m_eject, m_link})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_liveNote);
    layout->addWidget(m_status);

    connect(m_add, &QPushButton::clicked, this, &DomainDevicesPage::openAddDialog);
    connect(m_edit, &QPushButton::clicked, this, &DomainDevicesPage::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &DomainDevicesPage::removeSelected);
    connect(m_insert, &QPushButton::clicked, this, &DomainDevicesPage::insertMedia);
    connect(m_eject, &QPushButton::clicked, this, &DomainDevicesPage::ejectMedia);
    connect(m_link, &QPushButton::clicked, this, &DomainDevicesPage::toggleLink);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DomainDevicesPage::updateButtons);
    auto *del = new QShortcut(QKeySequence::Delete, m_tree, nullptr, nullptr,
                              Qt::WidgetWithChildrenShortcut);
    connect(del, &QShortcut::activated, this, &DomainDevicesPage::removeSelected);
    connect(m_context, &DomainContext::descriptionChanged, this, &DomainDevicesPage::rebuild);
    connect(m_context, &DomainContext::infoChanged, this, &DomainDevicesPage::updateButtons);
    if (m_context->hasDescription())
        rebuild();
    updateButtons();
}

void DomainDevicesPage::rebuild()
{
    // Keep which devices the user collapsed, and the one selected, across refreshes.
    QSet<QString> collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (!m_tree->topLevelItem(i)->isExpanded())
            collapsed.insert(m_tree->topLevelItem(i)->text(0));
    }
    const QTreeWidgetItem *was = selectedDevice();
    const std::optional<DeviceKey> selected =
        was ? std::optional<DeviceKey>(keyOf(was)) : std::nullopt;
    m_tree->clear();
    // The devices people look for first; controllers, channels and the rest after them.
    static const QStringList order{QStringLiteral("disk"),       QStringLiteral("interface"),
                                   QStringLiteral("graphics"),   QStringLiteral("video"),
                                   QStringLiteral("memballoon"), QStringLiteral("serial"),
                                   QStringLiteral("console")};
    const DomainDescription &description = m_context->description();
    // Each device's position among its kind, in the XML's order (what a DeviceKey counts).
    QList<QPair<DomainDevice, int>> devices;
    QHash<QString, int> seen;
    for (const DomainDevice &dev : description.devices)
        devices.append({dev, seen[dev.kind]++});
    std::stable_sort(devices.begin(), devices.end(), [](const auto &a, const auto &b) {
        auto rank = [](const QString &kind) {
            const qsizetype i = order.indexOf(kind);
            return i < 0 ? order.size() : i;
        };
        return rank(a.first.kind) < rank(b.first.kind);
    });
    for (const auto &[dev, ordinal] : devices) {
        const QString title = deviceTitle(dev);
        auto *item = new QTreeWidgetItem(m_tree, {title, QString()});
        item->setData(0, KindRole, dev.kind);
        item->setData(0, IdRole, dev.key);
        item->setData(0, OrdinalRole, ordinal);
        item->setData(0, TitleRole, title);
        if (dev.kind == u"disk") {
            for (const DomainDisk &disk : description.disks) {
                if (disk.target == dev.key && disk.device == u"cdrom") {
                    item->setData(0, CdromRole, true);
                    item->setData(0, HasMediaRole, !disk.source.isEmpty());
                }
            }
        }
        for (const auto &[label, value] : dev.properties) {
            if (dev.kind == u"interface" && label == Tr::tr("Link"))
                item->setData(0, LinkDownRole, value == u"down");
            new QTreeWidgetItem(
                item, {describedByParser(dev.kind) ? label : propertyLabel(label), value});
        }
        item->setExpanded(!collapsed.contains(title));
    }
    if (selected)
        selectDevice(*selected);
    updateButtons();
}

QTreeWidgetItem *DomainDevicesPage::selectedDevice() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item;
}

DeviceKey DomainDevicesPage::keyOf(const QTreeWidgetItem *item) const
{
    return DeviceKey{item->data(0, KindRole).toString(), item->data(0, IdRole).toString(),
                     item->data(0, OrdinalRole).toInt()};
}

bool DomainDevicesPage::selectDevice(const DeviceKey &key)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        const DeviceKey k = keyOf(item);
        if (k.kind == key.kind &&
            (key.id.isEmpty() ? k.ordinal == key.ordinal
                              : k.id.compare(key.id, Qt::CaseInsensitive) == 0)) {
            m_tree->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void DomainDevicesPage::updateButtons()
{
    const QTreeWidgetItem *item = selectedDevice();
    const QString kind = item ? item->data(0, KindRole).toString() : QString();
    const bool cdrom = item && item->data(0, CdromRole).toBool();
    const bool ready = m_context->hasDescription() && !m_context->removed() && !m_busy;
    m_add->setEnabled(ready);
    m_edit->setEnabled(ready && (kind == u"disk" || kind == u"interface" || kind == u"video"));
    m_remove->setEnabled(ready && item && kind != u"emulator");
    m_insert->setEnabled(ready && cdrom);
    m_eject->setEnabled(ready && cdrom && item->data(0, HasMediaRole).toBool());
    m_link->setEnabled(ready && kind == u"interface");
    const bool down = item && item->data(0, LinkDownRole).toBool();
    m_link->setText(down ? UiTr::tr("Connect &link") : UiTr::tr("Cut &link"));
    m_liveNote->setText(
        m_context->isActive()
            ? UiTr::tr("While the domain runs, CD-ROM media and a NIC's source and link change "
                       "at once, and disks and NICs can be added and removed live; a disk's bus, "
                       "cache and source, a NIC's model and MAC address, and the video model can "
                       "be edited only while it is shut off.")
            : QString());
    m_liveNote->setVisible(m_context->isActive());
}

void DomainDevicesPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    ErrorStyle::setError(m_status, error);
}

DomainControl::Scope DomainDevicesPage::pageScope() const
{
    return m_context->isActive() ? DomainControl::LiveAndConfig : DomainControl::Config;
}

void DomainDevicesPage::openAddDialog()
{
    auto *dialog = new AddDeviceDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddDeviceDialog::deviceAdded, this,
            [this](const QString &message) { showStatus(message, false); });
    dialog->open();
}

void DomainDevicesPage::editSelected()
{
    const QTreeWidgetItem *item = selectedDevice();
    if (!item || !m_edit->isEnabled())
        return;
    const DeviceKey key = keyOf(item);
    const QString title = item->data(0, TitleRole).toString();
    // The configuration's device, with its secrets: it is what gets defined back.
    DomainActions::fetchDomainXml(
        m_context->session(), m_context->uuid(), {true, true}, this,
        [this, key, title](Result<QString> xml) {
            Result<QString> device =
                xml ? deviceElementXml(*xml, key) : Result<QString>(xml.error());
            if (!device) {
                showStatus(UiTr::tr("%1 cannot be edited: %2").arg(title, device.error().message),
                           true);
                return;
            }
            Result<DeviceSpec> spec = deviceSpecFromXml(*device);
            if (!spec) {
                showStatus(UiTr::tr("%1 cannot be edited: %2").arg(title, spec.error().message),
                           true);
                return;
            }
            auto *dialog = new EditDeviceDialog(m_context, key, *spec, title, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &EditDeviceDialog::deviceChanged, this,
                    [this](const QString &message) { showStatus(message, false); });
            dialog->open();
        });
}

void DomainDevicesPage::removeSelected()
{
    const QTreeWidgetItem *item = selectedDevice();
    if (!item || !m_remove->isEnabled())
        return;
    const DeviceKey key = keyOf(item);
    const QString title = item->data(0, TitleRole).toString();
    auto *ask =
        new RemoveDeviceDialog(title, m_context->description().name, m_context->isActive(), this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask, &QDialog::accepted, this, [this, ask, key, title] {
        Result<DomainControl::Scope> scope = deviceScope(ask->when(), m_context->isActive());
        if (!scope) {
            showStatus(scope.error().text(), true);
            return;
        }
        m_busy = true;
        updateButtons();
        showStatus((*scope & DomainControl::Live)
                       ? UiTr::tr("Asking the guest to release %1 (up to %2 s)…")
                             .arg(title)
                             .arg(m_removalTimeout)
                       : UiTr::tr("Removing %1…").arg(title),
                   false);
        Devices::detach(
            m_context->session(), m_context->uuid(), key, *scope, m_removalTimeout, this,
            [this, title](Result<Devices::Removal> removal) {
                m_busy = false;
                if (!removal)
                    showStatus(
                        UiTr::tr("%1 was not removed: %2").arg(title, removal.error().text()),
                        true);
                else
                    showStatus(Devices::removalMessage(*removal, title),
                               removal->outcome != Devices::Removal::Outcome::Removed);
                m_context->reloadXml();
                updateButtons();
            });
    });
    ask->open();
}

void DomainDevicesPage::changeMedia(const QString &iso)
{
    const QTreeWidgetItem *item = selectedDevice();
    if (!item)
        return;
    const QString target = item->data(0, IdRole).toString();
    m_busy = true;
    updateButtons();
    Devices::changeMedia(
        m_context->session(), m_context->uuid(), target, iso, pageScope(), this,
        [this, iso, target](Status s) {
            m_busy = false;
            if (!s)
                showStatus(s.error().text(), true);
            else
                showStatus(iso.isEmpty() ? UiTr::tr("The media of %1 was ejected.").arg(target)
                                         : UiTr::tr("%1 is in %2.").arg(iso, target),
                           false);
            m_context->reloadXml();
            updateButtons();
        });
}

void DomainDevicesPage::insertMedia()
{
    if (!m_insert->isEnabled())
        return;
    auto *input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(UiTr::tr("Insert ISO"));
    input->setLabelText(UiTr::tr("Path of the ISO image on the host:"));
    input->setTextValue(QStringLiteral("/var/lib/libvirt/images/"));
    input->setAccessibleName(UiTr::tr("ISO path"));
    connect(input, &QInputDialog::textValueSelected, this, [this](const QString &path) {
        const QString iso = path.trimmed();
        if (!iso.startsWith(QLatin1Char('/'))) {
            showStatus(UiTr::tr("The ISO path must be absolute (start with /)."), true);
            return;
        }
        changeMedia(iso);
    });
    input->open();
}

void DomainDevicesPage::ejectMedia()
{
    if (m_eject->isEnabled())
        changeMedia(QString());
}

void DomainDevicesPage::toggleLink()
{
    const QTreeWidgetItem *item = selectedDevice();
    if (!item || !m_link->isEnabled())
        return;
    const QString mac = item->data(0, IdRole).toString();
    const bool up = item->data(0, LinkDownRole).toBool();
    m_busy = true;
    updateButtons();
    Devices::setLinkState(m_context->session(), m_context->uuid(), mac, up, pageScope(), this,
                          [this, mac, up](Status s) {
                              m_busy = false;
                              if (!s)
                                  showStatus(s.error().text(), true);
                              else
                                  showStatus(up ? UiTr::tr("The link of NIC %1 is up.").arg(mac)
                                                : UiTr::tr("The link of NIC %1 is cut.").arg(mac),
                                             false);
                              m_context->reloadXml();
                              updateButtons();
                          });
}

} // namespace Vireo
