// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/domainbootpage.h"

#include "ui/common/uitr.h"

#include "ui/details/domainbootfirmware.h"
#include "ui/details/domaincontext.h"

#include "core/domain/domainactions.h"
#include "core/domain/domainconfig.h"
#include "core/domain/domaincontrol.h"
#include "core/session/hostsession.h"
#include "widgets/applybar.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vireo {

static QString deviceName(const QString &dev)
{
    if (dev == u"hd")
        return UiTr::tr("Hard disk");
    if (dev == u"cdrom")
        return UiTr::tr("CD-ROM");
    if (dev == u"network")
        return UiTr::tr("Network (PXE)");
    if (dev == u"fd")
        return UiTr::tr("Floppy");
    return dev;
}

static QString firmwareText(const DomainDescription &d)
{
    QString text = d.firmware == u"efi" ? UiTr::tr("UEFI") : UiTr::tr("BIOS");
    if (!d.loader.isEmpty())
        text += QStringLiteral(" (%1)").arg(d.loader);
    return text;
}

DomainBootPage::DomainBootPage(DomainContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_autostart(new QCheckBox(tr("Start when the &host starts"), this))
    , m_firmware(new QLabel(this))
    , m_devices(new QListWidget(this))
    , m_bootMenu(new QCheckBox(tr("Show a boot &menu when the domain starts"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
    , m_kernel(new QLineEdit(this))
    , m_initrd(new QLineEdit(this))
    , m_cmdline(new QLineEdit(this))
    , m_bar(new ApplyBar(ApplyBar::Buttons::ApplyAndRevert, this))
    , m_deviceOrderNote(new QLabel(this))
{
    m_autostart->setAccessibleName(tr("Autostart"));
    m_firmware->setAccessibleName(tr("Firmware"));
    m_firmware->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_firmware->setWordWrap(true);
    m_devices->setAccessibleName(tr("Boot device order"));
    m_bootMenu->setAccessibleName(tr("Boot menu"));
    m_bootMenu->setToolTip(tr("The firmware offers a menu of boot devices at start (Esc or F12 "
                              "in most of them)"));
    m_devices->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_kernel->setAccessibleName(tr("Kernel path"));
    m_initrd->setAccessibleName(tr("Initrd path"));
    m_cmdline->setAccessibleName(tr("Kernel arguments"));
    m_kernel->setPlaceholderText(tr("e.g. /var/lib/libvirt/boot/vmlinuz"));
    m_bar->setAccessibleName(tr("Boot options"));
    m_deviceOrderNote->setWordWrap(true);
    m_deviceOrderNote->setText(tr("Some devices carry their own boot order; see the Devices and "
                                  "XML pages. The list here is then ignored by libvirt."));

    auto *firmware = new QFormLayout;
    auto *firmwareCaption = new QLabel(tr("Firmware:"), this);
    firmwareCaption->setBuddy(m_firmware);
    firmware->addRow(firmwareCaption, m_firmware);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_autostart);
    layout->addLayout(firmware);
    m_firmwareBox = new DomainBootFirmware(m_context, this);
    layout->addWidget(m_firmwareBox);
    connect(m_firmwareBox, &DomainBootFirmware::firmwareChanged, this, &DomainBootPage::reload);
    layout->addWidget(orderBox());
    layout->addWidget(m_deviceOrderNote);
    layout->addWidget(kernelBox());
    layout->addWidget(m_bar);
    layout->addStretch();

    showOptions({});
    setEdited(false);
    m_deviceOrderNote->hide();

    connect(m_up, &QPushButton::clicked, this, [this]() { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this]() { move(1); });
    connect(m_devices, &QListWidget::itemChanged, this, [this]() {
        if (!m_loading)
            setEdited(true);
    });
    connect(m_bootMenu, &QCheckBox::toggled, this, [this]() {
        if (!m_loading)
            setEdited(true);
    });
    for (QLineEdit *e : {m_kernel, m_initrd, m_cmdline})
        connect(e, &QLineEdit::textEdited, this, [this]() { setEdited(true); });
    connect(m_bar, &ApplyBar::applyRequested, this, &DomainBootPage::apply);
    connect(m_bar, &ApplyBar::revertRequested, this, [this]() {
        setEdited(false);
        reload();
    });
    connect(m_autostart, &QCheckBox::clicked, this, [this](bool on) {
        m_autostart->setEnabled(false);
        m_autostartPending = true;
        DomainControl::setAutostart(m_context->session(), m_context->uuid(), on, this,
                                    [this, on](Status status) {
                                        m_autostartPending = false;
                                        m_autostart->setEnabled(m_context->info().persistent);
                                        if (!status) {
                                            m_autostart->setChecked(!on);
                                            m_bar->showMessage(status.error().text(), true);
                                        }
                                    });
    });
    connect(m_context, &DomainContext::infoChanged, this, [this]() {
        if (!m_autostartPending) {
            m_autostart->setChecked(m_context->info().autostart);
            m_autostart->setEnabled(m_context->info().persistent);
        }
    });
    connect(m_context, &DomainContext::descriptionChanged, this, &DomainBootPage::reload);
    if (m_context->hasInfo()) {
        m_autostart->setChecked(m_context->info().autostart);
        m_autostart->setEnabled(m_context->info().persistent);
    }
    reload();
}

QGroupBox *DomainBootPage::orderBox()
{
    auto *order = new QGroupBox(tr("Boot device order"), this);
    auto *grid = new QGridLayout(order);
    grid->addWidget(m_devices, 0, 0);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    grid->addLayout(buttons, 0, 1);
    grid->addWidget(m_bootMenu, 1, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    return order;
}

QGroupBox *DomainBootPage::kernelBox()
{
    auto *kernel = new QGroupBox(tr("Direct kernel boot"), this);
    auto *form = new QFormLayout(kernel);
    auto addRow = [form, kernel](const QString &label, QWidget *field) {
        auto *caption = new QLabel(label, kernel);
        caption->setBuddy(field);
        form->addRow(caption, field);
    };
    addRow(tr("&Kernel path:"), m_kernel);
    addRow(tr("&Initrd path:"), m_initrd);
    addRow(tr("Kernel a&rguments:"), m_cmdline);
    return kernel;
}

void DomainBootPage::reload()
{
    if (m_edited)
        return; // never overwrite what the user is typing
    // The definition, not the running domain: that is what the next start boots from.
    DomainActions::fetchDomainXml(m_context->session(), m_context->uuid(), {.inactive = true}, this,
                                  [this](Result<QString> xml) {
                                      if (!xml) {
                                          m_bar->showMessage(xml.error().text(), true);
                                          return;
                                      }
                                      auto parsed = parseDomainXml(xml.value());
                                      if (!parsed) {
                                          m_bar->showMessage(parsed.error().text(), true);
                                          return;
                                      }
                                      // The firmware is the definition's, not an edit.
                                      m_firmware->setText(firmwareText(parsed.value()));
                                      if (m_edited)
                                          return;
                                      showOptions(parsed->boot);
                                      m_deviceOrderNote->setVisible(parsed->deviceBootOrder);
                                  });
}

void DomainBootPage::showOptions(const BootOptions &boot)
{
    m_loading = true;
    m_devices->clear();
    QStringList order = boot.bootDevices;
    const QStringList all{QStringLiteral("hd"), QStringLiteral("cdrom"), QStringLiteral("network"),
                          QStringLiteral("fd")};
    for (const QString &dev : all) {
        if (!order.contains(dev))
            order.append(dev);
    }
    for (const QString &dev : order) {
        auto *item = new QListWidgetItem(deviceName(dev), m_devices);
        item->setData(Qt::UserRole, dev);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(boot.bootDevices.contains(dev) ? Qt::Checked : Qt::Unchecked);
    }
    m_devices->setCurrentRow(0);
    m_bootMenu->setChecked(boot.bootMenu);
    m_kernel->setText(boot.kernel);
    m_initrd->setText(boot.initrd);
    m_cmdline->setText(boot.cmdline);
    m_loading = false;
}

BootOptions DomainBootPage::editedOptions() const
{
    BootOptions boot;
    for (int i = 0; i < m_devices->count(); ++i) {
        const QListWidgetItem *item = m_devices->item(i);
        if (item->checkState() == Qt::Checked)
            boot.bootDevices.append(item->data(Qt::UserRole).toString());
    }
    boot.bootMenu = m_bootMenu->isChecked();
    boot.kernel = m_kernel->text().trimmed();
    boot.initrd = m_initrd->text().trimmed();
    boot.cmdline = m_cmdline->text().trimmed();
    return boot;
}

void DomainBootPage::move(int delta)
{
    const int row = m_devices->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_devices->count())
        return;
    m_loading = true;
    QListWidgetItem *item = m_devices->takeItem(row);
    m_devices->insertItem(to, item);
    m_devices->setCurrentRow(to);
    m_loading = false;
    setEdited(true);
}

void DomainBootPage::apply()
{
    m_bar->setPending();
    DomainConfig::setBootOptions(
        m_context->session(), m_context->uuid(), editedOptions(), this, [this](Status status) {
            if (!status) {
                m_bar->failed(status.error().text());
                return;
            }
            setEdited(false);
            m_bar->succeeded(m_context->isActive()
                                 ? tr("Saved. The domain boots this way at its next start.")
                                 : QString());
            reload();
        });
}

void DomainBootPage::setEdited(bool edited)
{
    m_edited = edited;
    m_bar->setEdited(edited);
}

QPushButton *DomainBootPage::applyButton() const
{
    return m_bar->applyButton();
}

QLabel *DomainBootPage::statusLabel() const
{
    return m_bar->statusLabel();
}

} // namespace Vireo
