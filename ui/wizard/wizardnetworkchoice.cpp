// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/wizard/wizardnetworkchoice.h"

#include "core/create/hostcapabilities.h"
#include "core/network/network.h"
#include "core/session/hostsession.h"
#include "ui/common/messagelog.h"
#include "ui/wizard/newvmwizard.h"
#include "widgets/errorstyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vireo {

namespace {
QVariantList choiceData(NetworkKind kind, const QString &source)
{
    return QVariantList{int(kind), source};
}
} // namespace

WizardNetworkChoice::WizardNetworkChoice(NewVmWizard *wizard, QWidget *parent)
    : QWidget(parent)
    , m_wizard(wizard)
    , m_box(new QComboBox(this))
    , m_noticeRow(new QWidget(this))
    , m_notice(new QLabel(m_noticeRow))
    , m_start(new QPushButton(tr("Start &It"), m_noticeRow))
{
    m_box->setObjectName(QStringLiteral("network"));
    m_notice->setObjectName(QStringLiteral("networkNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Network notice"));
    m_start->setObjectName(QStringLiteral("startNetwork"));
    m_start->setAccessibleName(tr("Start the chosen virtual network"));
    m_start->setToolTip(
        tr("Starts the network now and marks it to start with the host from now on"));
    auto *row = new QHBoxLayout(m_noticeRow);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_notice, 1);
    row->addWidget(m_start, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    layout->addWidget(m_noticeRow);
    m_noticeRow->hide();

    connect(m_box, &QComboBox::activated, this, [this] { m_userChose = true; });
    connect(m_box, &QComboBox::currentIndexChanged, this, [this] {
        updateNotice();
        Q_EMIT changed();
    });
    connect(m_start, &QPushButton::clicked, this, &WizardNetworkChoice::startChosen);
    connect(wizard, &NewVmWizard::networksChanged, this, &WizardNetworkChoice::refill);
}

NetworkKind WizardNetworkChoice::kind() const
{
    const QVariantList d = m_box->currentData().toList();
    return d.isEmpty() ? NetworkKind::None : NetworkKind(d.at(0).toInt());
}

QString WizardNetworkChoice::source() const
{
    const QVariantList d = m_box->currentData().toList();
    return d.size() < 2 ? QString() : d.at(1).toString();
}

bool WizardNetworkChoice::chosenIsInactive() const
{
    if (kind() != NetworkKind::VirtualNetwork)
        return false;
    const HostCapabilities *caps = m_wizard->capabilities();
    if (!caps)
        return false;
    for (const HostNetworkChoice &n : caps->networks)
        if (n.name == source())
            return !n.active;
    return false;
}

void WizardNetworkChoice::refill()
{
    const QVariant keep = m_box->currentData();
    QSignalBlocker block(m_box);
    m_box->clear();
    const HostCapabilities *caps = m_wizard->capabilities();
    auto add = [this](const QString &text, NetworkKind kind, const QString &source) {
        m_box->addItem(text, choiceData(kind, source));
    };
    if (caps) {
        for (const HostNetworkChoice &n : caps->networks)
            add(n.active ? tr("Virtual network '%1'").arg(n.name)
                         : tr("Virtual network '%1' (not running)").arg(n.name),
                NetworkKind::VirtualNetwork, n.name);
        for (const QString &b : caps->bridges)
            add(tr("Host bridge %1").arg(b), NetworkKind::Bridge, b);
        if (caps->session || caps->networks.isEmpty())
            add(tr("User networking (no privileges needed; outgoing only)"), NetworkKind::User,
                QString());
    }
    add(tr("No network"), NetworkKind::None, QString());
    // What the user picked stays picked; otherwise the best one there is now.
    int i = m_userChose ? m_box->findData(keep) : -1;
    if (i < 0)
        i = preferredIndex();
    m_box->setCurrentIndex(qMax(0, i));
    block.unblock();
    updateNotice();
    Q_EMIT changed();
}

int WizardNetworkChoice::preferredIndex() const
{
    const HostCapabilities *caps = m_wizard->capabilities();
    if (!caps)
        return m_box->count() - 1;
    // A guest must be able to start on it: a running network first, 'default' above the rest.
    const HostNetworkChoice *activeOther = nullptr;
    const HostNetworkChoice *inactive = nullptr;
    for (const HostNetworkChoice &n : caps->networks) {
        if (n.active && n.name == QLatin1String("default"))
            return m_box->findData(choiceData(NetworkKind::VirtualNetwork, n.name));
        if (n.active && !activeOther)
            activeOther = &n;
        if (!n.active && (!inactive || n.name == QLatin1String("default")))
            inactive = &n;
    }
    if (activeOther)
        return m_box->findData(choiceData(NetworkKind::VirtualNetwork, activeOther->name));
    if (!caps->bridges.isEmpty())
        return m_box->findData(choiceData(NetworkKind::Bridge, caps->bridges.first()));
    if (const int user = m_box->findData(choiceData(NetworkKind::User, QString())); user >= 0)
        return user;
    // Only networks that do not run: the notice says so and offers to start one.
    if (inactive)
        return m_box->findData(choiceData(NetworkKind::VirtualNetwork, inactive->name));
    return m_box->count() - 1;
}

void WizardNetworkChoice::updateNotice()
{
    if (m_starting)
        return;
    const bool inactive = chosenIsInactive();
    m_noticeRow->setVisible(inactive);
    if (!inactive)
        return;
    bool anyRunning = false;
    if (const HostCapabilities *caps = m_wizard->capabilities())
        for (const HostNetworkChoice &n : caps->networks)
            anyRunning |= n.active;
    m_notice->setText(anyRunning ? tr("The virtual network '%1' is not running: the new machine "
                                      "cannot start on it until it is started.")
                                       .arg(source())
                                 : tr("No virtual network of this host is running: the new "
                                      "machine cannot start on '%1' until it is started.")
                                       .arg(source()));
    m_notice->setStyleSheet(ErrorStyle::warningStyleSheet());
    m_start->setEnabled(true);
}

void WizardNetworkChoice::startChosen()
{
    HostSession *session = m_wizard->session();
    const QString name = source();
    if (!session || name.isEmpty() || m_starting)
        return;
    m_starting = true;
    m_userChose = true; // the network to start is the one the user wants
    m_start->setEnabled(false);
    m_notice->setStyleSheet(QString());
    m_notice->setText(tr("Starting '%1'…").arg(name));
    const QString host = session->displayName();
    Networks::start(
        session, name, this, [this, session, name, host](Result<VirtualNetworkInfo> started) {
            m_starting = false;
            if (!started) {
                m_notice->setText(started.error().text());
                m_notice->setStyleSheet(ErrorStyle::textStyleSheet());
                m_start->setEnabled(true);
                MessageLog::instance()->error(started.error().text());
                return;
            }
            MessageLog::instance()->info(
                started->autostart
                    ? tr("Started the virtual network '%1' on %2; it starts with the host from now "
                         "on")
                          .arg(name, host)
                    : tr("Started the virtual network '%1' on %2").arg(name, host));
            // The list again, as the host has it now: the choice and its notice follow.
            Networks::list(session, this, [this](Result<QList<VirtualNetworkInfo>> all) {
                if (all)
                    m_wizard->setNetworks(all.value());
                else
                    updateNotice();
            });
        });
}

} // namespace Vireo
