// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/devices/nicdevicepage.h"

#include "core/domain/devices.h"
#include "core/network/network.h"
#include "core/session/hostsession.h"
#include "ui/common/uitr.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>

namespace Vireo {

namespace {
QString S(const char *s)
{
    return QString::fromLatin1(s);
}
// The source combo's values: "network:<name>", "bridge", "user".
const QString kBridge = QStringLiteral("bridge");
const QString kUser = QStringLiteral("user");
} // namespace

NicDevicePage::NicDevicePage(HostSession *session, bool sessionHost, QWidget *parent)
    : DevicePage(parent)
    , m_session(session)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_source = addCombo(form, UiTr::tr("&Source:"), {});
    m_bridge = new QLineEdit(this);
    m_bridge->setAccessibleName(UiTr::tr("Bridge name"));
    m_bridge->setPlaceholderText(S("br0"));
    form->addRow(UiTr::tr("B&ridge:"), m_bridge);
    m_model = addCombo(form, UiTr::tr("&Model:"),
                       {{S("virtio"), UiTr::tr("virtio (fastest)")},
                        {S("e1000e"), UiTr::tr("Intel e1000e (Windows without drivers)")},
                        {S("e1000"), S("Intel e1000")},
                        {S("rtl8139"), S("Realtek RTL8139")}});
    m_mac = new QLineEdit(this);
    m_mac->setAccessibleName(UiTr::tr("MAC address"));
    m_mac->setInputMask(S("HH:HH:HH:HH:HH:HH;_"));
    m_generate = new QPushButton(UiTr::tr("&Generate"), this);
    m_generate->setAccessibleName(UiTr::tr("Generate a MAC address"));
    auto *macRow = new QHBoxLayout;
    macRow->addWidget(m_mac, 1);
    macRow->addWidget(m_generate);
    auto *macLabel = new QLabel(UiTr::tr("M&AC address:"), this);
    macLabel->setBuddy(m_mac);
    form->addRow(macLabel, macRow);
    m_macNote = new QLabel(UiTr::tr("Checking the addresses the host's domains use…"), this);
    m_macNote->setWordWrap(true);
    form->addRow(QString(), m_macNote);
    m_link = new QCheckBox(UiTr::tr("&Link up (the guest sees a cable plugged in)"), this);
    m_link->setAccessibleName(UiTr::tr("Link up"));
    m_link->setChecked(true);
    form->addRow(m_link);

    connect(m_bridge, &QLineEdit::textChanged, this, &DevicePage::changed);
    connect(m_mac, &QLineEdit::textChanged, this, &DevicePage::changed);
    connect(m_link, &QCheckBox::toggled, this, &DevicePage::changed);
    connect(m_generate, &QPushButton::clicked, this, &NicDevicePage::generate);
    connect(m_source, &QComboBox::currentIndexChanged, this,
            [this] { m_bridge->setEnabled(valueOf(m_source) == kBridge); });

    m_source->addItem(UiTr::tr("A bridge of the host"), kBridge);
    if (sessionHost)
        m_source->addItem(UiTr::tr("User networking (no host setup; outgoing only)"), kUser);
    m_bridge->setEnabled(valueOf(m_source) == kBridge);
    Networks::list(m_session, this, [this](Result<QList<VirtualNetworkInfo>> nets) {
        if (!nets)
            return; // a host without networks: bridge and user stay
        int at = 0;
        for (const VirtualNetworkInfo &n : *nets) {
            const QString text = n.active ? UiTr::tr("Virtual network '%1'").arg(n.name)
                                          : UiTr::tr("Virtual network '%1' (inactive)").arg(n.name);
            m_source->insertItem(at++, text, S("network:") + n.name);
        }
        const QString wanted = m_wantedNetwork.isEmpty() ? S("default") : m_wantedNetwork;
        if (m_wantedNetwork.isEmpty() || m_wantedNetwork != kBridge) {
            const int i = m_source->findData(S("network:") + wanted);
            m_source->setCurrentIndex(i >= 0 ? i : 0);
        }
    });
    Devices::fetchUsedMacs(m_session, this, [this](Result<QSet<QString>> macs) {
        m_macsKnown = macs.ok();
        if (macs)
            m_usedMacs = *macs;
        m_usedMacs.remove(m_ownMac);
        m_macNote->setText(
            macs ? UiTr::tr("Checked against the %n address(es) in use on this host.", nullptr,
                            int(m_usedMacs.size()))
                 : UiTr::tr("Could not list the addresses in use: %1").arg(macs.error().text()));
        if (m_ownMac.isEmpty())
            generate();
        Q_EMIT changed();
    });
}

void NicDevicePage::generate()
{
    m_mac->setText(generateMac(m_usedMacs, [] { return QRandomGenerator::global()->generate(); }));
}

DeviceSpec NicDevicePage::spec() const
{
    NicDeviceSpec n;
    const QString source = valueOf(m_source);
    if (source == kBridge) {
        n.source = NicDeviceSpec::Source::Bridge;
        n.sourceName = m_bridge->text().trimmed();
    } else if (source == kUser) {
        n.source = NicDeviceSpec::Source::User;
    } else {
        n.source = NicDeviceSpec::Source::Network;
        n.sourceName = source.mid(8);
    }
    n.model = valueOf(m_model);
    n.mac = m_mac->text() == S(":::::") ? QString() : m_mac->text().toLower();
    n.linkUp = m_link->isChecked();
    return n;
}

QString NicDevicePage::pageProblem() const
{
    const QString mac = std::get<NicDeviceSpec>(spec()).mac;
    if (mac.isEmpty())
        return m_macsKnown ? UiTr::tr("Enter a MAC address or generate one.")
                           : UiTr::tr("Checking the addresses the host's domains use…");
    return macProblem(mac, m_usedMacs);
}

void NicDevicePage::setSpec(const DeviceSpec &spec)
{
    const auto *n = std::get_if<NicDeviceSpec>(&spec);
    if (!n)
        return;
    m_ownMac = n->mac.toLower();
    m_usedMacs.remove(m_ownMac);
    m_mac->setText(n->mac);
    selectValue(m_model, n->model);
    m_link->setChecked(n->linkUp);
    switch (n->source) {
    case NicDeviceSpec::Source::Network:
        m_wantedNetwork = n->sourceName;
        selectValue(m_source, S("network:") + n->sourceName);
        break;
    case NicDeviceSpec::Source::Bridge:
        m_wantedNetwork = kBridge;
        selectValue(m_source, kBridge);
        m_bridge->setText(n->sourceName);
        break;
    case NicDeviceSpec::Source::User:
        m_wantedNetwork = kBridge; // keep the choice when the networks arrive
        selectValue(m_source, kUser);
        break;
    }
}

QString NicDevicePage::restartNote() const
{
    return UiTr::tr("The source and link change in the running guest now. The model and MAC "
                    "address are greyed: libvirt changes them only while the domain is shut off.");
}

void NicDevicePage::updateHeld()
{
    holdWhileRunning(m_model);
    holdWhileRunning(m_mac);
    holdWhileRunning(m_generate);
}

} // namespace Vireo
