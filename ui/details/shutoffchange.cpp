// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/shutoffchange.h"

#include "widgets/applybar.h"

#include <QLabel>

namespace Vireo {

ShutOffChange::ShutOffChange(const QString &applyText, const QString &accessibleName,
                             const QString &runningNote, QWidget *page)
    : QObject(page)
    , m_bar(new ApplyBar(ApplyBar::Buttons::ApplyOnly, page))
    , m_note(new QLabel(runningNote, page))
{
    m_bar->setApplyText(applyText);
    m_bar->setAccessibleName(accessibleName);
    m_note->setWordWrap(true);
    m_note->hide();
    connect(m_bar, &ApplyBar::applyRequested, this, &ShutOffChange::applyRequested);
}

void ShutOffChange::follow(bool active)
{
    m_bar->setAvailable(!active);
    m_note->setVisible(active);
}

void ShutOffChange::run(const Call &call, std::function<void()> after)
{
    m_bar->setPending();
    call(this, [this, after = std::move(after)](Status status) {
        if (status)
            m_bar->succeeded();
        else
            m_bar->failed(status.error().text());
        if (after)
            after();
    });
}

} // namespace Vireo
