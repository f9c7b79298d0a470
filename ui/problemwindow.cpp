// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/problemwindow.h"

#include "widgets/errorstyle.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Vireo {

ProblemWindow::ProblemWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_icon(new QLabel(this))
    , m_heading(new QLabel(this))
    , m_text(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("ProblemWindow"));
    setWindowTitle(tr("Vireo"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_heading->setAccessibleName(tr("What happened"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAccessibleName(tr("Why"));
    m_icon->setAlignment(Qt::AlignTop);

    m_retry = m_buttons->addButton(tr("&Retry"), QDialogButtonBox::AcceptRole);
    m_retry->setAccessibleName(tr("Try to connect again"));
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    connect(m_retry, &QPushButton::clicked, this, &ProblemWindow::retryRequested);
    connect(m_close, &QPushButton::clicked, this, &QWidget::close);

    auto *body = new QHBoxLayout;
    body->addWidget(m_icon, 0, Qt::AlignTop);
    auto *words = new QVBoxLayout;
    words->addWidget(m_heading);
    words->addWidget(m_text);
    words->addStretch(1);
    body->addLayout(words, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
}

void ProblemWindow::present(Kind kind, const QString &heading, const QString &text)
{
    m_kind = kind;
    m_heading->setText(heading);
    m_text->setText(text);
    const bool problem = kind != Kind::Waiting;
    ErrorStyle::setError(m_heading, problem);
    m_icon->setPixmap(style()
                          ->standardIcon(problem ? QStyle::SP_MessageBoxCritical
                                                 : QStyle::SP_MessageBoxInformation)
                          .pixmap(48, 48));
    m_icon->setAccessibleName(problem ? tr("Error") : tr("Information"));
    m_retry->setVisible(kind == Kind::Unreachable);
    m_close->setText(kind == Kind::Waiting ? tr("&Cancel") : tr("&Close"));
    m_close->setAccessibleName(kind == Kind::Waiting ? tr("Cancel and quit Vireo")
                                                     : tr("Close and quit Vireo"));
    setWindowTitle(problem ? tr("Vireo — problem") : tr("Vireo — connecting"));
    (kind == Kind::Unreachable ? m_retry : m_close)->setDefault(true);
    (kind == Kind::Unreachable ? m_retry : m_close)->setFocus();
    adjustSize();
    QWidget::show();
    raise();
    activateWindow();
}

QString ProblemWindow::heading() const
{
    return m_heading->text();
}

QString ProblemWindow::text() const
{
    return m_text->text();
}

void ProblemWindow::dismiss()
{
    m_dismissing = true;
    close();
    m_dismissing = false;
}

void ProblemWindow::closeEvent(QCloseEvent *event)
{
    QWidget::closeEvent(event);
    if (!m_dismissing && isVisible())
        Q_EMIT closedByUser();
}

void ProblemWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace Vireo
