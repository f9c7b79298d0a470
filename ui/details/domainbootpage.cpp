#include "ui/details/domainbootpage.h"

#include "ui/details/domaincontext.h"

#include "core/domain/domainactions.h"
#include "core/domain/domainconfig.h"
#include "core/domain/domaincontrol.h"
#include "core/session/hostsession.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
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
        return QCoreApplication::translate("Vireo::DomainBootPage", "Hard disk");
    if (dev == u"cdrom")
        return QCoreApplication::translate("Vireo::DomainBootPage", "CD-ROM");
    if (dev == u"network")
        return QCoreApplication::translate("Vireo::DomainBootPage", "Network (PXE)");
    if (dev == u"fd")
        return QCoreApplication::translate("Vireo::DomainBootPage", "Floppy");
    return dev;
}

DomainBootPage::DomainBootPage(DomainContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_autostart(new QCheckBox(tr("Start when the &host starts"), this))
    , m_devices(new QListWidget(this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
    , m_kernel(new QLineEdit(this))
    , m_initrd(new QLineEdit(this))
    , m_cmdline(new QLineEdit(this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_status(new QLabel(this))
    , m_deviceOrderNote(new QLabel(this))
{
    m_autostart->setAccessibleName(tr("Autostart"));
    m_devices->setAccessibleName(tr("Boot device order"));
    m_devices->setMaximumHeight(fontMetrics().lineSpacing() * 7);
    m_kernel->setAccessibleName(tr("Kernel path"));
    m_initrd->setAccessibleName(tr("Initrd path"));
    m_cmdline->setAccessibleName(tr("Kernel arguments"));
    m_kernel->setPlaceholderText(tr("e.g. /var/lib/libvirt/boot/vmlinuz"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Boot options status"));
    m_deviceOrderNote->setWordWrap(true);
    m_deviceOrderNote->setText(tr("Some devices carry their own boot order; see the Devices and "
                                  "XML pages. The list here is then ignored by libvirt."));

    auto *order = new QGroupBox(tr("Boot device order"), this);
    auto *orderLayout = new QHBoxLayout(order);
    orderLayout->addWidget(m_devices, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch();
    orderLayout->addLayout(buttons);

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

    auto *box = new QDialogButtonBox(this);
    box->addButton(m_apply, QDialogButtonBox::ApplyRole);
    box->addButton(m_revert, QDialogButtonBox::ResetRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_autostart);
    layout->addWidget(order);
    layout->addWidget(m_deviceOrderNote);
    layout->addWidget(kernel);
    layout->addWidget(box);
    layout->addWidget(m_status);
    layout->addStretch();

    showOptions({});
    setEdited(false);
    showStatus(QString(), false);
    m_deviceOrderNote->hide();

    connect(m_up, &QPushButton::clicked, this, [this]() { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this]() { move(1); });
    connect(m_devices, &QListWidget::itemChanged, this, [this]() {
        if (!m_loading)
            setEdited(true);
    });
    for (QLineEdit *e : {m_kernel, m_initrd, m_cmdline})
        connect(e, &QLineEdit::textEdited, this, [this]() { setEdited(true); });
    connect(m_apply, &QPushButton::clicked, this, &DomainBootPage::apply);
    connect(m_revert, &QPushButton::clicked, this, [this]() {
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
                                            showStatus(status.error().text(), true);
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

void DomainBootPage::reload()
{
    if (m_edited)
        return; // never overwrite what the user is typing
    // The definition, not the running domain: that is what the next start boots from.
    DomainActions::fetchDomainXml(m_context->session(), m_context->uuid(), {.inactive = true}, this,
                                  [this](Result<QString> xml) {
                                      if (!xml) {
                                          showStatus(xml.error().text(), true);
                                          return;
                                      }
                                      auto parsed = parseDomainXml(xml.value());
                                      if (!parsed) {
                                          showStatus(parsed.error().text(), true);
                                          return;
                                      }
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
    m_apply->setEnabled(false);
    showStatus(tr("Applying…"), false);
    DomainConfig::setBootOptions(
        m_context->session(), m_context->uuid(), editedOptions(), this, [this](Status status) {
            if (!status) {
                m_apply->setEnabled(true);
                showStatus(status.error().text(), true);
                return;
            }
            setEdited(false);
            showStatus(m_context->isActive() ? tr("Saved. The domain boots this way at "
                                                  "its next start.")
                                             : QString(),
                       false);
            reload();
        });
}

void DomainBootPage::setEdited(bool edited)
{
    m_edited = edited;
    m_apply->setEnabled(edited);
    m_revert->setEnabled(edited);
}

void DomainBootPage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setVisible(!text.isEmpty());
}

} // namespace Vireo
