// SPDX-License-Identifier: GPL-2.0-or-later
#include "widgets/applybar.h"

#include "widgets/errorstyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace Vireo {

ApplyBar::ApplyBar(Buttons buttons, QWidget *parent)
    : QWidget(parent)
    , m_buttons(buttons)
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_status(new QLabel(this))
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_revert->setVisible(buttons == Buttons::ApplyAndRevert);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_apply);
    row->addWidget(m_revert);
    row->addWidget(m_status, 1);
    row->addStretch(); // keeps the buttons their size while the status line is hidden
    connect(m_apply, &QPushButton::clicked, this, &ApplyBar::requestApply);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        setEdited(false);
        showMessage(QString(), false);
        Q_EMIT revertRequested();
    });
    setAccessibleName(tr("Changes"));
    scopeShortcut();
    showMessage(QString(), false);
    updateButtons();
}

ApplyBar::~ApplyBar()
{
    delete m_shortcut.data();
}

void ApplyBar::setApplyText(const QString &text)
{
    m_apply->setText(text);
}

void ApplyBar::setAccessibleName(const QString &name)
{
    QWidget::setAccessibleName(name);
    m_apply->setAccessibleName(tr("Apply: %1").arg(name));
    m_revert->setAccessibleName(tr("Revert: %1").arg(name));
    m_status->setAccessibleName(tr("%1 status").arg(name));
}

void ApplyBar::setEdited(bool edited)
{
    m_edited = edited;
    updateButtons();
}

void ApplyBar::setAvailable(bool available)
{
    m_available = available;
    updateButtons();
}

void ApplyBar::setPending(const QString &text)
{
    m_pending = true;
    showMessage(text.isEmpty() ? tr("Applying…") : text, false);
    updateButtons();
}

void ApplyBar::succeeded(const QString &message)
{
    m_pending = false;
    m_edited = false;
    showMessage(message, false);
    updateButtons();
    Q_EMIT applyFinished(true, message);
}

void ApplyBar::failed(const QString &message)
{
    m_pending = false;
    showMessage(message, true);
    updateButtons();
    Q_EMIT applyFinished(false, message);
}

void ApplyBar::showMessage(const QString &text, bool error)
{
    m_error = error && !text.isEmpty();
    m_status->setText(text);
    ErrorStyle::setError(m_status, m_error);
    m_status->setVisible(!text.isEmpty());
}

QString ApplyBar::statusText() const
{
    return m_status->text();
}

bool ApplyBar::event(QEvent *event)
{
    if (event->type() == QEvent::ParentChange)
        scopeShortcut();
    return QWidget::event(event);
}

void ApplyBar::requestApply()
{
    if (!m_apply->isEnabled())
        return; // the shortcut reaches here too
    Q_EMIT applyRequested();
}

void ApplyBar::updateButtons()
{
    const bool something = m_edited || m_buttons == Buttons::ApplyOnly;
    m_apply->setEnabled(m_available && !m_pending && something);
    m_revert->setEnabled(!m_pending && m_edited);
}

void ApplyBar::scopeShortcut()
{
    // Ctrl+Return applies from any field beside the bar: the parent is the page or group the
    // fields share with it.
    delete m_shortcut.data();
    QWidget *scope = parentWidget() ? parentWidget() : this;
    m_shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), scope);
    m_shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(m_shortcut, &QShortcut::activated, this, &ApplyBar::requestApply);
}

} // namespace Vireo
