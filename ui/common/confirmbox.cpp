// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/confirmbox.h"

#include <QMessageBox>
#include <QPushButton>

namespace Vireo {

void askBeforeDestroying(QWidget *parent, const QString &objectName, const QString &title,
                         const QString &text, const QString &confirmText, std::function<void()> yes)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *ok = box->addButton(confirmText, QMessageBox::DestructiveRole);
    ok->setAccessibleName(confirmText);
    box->setDefaultButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, box, [box, ok, yes = std::move(yes)] {
        if (box->clickedButton() == ok)
            yes();
    });
    box->open();
}

} // namespace Vireo
