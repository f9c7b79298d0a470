// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/domainbootfirmware.h"

#include "core/domain/devices.h"
#include "core/domain/domainactions.h"
#include "core/domain/domainxml.h"
#include "ui/details/domaincontext.h"
#include "widgets/errorstyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Vireo {

using DomainConfig::Firmware;

namespace {

QString firmwareName(Firmware f)
{
    switch (f) {
    case Firmware::Bios:
        return DomainBootFirmware::tr("BIOS");
    case Firmware::Uefi:
        return DomainBootFirmware::tr("UEFI");
    case Firmware::UefiSecureBoot:
        return DomainBootFirmware::tr("UEFI with Secure Boot");
    }
    return {};
}

} // namespace

DomainBootFirmware::DomainBootFirmware(DomainContext *context, QWidget *parent)
    : QGroupBox(tr("Change the firmware"), parent)
    , m_context(context)
    , m_choice(new QComboBox(this))
    , m_change(new QPushButton(tr("Change &firmware"), this))
    , m_note(new QLabel(this))
{
    for (Firmware f : {Firmware::Bios, Firmware::Uefi, Firmware::UefiSecureBoot})
        m_choice->addItem(firmwareName(f), int(f));
    m_choice->setAccessibleName(tr("Firmware to boot with"));
    m_change->setAccessibleName(tr("Change the firmware"));
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("About the firmware"));
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout;
    row->addWidget(m_choice, 1);
    row->addWidget(m_change);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_note);

    connect(m_choice, &QComboBox::currentIndexChanged, this, &DomainBootFirmware::updateState);
    connect(m_change, &QPushButton::clicked, this, &DomainBootFirmware::change);
    connect(m_context, &DomainContext::infoChanged, this, &DomainBootFirmware::updateState);
    connect(m_context, &DomainContext::descriptionChanged, this, &DomainBootFirmware::reload);
    reload();
}

void DomainBootFirmware::reload()
{
    // The definition's firmware: what the next start boots with.
    DomainActions::fetchDomainXml(
        m_context->session(), m_context->uuid(), {.inactive = true}, this,
        [this](Result<QString> xml) {
            Result<Firmware> f =
                xml ? DomainConfig::firmwareOf(*xml) : Result<Firmware>(xml.error());
            if (!f) {
                m_current.reset();
                m_message = f.error().text();
                m_messageIsError = true;
                updateState();
                return;
            }
            m_current = *f;
            if (Result<DomainDescription> d = parseDomainXml(*xml))
                m_machine = d->machine;
            const int i = m_choice->findData(int(*f));
            m_choice->setCurrentIndex(i);
            Devices::fetchDomainCapabilities(m_context->session(), m_context->uuid(), this,
                                             [this](Result<DomainCapabilities> caps) {
                                                 m_choices =
                                                     DomainConfig::firmwareChoices(caps, m_machine);
                                                 offer();
                                             });
            offer();
        });
}

void DomainBootFirmware::offer()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_choice->model());
    const QString why[] = {QString(), m_choices.uefiWhyNot, m_choices.secureBootWhyNot};
    for (int i = 0; i < m_choice->count(); ++i) {
        QStandardItem *item = model->item(i);
        // The definition's own firmware stays selectable, whatever the host offers.
        const bool current = m_current && int(*m_current) == i;
        item->setEnabled(why[i].isEmpty() || current);
        item->setToolTip(why[i]);
    }
    updateState();
}

bool DomainBootFirmware::choose(Firmware firmware)
{
    const int i = m_choice->findData(int(firmware));
    auto *model = qobject_cast<QStandardItemModel *>(m_choice->model());
    if (i < 0 || !model->item(i)->isEnabled())
        return false;
    m_choice->setCurrentIndex(i);
    return true;
}

void DomainBootFirmware::updateState()
{
    const bool running = m_context->isActive();
    const bool known = m_current.has_value();
    m_choice->setEnabled(known && !running && !m_busy);
    const auto chosen = Firmware(m_choice->currentData().toInt());
    m_change->setEnabled(known && !running && !m_busy && chosen != *m_current);
    const QString reason = running ? tr("The firmware can be changed only while the domain is shut "
                                        "off: it is running now.")
                                   : QString();
    m_choice->setToolTip(reason);
    m_change->setToolTip(reason);
    QStringList lines;
    if (!m_message.isEmpty())
        lines << m_message;
    if (running)
        lines << reason;
    else if (known) {
        if (!m_choices.unknownWhy.isEmpty())
            lines << m_choices.unknownWhy;
        for (const QString &why : {m_choices.uefiWhyNot, m_choices.secureBootWhyNot}) {
            if (!why.isEmpty() && !lines.contains(why))
                lines << why;
        }
    }
    m_note->setText(lines.join(QLatin1Char('\n')));
    ErrorStyle::setError(m_note, m_messageIsError);
}

void DomainBootFirmware::change()
{
    if (!m_change->isEnabled())
        return;
    const auto chosen = Firmware(m_choice->currentData().toInt());
    m_busy = true;
    m_message = tr("Changing the firmware to %1…").arg(firmwareName(chosen));
    m_messageIsError = false;
    updateState();
    DomainConfig::setFirmware(
        m_context->session(), m_context->uuid(), chosen, this, [this, chosen](Status s) {
            m_busy = false;
            m_messageIsError = !s;
            m_message = s ? tr("The domain now boots with %1.").arg(firmwareName(chosen))
                          : s.error().text();
            updateState();
            reload();
            if (s)
                Q_EMIT firmwareChanged();
        });
}

} // namespace Vireo
