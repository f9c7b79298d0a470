// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manager/pagebuttons.h"

#include "widgets/errorstyle.h"

#include <QLabel>
#include <QPushButton>

namespace Vireo {

QPushButton *PageButtons::add(QWidget *parent, const QString &objectName, const QString &text,
                              const QString &accessibleName)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessibleName);
    m_buttons.insert(objectName, b);
    return b;
}

QPushButton *PageButtons::button(const QString &objectName) const
{
    return m_buttons.value(objectName);
}

void PageButtons::set(const QString &objectName, bool on, const QString &why)
{
    QPushButton *b = button(objectName);
    if (!b)
        return;
    b->setEnabled(on);
    b->setToolTip(on || why.isEmpty() ? b->accessibleName() : why);
}

QLabel *PageButtons::addStatus(QWidget *parent, const QString &objectName,
                               const QString &accessibleName)
{
    m_status = new QLabel(parent);
    m_status->setObjectName(objectName);
    m_status->setAccessibleName(accessibleName);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return m_status;
}

void PageButtons::showMessage(const QString &text)
{
    if (!m_status)
        return;
    m_status->setText(text);
    ErrorStyle::setError(m_status, false);
}

void PageButtons::showError(const QString &text)
{
    if (!m_status)
        return;
    m_status->setText(text);
    ErrorStyle::setError(m_status, true);
}

} // namespace Vireo
