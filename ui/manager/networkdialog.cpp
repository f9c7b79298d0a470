// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manager/networkdialog.h"

#include "widgets/errorstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vireo {

namespace {

QString modeHelp(NetworkMode mode)
{
    switch (mode) {
    case NetworkMode::Nat:
        return NetworkDialog::tr("Guests reach outside through the host's address (NAT); "
                                 "outside cannot reach them.");
    case NetworkMode::Routed:
        return NetworkDialog::tr("Guests' traffic is routed to the outside without NAT; the "
                                 "outside network needs a route back to the subnet.");
    case NetworkMode::Isolated:
        return NetworkDialog::tr("Guests reach each other and the host only.");
    case NetworkMode::Open:
        return NetworkDialog::tr("Like routed, but libvirt adds no firewall rules at all.");
    case NetworkMode::Bridge:
        return NetworkDialog::tr("Guests join an existing bridge of the host, on the host's own "
                                 "network; libvirt gives no addresses.");
    case NetworkMode::Other:
        break;
    }
    return {};
}

} // namespace

NetworkDialog::NetworkDialog(const QStringList &taken,
                             const QList<QPair<QString, Ipv4Subnet>> &others, QWidget *parent)
    : QDialog(parent)
    , m_taken(taken)
    , m_others(others)
{
    setObjectName(QStringLiteral("NetworkDialog"));
    setWindowTitle(tr("Create Virtual Network"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("networkName"));
    m_name->setAccessibleName(tr("Network name"));
    form->addRow(tr("&Name:"), m_name);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("networkMode"));
    m_mode->setAccessibleName(tr("Network mode"));
    for (NetworkMode m : {NetworkMode::Nat, NetworkMode::Routed, NetworkMode::Isolated,
                          NetworkMode::Open, NetworkMode::Bridge})
        m_mode->addItem(NetworkXmlFormat::modeText(m), int(m));
    form->addRow(tr("&Mode:"), m_mode);
    m_modeHelp = new QLabel(this);
    m_modeHelp->setWordWrap(true);
    m_modeHelp->setAccessibleName(tr("What the mode does"));
    form->addRow(QString(), m_modeHelp);

    auto addRow = [&](const QString &label, QWidget *field, QList<QWidget *> &group) {
        form->addRow(label, field);
        group << field;
        if (QWidget *l = form->labelForField(field)) // none for a row without a label
            group << l;
    };
    m_subnet = new QLineEdit(freeSubnet(others), this);
    m_subnet->setObjectName(QStringLiteral("networkSubnet"));
    m_subnet->setAccessibleName(tr("IPv4 subnet"));
    m_subnet->setPlaceholderText(QStringLiteral("192.168.100.0/24"));
    m_subnet->setToolTip(tr("The network address and prefix length. The host takes the first "
                            "address; guests use it as their gateway and DNS server."));
    addRow(tr("IPv4 &subnet:"), m_subnet, m_ipRows);
    m_dhcp = new QCheckBox(tr("&Give guests addresses (DHCP)"), this);
    m_dhcp->setObjectName(QStringLiteral("networkDhcp"));
    m_dhcp->setAccessibleName(tr("Give guests addresses with DHCP"));
    m_dhcp->setChecked(true);
    addRow(QString(), m_dhcp, m_ipRows);
    m_start = new QLineEdit(this);
    m_start->setObjectName(QStringLiteral("dhcpStart"));
    m_start->setAccessibleName(tr("First DHCP address"));
    addRow(tr("DHCP &from:"), m_start, m_ipRows);
    m_end = new QLineEdit(this);
    m_end->setObjectName(QStringLiteral("dhcpEnd"));
    m_end->setAccessibleName(tr("Last DHCP address"));
    addRow(tr("DHCP &to:"), m_end, m_ipRows);
    m_device = new QLineEdit(this);
    m_device->setObjectName(QStringLiteral("forwardDevice"));
    m_device->setAccessibleName(tr("Forward device"));
    m_device->setPlaceholderText(tr("any host interface"));
    m_device->setToolTip(tr("The host interface (eth0, enp1s0…) the guests' traffic leaves by; "
                            "empty: whichever the host's routes choose."));
    addRow(tr("&Forward device:"), m_device, m_deviceRows);
    m_hostBridge = new QLineEdit(this);
    m_hostBridge->setObjectName(QStringLiteral("hostBridge"));
    m_hostBridge->setAccessibleName(tr("Host bridge"));
    m_hostBridge->setPlaceholderText(QStringLiteral("br0"));
    addRow(tr("Host &bridge:"), m_hostBridge, m_bridgeRows);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("networkProblem"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the new network"));
    ErrorStyle::setError(m_problem, true);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    createButton()->setText(tr("C&reate"));
    createButton()->setAccessibleName(tr("Create the network"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the new network"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &NetworkDialog::modeChanged);
    connect(m_subnet, &QLineEdit::textEdited, this, &NetworkDialog::subnetEdited);
    for (QLineEdit *e : {m_name, m_subnet, m_start, m_end, m_device, m_hostBridge})
        connect(e, &QLineEdit::textChanged, this, &NetworkDialog::revalidate);
    for (QLineEdit *e : {m_start, m_end})
        connect(e, &QLineEdit::textEdited, this, [this] { m_rangeEdited = true; });
    connect(m_dhcp, &QCheckBox::toggled, this, [this](bool on) {
        m_start->setEnabled(on);
        m_end->setEnabled(on);
        revalidate();
    });
    subnetEdited();
    modeChanged();
    m_name->setFocus();
    resize(520, sizeHint().height());
}

QPushButton *NetworkDialog::createButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString NetworkDialog::freeSubnet(const QList<QPair<QString, Ipv4Subnet>> &others)
{
    for (int third = 100; third < 255; ++third) {
        const Ipv4Subnet candidate{(192u << 24) | (168u << 16) | (quint32(third) << 8), 24};
        if (std::none_of(others.cbegin(), others.cend(),
                         [&](const auto &o) { return o.second.overlaps(candidate); }))
            return candidate.text();
    }
    return {};
}

NetworkSpec NetworkDialog::spec() const
{
    NetworkSpec s;
    s.name = m_name->text().trimmed();
    s.mode = NetworkMode(m_mode->currentData().toInt());
    s.subnet = m_subnet->text().trimmed();
    s.dhcp = m_dhcp->isChecked();
    s.dhcpStart = m_start->text().trimmed();
    s.dhcpEnd = m_end->text().trimmed();
    if (s.mode == NetworkMode::Nat || s.mode == NetworkMode::Routed)
        s.forwardDevice = m_device->text().trimmed();
    if (s.mode == NetworkMode::Bridge)
        s.hostBridge = m_hostBridge->text().trimmed();
    return s;
}

void NetworkDialog::modeChanged()
{
    const auto mode = NetworkMode(m_mode->currentData().toInt());
    m_modeHelp->setText(modeHelp(mode));
    for (QWidget *w : std::as_const(m_ipRows))
        w->setVisible(mode != NetworkMode::Bridge);
    for (QWidget *w : std::as_const(m_deviceRows))
        w->setVisible(mode == NetworkMode::Nat || mode == NetworkMode::Routed);
    for (QWidget *w : std::as_const(m_bridgeRows))
        w->setVisible(mode == NetworkMode::Bridge);
    revalidate();
}

void NetworkDialog::subnetEdited()
{
    // Until the user types a range of their own, it follows the subnet: .2 to the last host.
    if (m_rangeEdited)
        return;
    auto s = NetworkXmlFormat::parseSubnet(m_subnet->text());
    if (!s || s->prefix > 30)
        return;
    m_start->setText(NetworkXmlFormat::ipv4Text(s->network + 2));
    m_end->setText(NetworkXmlFormat::ipv4Text(s->broadcast() - 1));
}

void NetworkDialog::revalidate()
{
    const Status s = NetworkXmlFormat::check(spec(), m_taken, m_others);
    QString problem = s ? QString() : s.error().message;
    if (!problem.isEmpty())
        problem[0] = problem[0].toUpper();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    createButton()->setEnabled(problem.isEmpty());
}

} // namespace Vireo
