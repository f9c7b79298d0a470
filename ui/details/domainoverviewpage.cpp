// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/domainoverviewpage.h"

#include "ui/details/domaincontext.h"

#include "core/common/memorysize.h"
#include "core/domain/domainconfig.h"
#include "core/domain/domaincontrol.h"
#include "core/session/hostsession.h"
#include "core/session/virtcheck.h"
#include "ui/common/hosteventlog.h"
#include "ui/common/messagelog.h"
#include "widgets/applybar.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
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
    , m_acceleration(new QLabel(tr("Checking the host…"), this))
    , m_useTcg(new QPushButton(tr("&Use Software Emulation Instead"), this))
    , m_firmware(new QLabel(this))
    , m_resources(new QLabel(this))
    , m_autostart(new QCheckBox(tr("Start when the &host starts"), this))
{
    m_addresses = new QLabel(tr("—"), this);
    m_addresses->setObjectName(QStringLiteral("ipAddresses"));
    for (QLabel *l : {m_name, m_uuid, m_state, m_addresses, m_os, m_hypervisor, m_machine,
                      m_acceleration, m_firmware, m_resources}) {
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
    addRow(tr("IP address:"), m_addresses, tr("IP address"));
    // Only this guest's addresses, on the tick, while the page lives (it says so on going).
    if (HostSession *s = m_context->session()) {
        s->setGuestAddressesWanted(this, true, m_context->uuid());
        connect(s, &HostSession::statsUpdated, this, [this](const QList<DomainStats> &stats) {
            for (const DomainStats &st : stats)
                if (st.uuid == m_context->uuid() && st.addressesRead)
                    m_addresses->setText(st.addresses.isEmpty()
                                             ? tr("none reported (no DHCP lease, no guest agent)")
                                             : st.addresses.join(QStringLiteral(", ")));
        });
    }
    addRow(tr("&Title:"), m_title, tr("Title"));
    addRow(tr("&Description:"), m_description, tr("Description"));
    form->addRow(QString(), m_bar);
    addRow(tr("Operating system:"), m_os, tr("Operating system"));
    addRow(tr("Hypervisor:"), m_hypervisor, tr("Hypervisor"));
    addRow(tr("Machine type:"), m_machine, tr("Machine type"));
    {
        auto *accel = new QWidget(this);
        auto *box = new QVBoxLayout(accel);
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(m_acceleration);
        auto *row = new QHBoxLayout;
        row->addWidget(m_useTcg);
        row->addStretch();
        box->addLayout(row);
        m_acceleration->setObjectName(QStringLiteral("acceleration"));
        m_useTcg->setObjectName(QStringLiteral("useSoftwareEmulation"));
        m_useTcg->setAccessibleName(tr("Use software emulation instead"));
        m_useTcg->setToolTip(tr("Changes the domain's type from kvm to qemu (software "
                                "emulation, slower) and starts it"));
        m_useTcg->hide();
        auto *caption = new QLabel(tr("Acceleration:"), this);
        caption->setBuddy(m_acceleration);
        m_acceleration->setAccessibleName(tr("Acceleration"));
        form->addRow(caption, accel);
    }
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
    connect(m_useTcg, &QPushButton::clicked, this, &DomainOverviewPage::switchToSoftwareEmulation);
    if (HostSession *session = m_context->session())
        fetchKvmDecision(session, this, [this](Result<KvmDecision> decision) {
            if (decision) {
                if (!m_kvm) // one a test gave meanwhile wins
                    setKvmDecision(decision.value());
            } else {
                m_acceleration->setText(tr("Unknown: %1").arg(decision.error().text()));
            }
        });
}

QString DomainOverviewPage::accelerationText(const KvmDecision &decision, const QString &domainType,
                                             bool *unusableKvm)
{
    if (unusableKvm)
        *unusableKvm = false;
    if (decision.verdict == KvmDecision::Verdict::NotApplicable)
        return domainType.isEmpty() ? decision.summary
                                    : tr("%1 (%2)").arg(domainType, decision.summary);
    if (domainType == u"kvm") {
        if (decision.usable())
            return tr("KVM (hardware virtualization)");
        if (unusableKvm)
            *unusableKvm = true;
        return tr("KVM, but starting it will fail here. %1").arg(decision.summary);
    }
    if (domainType == u"qemu") {
        if (decision.usable())
            return tr("Software emulation (QEMU TCG): slow; KVM is usable on this host, type kvm "
                      "would run at near native speed.");
        return tr("Software emulation (QEMU TCG): %1").arg(decision.summary);
    }
    return domainType;
}

void DomainOverviewPage::setKvmDecision(const KvmDecision &decision)
{
    m_kvm = decision;
    updateAcceleration();
}

void DomainOverviewPage::updateAcceleration()
{
    if (!m_kvm || !m_context->hasDescription())
        return;
    bool unusable = false;
    m_acceleration->setText(
        accelerationText(*m_kvm, m_context->description().hypervisor, &unusable));
    m_acceleration->setToolTip(m_kvm->fix);
    // A running kvm domain evidently starts; one that is shut off would not.
    const bool shutOff = m_context->hasInfo() && !isActive(m_context->info().state);
    m_useTcg->setVisible(unusable && shutOff && m_context->info().persistent);
}

void DomainOverviewPage::switchToSoftwareEmulation()
{
    HostSession *session = m_context->session();
    if (!session)
        return;
    const QString name = m_context->info().name;
    m_useTcg->setEnabled(false);
    m_bar->showMessage(tr("Switching to software emulation and starting…"), false);
    HostEventLog::expectChange(session, m_context->uuid());
    MessageLog::instance()->info(
        tr("Switching '%1' to software emulation and starting it…").arg(name));
    DomainConfig::startWithSoftwareEmulation(
        session, m_context->uuid(), this, [this, name](Status status) {
            m_useTcg->setEnabled(true);
            if (!status) {
                m_bar->showMessage(status.error().text(), true);
                MessageLog::instance()->error(status.error().text());
                return;
            }
            m_bar->showMessage(tr("Now runs with software emulation"), false);
            MessageLog::instance()->info(
                tr("'%1' now runs with software emulation (its type is qemu)").arg(name));
            m_context->reloadXml();
        });
}

QString DomainOverviewPage::fieldText(const QString &field) const
{
    for (QLabel *l : {m_name, m_uuid, m_state, m_os, m_hypervisor, m_machine, m_acceleration,
                      m_firmware, m_resources}) {
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
    if (info.state != DomainState::Running)
        m_addresses->setText(tr("—")); // read while it runs
    if (!m_autostartPending) {
        m_autostart->setChecked(info.autostart);
        m_autostart->setEnabled(info.persistent);
    }
    m_resources->setText(tr("%1 of %2 vCPUs, %3 of %4 memory")
                             .arg(info.vcpus)
                             .arg(info.maxVcpus)
                             .arg(formatKiB(info.memoryKiB), formatKiB(info.maxMemoryKiB)));
    updateAcceleration();
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
    updateAcceleration();
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
