// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manager/hostlabeldialog.h"

#include "core/session/hostsession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace Vireo {

/// Long enough for "rack 4, lab B (spare)"; a row of fifty hosts stays readable.
static constexpr int MaxLabelLength = 64;

QLineEdit *createHostLabelEdit(HostSession *session, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("hostLabel"));
    edit->setMaxLength(MaxLabelLength);
    edit->setClearButtonEnabled(true);
    edit->setText(session->label());
    // The name the host gets back when the field is empty.
    edit->setPlaceholderText(session->defaultName());
    edit->setAccessibleName(HostLabelDialog::tr("Host label"));
    edit->setAccessibleDescription(
        HostLabelDialog::tr("Empty: the host's own name, %1").arg(session->defaultName()));
    for (QToolButton *b : edit->findChildren<QToolButton *>())
        b->setAccessibleName(HostLabelDialog::tr("Clear the label"));
    return edit;
}

HostLabelDialog::HostLabelDialog(HostSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("HostLabelDialog"));
    setWindowTitle(tr("Set Label — %1").arg(session->uri()));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A name for this host in the list, the flat list's Host column "
                                "and the window titles. Leave it empty to use the host's own "
                                "name, \"%1\".")
                                 .arg(session->defaultName()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_edit = createHostLabelEdit(session, this);
    auto *uri = new QLabel(session->uri(), this);
    uri->setTextInteractionFlags(Qt::TextSelectableByMouse);
    uri->setAccessibleName(tr("Connection URI"));
    form->addRow(tr("Connection:"), uri);
    form->addRow(tr("&Label:"), m_edit);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Set the label"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Keep the label as it was"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // The host going (removed) takes its dialog along.
    connect(session, &QObject::destroyed, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

void HostLabelDialog::apply()
{
    if (m_session)
        m_session->setLabel(m_edit->text());
}

} // namespace Vireo
