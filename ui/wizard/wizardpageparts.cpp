// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/wizard/wizardpageparts.h"

#include "core/create/vmspecvalidator.h"
#include "widgets/errorstyle.h"

#include <QLabel>
#include <QRegularExpression>

namespace Vireo::WizardParts {

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setBuddy(buddy);
    if (buddy->accessibleName().isEmpty()) {
        QString name = text;
        name.remove(QRegularExpression(QStringLiteral("&(?!&)")))
            .replace(QLatin1String("&&"), QLatin1String("&"));
        if (name.endsWith(QLatin1Char(':')))
            name.chop(1);
        buddy->setAccessibleName(name);
    }
    return l;
}

namespace {
QString errorStyle()
{
    return ErrorStyle::textStyleSheet() + QStringLiteral(" font-weight: bold;");
}
QString waitStyle()
{
    return QStringLiteral("color: palette(mid); font-style: italic;");
}
} // namespace

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("errorLabel"));
    l->setWordWrap(true);
    l->setStyleSheet(errorStyle());
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

void showCheck(QLabel *errorLabel, const StepCheck &check)
{
    errorLabel->setStyleSheet(check.waiting ? waitStyle() : errorStyle());
    setProblem(errorLabel, check.problem);
}

} // namespace Vireo::WizardParts
