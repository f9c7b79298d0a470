// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/devices/devicepage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>

namespace Vireo {

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
