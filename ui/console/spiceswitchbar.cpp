// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/console/spiceswitchbar.h"

#include "core/console/graphics.h"
#include "core/domain/devices.h"
#include "core/session/hostsession.h"
#include "widgets/errorstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Vireo {

SpiceSwitchBar::SpiceSwitchBar(HostSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_label(new QLabel(this))
    , m_switch(new QPushButton(tr("S&witch this VM to VNC"), this))
{
    m_label->setWordWrap(true);
    m_label->setAccessibleName(tr("SPICE display"));
    m_switch->setAccessibleName(tr("Switch this VM's display to VNC"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_switch);
    connect(m_switch, &QPushButton::clicked, this, &SpiceSwitchBar::switchToVnc);
    hide();
}

void SpiceSwitchBar::follow(const GraphicsInfo &info)
{
    const bool spiceOnly = info.hasSpice && !info.hasVnc();
    if (info.domainUuid != m_uuid)
        m_done = false;
    m_uuid = info.domainUuid;
    setVisible(spiceOnly);
    if (!spiceOnly || m_done)
        return;
    m_switch->setVisible(true);
    ErrorStyle::setError(m_label, false);
    m_label->setText(tr("%1 has a SPICE display, which this console cannot show. Switched to "
                        "VNC, it keeps its listen address and password; the change takes effect "
                        "the next time it starts.")
                         .arg(info.domainName));
}

void SpiceSwitchBar::switchToVnc()
{
    if (!m_session || m_uuid.isEmpty())
        return;
    m_switch->setEnabled(false);
    Devices::switchToVnc(m_session, m_uuid, this, [this](Status s) {
        m_switch->setEnabled(true);
        if (!s) {
            ErrorStyle::setError(m_label, true);
            m_label->setText(tr("Could not switch to VNC: %1").arg(s.error().text()));
            Q_EMIT switched(false, s.error().text());
            return;
        }
        m_done = true;
        m_switch->setVisible(false);
        ErrorStyle::setError(m_label, false);
        m_label->setText(tr("Switched to VNC: the console shows the VM after its next start (shut "
                            "it down and start it again)."));
        Q_EMIT switched(true, m_label->text());
    });
}

} // namespace Vireo
