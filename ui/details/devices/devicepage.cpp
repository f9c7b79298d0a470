// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/devices/devicepage.h"

#include "ui/common/uitr.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace Vireo {

void DevicePage::setRunning(bool running)
{
    if (std::exchange(m_running, running) == running)
        return;
    updateHeld();
    Q_EMIT changed();
}

void DevicePage::holdWhileRunning(QWidget *w, bool enabled)
{
    w->setEnabled(enabled && !m_running);
    w->setToolTip(m_running ? UiTr::tr("libvirt cannot change this in a running guest: shut the "
                                       "domain off to change it.")
                            : QString());
}

QComboBox *DevicePage::addCombo(QFormLayout *form, const QString &label,
                                const QList<QPair<QString, QString>> &items)
{
    auto *combo = new QComboBox(this);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (const auto &[value, text] : items)
        combo->addItem(text, value);
    combo->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    form->addRow(label, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &DevicePage::changed);
    return combo;
}

void DevicePage::selectValue(QComboBox *combo, const QString &value)
{
    int i = combo->findData(value);
    if (i < 0) {
        combo->addItem(value, value);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(i);
}

QString DevicePage::valueOf(const QComboBox *combo)
{
    return combo->currentData().toString();
}

} // namespace Vireo
