#include "ui/wizard/wizardpageparts.h"

#include <QLabel>

namespace Vireo::WizardParts {

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    l->setAccessibleName(QObject::tr("Problem"));
    return l;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return l;
}

void setProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

QString gib(quint64 bytes)
{
    return QObject::tr("%1 GiB").arg(double(bytes) / double(GiB), 0, 'f', 1);
}

} // namespace Vireo::WizardParts
