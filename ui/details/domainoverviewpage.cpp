#include "ui/details/domainoverviewpage.h"

#include "ui/details/domaincontext.h"

#include "core/common/memorysize.h"
#include "core/domain/domainconfig.h"
#include "core/domain/domaincontrol.h"
#include "widgets/applybar.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vireo {

DomainOverviewPage::DomainOverviewPage(DomainContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_name(new QLabel(this))
    , m_uuid(new QLabel(this))
    , m_state(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_bar(new ApplyBar(ApplyBar::Buttons::ApplyAndRevert, this))
    , m_os(new QLabel(this))
    , m_hypervisor(new QLabel(this))
    , m_machine(new QLabel(this))
    , m_firmware(new QLabel(this))
    , m_resources(new QLabel(this))
    , m_autostart(new QCheckBox(tr("Start when the &host starts"), this))
{
    for (QLabel *l :
         {m_name, m_uuid, m_state, m_os, m_hypervisor, m_machine, m_firmware, m_resources}) {
        l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        l->setWordWrap(true);
    }
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_bar->setAccessibleName(tr("Title and description"));

    auto *form = new QFormLayout;
    auto addRow = [form, this](const QString &label, QWidget *field, const QString &accessible) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(field);
        field->setAccessibleName(accessible);
        form->addRow(caption, field);
    };
    addRow(tr("Name:"), m_name, tr("Name"));
    addRow(tr("UUID:"), m_uuid, tr("UUID"));
    addRow(tr("State:"), m_state, tr("State"));
    addRow(tr("&Title:"), m_title, tr("Title"));
    addRow(tr("&Description:"), m_description, tr("Description"));
    form->addRow(QString(), m_bar);
    addRow(tr("Operating system:"), m_os, tr("Operating system"));
    addRow(tr("Hypervisor:"), m_hypervisor, tr("Hypervisor"));
    addRow(tr("Machine type:"), m_machine, tr("Machine type"));
    addRow(tr("Firmware:"), m_firmware, tr("Firmware"));
    addRow(tr("Resources:"), m_resources, tr("Resources"));
    addRow(tr("Autostart:"), m_autostart, tr("Autostart"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();

    setEdited(false);
    connect(m_title, &QLineEdit::textEdited, this, [this]() { setEdited(true); });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this]() {
        if (!m_loading)
            setEdited(true);
    });
    connect(m_title, &QLineEdit::returnPressed, this, [this]() {
        if (m_edited && !m_bar->isPending())
            applyText();
    });
    connect(m_bar, &ApplyBar::applyRequested, this, &DomainOverviewPage::applyText);
    connect(m_bar, &ApplyBar::revertRequested, this, [this]() {
        setEdited(false);
        onDescription();
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
    connect(m_context, &DomainContext::infoChanged, this, &DomainOverviewPage::onInfo);
    connect(m_context, &DomainContext::descriptionChanged, this,
            &DomainOverviewPage::onDescription);
    if (m_context->hasInfo())
        onInfo();
    if (m_context->hasDescription())
        onDescription();
}

QString DomainOverviewPage::fieldText(const QString &field) const
{
    for (QLabel *l :
         {m_name, m_uuid, m_state, m_os, m_hypervisor, m_machine, m_firmware, m_resources}) {
        if (l->accessibleName() == field)
            return l->text();
    }
    return {};
}

void DomainOverviewPage::onInfo()
{
    const DomainInfo &info = m_context->info();
    m_name->setText(info.name);
    m_uuid->setText(info.uuid);
    QString state = info.stateText();
    if (!info.persistent)
        state += tr(" (transient)");
    m_state->setText(state);
    if (!m_autostartPending) {
        m_autostart->setChecked(info.autostart);
        m_autostart->setEnabled(info.persistent);
    }
    m_resources->setText(tr("%1 of %2 vCPUs, %3 of %4 memory")
                             .arg(info.vcpus)
                             .arg(info.maxVcpus)
                             .arg(formatKiB(info.memoryKiB), formatKiB(info.maxMemoryKiB)));
}

void DomainOverviewPage::onDescription()
{
    const DomainDescription &d = m_context->description();
    if (!m_edited) {
        m_loading = true;
        m_title->setText(d.title);
        m_description->setPlainText(d.description);
        m_loading = false;
        setEdited(false);
    }
    QString os = d.osInfoId.isEmpty() ? tr("not recorded") : d.osInfoId;
    os += tr(" (%1, %2)").arg(d.osType, d.arch);
    m_os->setText(os);
    m_hypervisor->setText(d.hypervisor);
    m_machine->setText(d.machine.isEmpty() ? tr("default") : d.machine);
    QString firmware = d.firmware == u"efi" ? tr("UEFI") : tr("BIOS");
    if (!d.loader.isEmpty())
        firmware += QStringLiteral(" (%1)").arg(d.loader);
    m_firmware->setText(firmware);
}

void DomainOverviewPage::applyText()
{
    const QString title = m_title->text();
    const QString description = m_description->toPlainText();
    m_bar->setPending();
    DomainConfig::setTitleAndDescription(m_context->session(), m_context->uuid(), title,
                                         description, this, [this](Status status) {
                                             if (!status) {
                                                 m_bar->failed(status.error().text());
                                                 return;
                                             }
                                             setEdited(false);
                                             m_bar->succeeded();
                                             m_context->reloadXml();
                                         });
}

void DomainOverviewPage::setEdited(bool edited)
{
    m_edited = edited;
    m_bar->setEdited(edited);
}

QPushButton *DomainOverviewPage::applyButton() const
{
    return m_bar->applyButton();
}

QLabel *DomainOverviewPage::statusLabel() const
{
    return m_bar->statusLabel();
}

} // namespace Vireo
