// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Shared check: every input control a user can reach has a name for screen readers.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QWidget>

inline QStringList unnamedControls(QWidget *root)
{
    QSet<const QWidget *> buddied;
    for (QLabel *l : root->findChildren<QLabel *>())
        if (l->buddy())
            buddied.insert(l->buddy());
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool control =
            qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QAbstractSlider *>(w) || qobject_cast<QAbstractSpinBox *>(w) ||
            qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
            qobject_cast<QAbstractButton *>(w);
        if (!control || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QLineEdit *>(w) && (qobject_cast<QComboBox *>(w->parentWidget()) ||
                                             qobject_cast<QAbstractSpinBox *>(w->parentWidget())))
            continue; // an editable combo's or spin box's own line edit
        if (!w->accessibleName().isEmpty() || buddied.contains(w))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !b->text().isEmpty())
            continue;
        if (w->parentWidget() && QString::fromLatin1(w->parentWidget()->metaObject()->className())
                                     .startsWith(QLatin1String("QScrollBar")))
            continue;
        out.append(QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()),
                                                 w->objectName()));
    }
    return out;
}
