// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manager/networkspage.h"

#include "core/session/hostsession.h"
#include "ui/common/confirmbox.h"
#include "ui/manager/networkdialog.h"
#include "widgets/errorstyle.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vireo {

namespace {

constexpr int NameRole = Qt::UserRole + 10;

QString dhcpText(const NetworkXml &x)
{
    if (!x.hasIpv4)
        return {};
    if (x.dhcpStart.isEmpty())
        return NetworksPage::tr("off");
    return NetworksPage::tr("%1 – %2").arg(x.dhcpStart, x.dhcpEnd);
}

} // namespace

NetworksPage::NetworksPage(HostSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_directory(new NetworkDirectory(session, this))
{
    setObjectName(QStringLiteral("NetworksPage"));
    auto *layout = new QVBoxLayout(this);

    auto *netBox = new QGroupBox(tr("Virtual networks"), this);
    auto *nv = new QVBoxLayout(netBox);
    m_networks = new QTreeWidget(netBox);
    m_networks->setObjectName(QStringLiteral("networkList"));
    m_networks->setAccessibleName(tr("Virtual networks"));
    m_networks->setRootIsDecorated(false);
    m_networks->setHeaderLabels({tr("Network"), tr("Mode"), tr("State"), tr("Autostart"),
                                 tr("Bridge"), tr("IPv4 subnet"), tr("DHCP range"), tr("Domains")});
    m_networks->header()->setStretchLastSection(true);
    nv->addWidget(m_networks, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_buttons.add(this, QStringLiteral("startNetwork"), tr("S&tart"),
                                     tr("Start the virtual network")));
    buttons->addWidget(m_buttons.add(this, QStringLiteral("stopNetwork"), tr("Sto&p…"),
                                     tr("Stop the virtual network")));
    m_autostart = new QCheckBox(tr("Start with the &host"), netBox);
    m_autostart->setObjectName(QStringLiteral("networkAutostart"));
    m_autostart->setAccessibleName(tr("Start the network with the host"));
    buttons->addWidget(m_autostart);
    buttons->addWidget(m_buttons.add(this, QStringLiteral("refreshNetworks"), tr("Re&fresh"),
                                     tr("Read the networks and leases again")));
    buttons->addStretch(1);
    buttons->addWidget(m_buttons.add(this, QStringLiteral("newNetwork"), tr("&New network…"),
                                     tr("Create a virtual network")));
    buttons->addWidget(m_buttons.add(this, QStringLiteral("deleteNetwork"), tr("&Delete…"),
                                     tr("Delete the virtual network")));
    nv->addLayout(buttons);
    m_attached = new QLabel(netBox);
    m_attached->setObjectName(QStringLiteral("attachedDomains"));
    m_attached->setAccessibleName(tr("Domains attached to the network"));
    m_attached->setWordWrap(true);
    m_attached->setTextInteractionFlags(Qt::TextSelectableByMouse);
    nv->addWidget(m_attached);
    layout->addWidget(netBox, 3);

    auto *leaseBox = new QGroupBox(tr("DHCP leases"), this);
    auto *lv = new QVBoxLayout(leaseBox);
    m_leases = new QTreeWidget(leaseBox);
    m_leases->setObjectName(QStringLiteral("leaseList"));
    m_leases->setAccessibleName(tr("DHCP leases of the selected network"));
    m_leases->setRootIsDecorated(false);
    m_leases->setHeaderLabels(
        {tr("MAC address"), tr("IP address"), tr("Host name"), tr("Expires")});
    m_leases->header()->setStretchLastSection(true);
    lv->addWidget(m_leases, 1);
    m_leaseStatus = new QLabel(leaseBox);
    m_leaseStatus->setObjectName(QStringLiteral("leaseStatus"));
    m_leaseStatus->setAccessibleName(tr("DHCP leases status"));
    m_leaseStatus->setWordWrap(true);
    lv->addWidget(m_leaseStatus);
    layout->addWidget(leaseBox, 2);

    layout->addWidget(
        m_buttons.addStatus(this, QStringLiteral("networkStatus"), tr("Networks status")));

    connect(m_networks, &QTreeWidget::currentItemChanged, this, [this] {
        updateActions();
        loadLeases();
    });
    connect(button(QStringLiteral("startNetwork")), &QPushButton::clicked, this,
            &NetworksPage::startNetwork);
    connect(button(QStringLiteral("stopNetwork")), &QPushButton::clicked, this,
            &NetworksPage::stopNetwork);
    connect(button(QStringLiteral("refreshNetworks")), &QPushButton::clicked, this,
            &NetworksPage::reload);
    connect(button(QStringLiteral("newNetwork")), &QPushButton::clicked, this,
            &NetworksPage::newNetwork);
    connect(button(QStringLiteral("deleteNetwork")), &QPushButton::clicked, this,
            &NetworksPage::deleteNetwork);
    connect(m_autostart, &QCheckBox::clicked, this, [this](bool on) {
        if (const VirtualNetworkInfo *n = currentNetwork(); n && m_session)
            Networks::setAutostart(m_session, n->name, on, this,
                                   [this](Status s) { actionDone(s); });
    });
    if (session)
        connect(session, &HostSession::stateChanged, this, [this](HostState s) {
            if (s == HostState::Connected)
                reload();
            else
                updateActions();
        });
    updateActions();
    reload();
}

void NetworksPage::reload()
{
    if (!m_session || m_session->state() != HostState::Connected) {
        showMessage(tr("Connect to the host to see its networks."));
        updateActions();
        return;
    }
    const int generation = ++m_generation;
    m_directory->list(this, [this, generation](Result<QList<VirtualNetworkInfo>> r) {
        if (generation != m_generation)
            return;
        if (!r) {
            showError(r.error().text());
            Q_EMIT loaded();
            return;
        }
        showNetworks(r.value());
    });
}

void NetworksPage::showNetworks(const QList<VirtualNetworkInfo> &networks)
{
    const VirtualNetworkInfo *before = currentNetwork();
    const QString keep = !m_want.isEmpty() ? m_want : before ? before->name : QString();
    m_want.clear();
    m_info = networks;
    {
        const QSignalBlocker block(m_networks);
        m_networks->clear();
        QTreeWidgetItem *select = nullptr;
        for (const VirtualNetworkInfo &n : std::as_const(m_info)) {
            auto *item = new QTreeWidgetItem(m_networks);
            item->setText(NameColumn, n.name);
            item->setData(NameColumn, NameRole, n.name);
            QString mode = NetworkXmlFormat::modeText(n.xml.mode);
            if (!n.xml.forwardDevice.isEmpty())
                mode = tr("%1 via %2").arg(mode, n.xml.forwardDevice);
            else if (n.xml.mode == NetworkMode::Other)
                mode = n.xml.forwardMode;
            item->setText(ModeColumn, mode);
            item->setText(StateColumn, n.active ? tr("Active") : tr("Stopped"));
            item->setText(AutostartColumn, n.autostart ? tr("Yes") : tr("No"));
            item->setText(BridgeColumn, n.bridge.isEmpty() ? n.xml.bridge : n.bridge);
            item->setText(SubnetColumn, n.xml.hasIpv4 ? n.xml.subnet.text() : QString());
            item->setToolTip(SubnetColumn,
                             n.xml.hasIpv4 ? tr("The host is %1 on this network").arg(n.xml.gateway)
                                           : QString());
            item->setText(DhcpColumn, dhcpText(n.xml));
            item->setText(
                DomainsColumn,
                n.attached.isEmpty()
                    ? tr("none")
                    : tr("%1 (%2 active)").arg(n.attached.size()).arg(n.attachedRunning.size()));
            item->setToolTip(DomainsColumn, n.attached.join(QStringLiteral(", ")));
            if (n.name == keep || !select)
                select = item;
        }
        m_networks->setCurrentItem(select);
    }
    for (int c = 0; c < m_networks->columnCount(); ++c)
        m_networks->resizeColumnToContents(c);
    if (m_info.isEmpty())
        showMessage(tr("This host has no virtual networks."));
    updateActions();
    loadLeases();
}

void NetworksPage::loadLeases()
{
    m_leases->clear();
    const VirtualNetworkInfo *n = currentNetwork();
    if (!n || !m_session) {
        m_leaseStatus->clear();
        Q_EMIT loaded();
        return;
    }
    if (!n->active || n->xml.dhcpStart.isEmpty()) {
        m_leaseStatus->setText(!n->active
                                   ? tr("Start network '%1' to see its leases.").arg(n->name)
                                   : tr("Network '%1' gives no addresses (no DHCP).").arg(n->name));
        Q_EMIT loaded();
        return;
    }
    const int generation = m_generation;
    const QString name = n->name;
    m_leaseStatus->setText(tr("Reading the leases…"));
    Networks::leases(m_session, name, this, [this, generation, name](Result<QList<DhcpLease>> r) {
        const VirtualNetworkInfo *now = currentNetwork();
        if (generation != m_generation || !now || now->name != name)
            return;
        showLeases(r);
        Q_EMIT loaded();
    });
}

void NetworksPage::showLeases(const Result<QList<DhcpLease>> &leases)
{
    m_leases->clear();
    if (!leases) {
        m_leaseStatus->setText(Networks::isUnsupported(leases.error())
                                   ? tr("This host's network driver does not report DHCP leases.")
                                   : leases.error().text());
        return;
    }
    const QLocale locale;
    for (const DhcpLease &l : leases.value()) {
        auto *item = new QTreeWidgetItem(m_leases);
        item->setText(LeaseMac, l.mac);
        item->setText(LeaseIp, l.ip);
        item->setText(LeaseHost, l.hostname.isEmpty() ? tr("—") : l.hostname);
        item->setText(LeaseExpiry, l.expiry.isValid() ? locale.toString(l.expiry.toLocalTime(),
                                                                        QLocale::ShortFormat)
                                                      : tr("never"));
    }
    for (int c = 0; c < m_leases->columnCount(); ++c)
        m_leases->resizeColumnToContents(c);
    m_leaseStatus->setText(leases->isEmpty() ? tr("No guest holds a lease now.")
                                             : tr("%n lease(s).", nullptr, int(leases->size())));
}

void NetworksPage::updateActions()
{
    const VirtualNetworkInfo *n = currentNetwork();
    const bool connected = m_session && m_session->state() == HostState::Connected;
    button(QStringLiteral("startNetwork"))->setEnabled(connected && n && !n->active);
    button(QStringLiteral("stopNetwork"))->setEnabled(connected && n && n->active);
    button(QStringLiteral("deleteNetwork"))->setEnabled(connected && n);
    button(QStringLiteral("newNetwork"))->setEnabled(connected);
    button(QStringLiteral("refreshNetworks"))->setEnabled(connected);
    m_autostart->setEnabled(connected && n && n->persistent);
    {
        const QSignalBlocker block(m_autostart);
        m_autostart->setChecked(n && n->autostart);
    }
    if (!n) {
        m_attached->clear();
        return;
    }
    QStringList names;
    for (const QString &d : n->attached)
        names << (n->attachedRunning.contains(d) ? tr("%1 (active)").arg(d) : d);
    m_attached->setText(names.isEmpty() ? tr("No domain has a network card on '%1'.").arg(n->name)
                                        : tr("Attached: %1").arg(names.join(QStringLiteral(", "))));
}

const VirtualNetworkInfo *NetworksPage::currentNetwork() const
{
    const QTreeWidgetItem *item = m_networks->currentItem();
    if (!item)
        return nullptr;
    const QString name = item->data(NameColumn, NameRole).toString();
    for (const VirtualNetworkInfo &n : m_info)
        if (n.name == name)
            return &n;
    return nullptr;
}

void NetworksPage::selectNetwork(const QString &name)
{
    for (int i = 0; i < m_networks->topLevelItemCount(); ++i)
        if (m_networks->topLevelItem(i)->data(NameColumn, NameRole).toString() == name)
            m_networks->setCurrentItem(m_networks->topLevelItem(i));
}

void NetworksPage::actionDone(const Status &result, const QString &success)
{
    if (result)
        showMessage(success);
    else
        showError(result.error().text());
    reload();
}

void NetworksPage::confirm(const QString &title, const QString &text, const QString &confirmText,
                           std::function<void()> yes)
{
    askBeforeDestroying(this, QStringLiteral("networkConfirmation"), title, text, confirmText,
                        std::move(yes));
}

void NetworksPage::startNetwork()
{
    const VirtualNetworkInfo *n = currentNetwork();
    if (!n || !m_session)
        return;
    const QString name = n->name;
    // Networks::start also sets autostart (what the wizard wants); the page keeps the user's.
    const bool autostart = n->autostart;
    Networks::start(m_session, name, this, [this, name, autostart](Result<VirtualNetworkInfo> r) {
        if (!r) {
            actionDone(r.error());
            return;
        }
        if (autostart || !r->persistent) {
            actionDone(Done{}, tr("Network '%1' started.").arg(name));
            return;
        }
        Networks::setAutostart(m_session, name, false, this, [this, name](Status s) {
            actionDone(s, tr("Network '%1' started.").arg(name));
        });
    });
}

void NetworksPage::stopNetwork()
{
    const VirtualNetworkInfo *n = currentNetwork();
    if (!n || !m_session)
        return;
    const QString name = n->name;
    auto stop = [this, name](bool evenIfUsed) {
        Networks::stop(m_session, name, evenIfUsed, this, [this, name](Status s) {
            if (!s && Networks::isInUse(s.error())) {
                // A guest started since the list was read: ask now.
                confirm(tr("Stop Network"),
                        tr("%1\n\nStop network '%2' anyway?").arg(s.error().message, name),
                        tr("&Stop network"), [this, name] {
                            Networks::stop(m_session, name, true, this, [this, name](Status s2) {
                                actionDone(s2, tr("Network '%1' stopped.").arg(name));
                            });
                        });
                return;
            }
            actionDone(s, tr("Network '%1' stopped.").arg(name));
        });
    };
    if (n->attachedRunning.isEmpty()) {
        stop(false);
        return;
    }
    confirm(tr("Stop Network"),
            tr("Active domains (running or paused) use network '%1': %2.\n\nTheir network cards "
               "lose the network until it starts again. Stop it?")
                .arg(name, n->attachedRunning.join(QStringLiteral(", "))),
            tr("&Stop network"), [stop] { stop(true); });
}

void NetworksPage::newNetwork()
{
    if (!m_session)
        return;
    QStringList taken;
    QList<QPair<QString, Ipv4Subnet>> others;
    for (const VirtualNetworkInfo &n : std::as_const(m_info)) {
        taken << n.name;
        if (n.xml.hasIpv4)
            others.append({n.name, n.xml.subnet});
    }
    auto *dialog = new NetworkDialog(taken, others, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const NetworkSpec spec = dialog->spec();
        showMessage(tr("Creating network '%1'…").arg(spec.name));
        Networks::create(m_session, spec, this, [this, spec](Result<VirtualNetworkInfo> r) {
            if (r)
                m_want = r->name;
            actionDone(r ? Status(Done{}) : Status(r.error()),
                       tr("Network '%1' created and started.").arg(spec.name));
        });
    });
    dialog->open();
}

void NetworksPage::deleteNetwork()
{
    const VirtualNetworkInfo *n = currentNetwork();
    if (!n || !m_session)
        return;
    const QString name = n->name;
    QString text = tr("Delete virtual network '%1'? Its definition is removed; this cannot be "
                      "undone.")
                       .arg(name);
    if (!n->attached.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("These domains have network cards on it and will not start until they are "
                   "moved to another network: %1.")
                    .arg(n->attached.join(QStringLiteral(", ")));
    confirm(tr("Delete Network"), text, tr("&Delete network"), [this, name] {
        Networks::remove(m_session, name, this, [this, name](Status s) {
            actionDone(s, tr("Network '%1' deleted.").arg(name));
        });
    });
}

} // namespace Vireo
