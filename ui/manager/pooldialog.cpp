// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manager/pooldialog.h"

#include "core/storage/storageactions.h"
#include "widgets/errorstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Vireo {

static const QString kDir = QStringLiteral("dir");

DefinePoolDialog::DefinePoolDialog(const Result<QStringList> &types, const QStringList &taken,
                                   QWidget *parent)
    : QDialog(parent)
    , m_taken(taken)
{
    setObjectName(QStringLiteral("DefinePoolDialog"));
    setWindowTitle(tr("Define Storage Pool"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Pool type"));
    QStringList offered = types ? types.value() : QStringList{kDir};
    if (!offered.contains(kDir))
        offered.prepend(kDir); // listed, but greyed below when the host has no dir pools
    auto *model = qobject_cast<QStandardItemModel *>(m_type->model());
    for (const QString &t : offered) {
        m_type->addItem(t == kDir ? tr("dir: a folder on the host") : t, t);
        const bool hostHas = !types || types->contains(t);
        if (t != kDir || !hostHas) {
            QStandardItem *item = model->item(m_type->count() - 1);
            item->setEnabled(false);
            item->setToolTip(!hostHas ? tr("This host's storage driver does not offer dir pools.")
                                      : tr("Vireo defines dir pools so far; a %1 pool needs "
                                           "fields of its own.")
                                            .arg(t));
        }
    }
    m_type->setCurrentIndex(m_type->findData(kDir));
    form->addRow(tr("&Type:"), m_type);
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Pool name"));
    form->addRow(tr("&Name:"), m_name);
    m_path = new QLineEdit(this);
    m_path->setAccessibleName(tr("Folder on the host"));
    m_path->setPlaceholderText(QStringLiteral("/var/lib/libvirt/images"));
    m_path->setToolTip(tr("A folder on the host (not on this computer). libvirt creates it if "
                          "it does not exist."));
    form->addRow(tr("&Folder on the host:"), m_path);
    m_autostart = new QCheckBox(tr("Start with the &host"), this);
    m_autostart->setAccessibleName(tr("Start the new pool with the host"));
    m_autostart->setChecked(true);
    form->addRow(QString(), m_autostart);
    layout->addLayout(form);
    if (!types) {
        auto *why = new QLabel(tr("This host does not list its pool types (%1); dir is offered.")
                                   .arg(types.error().message),
                               this);
        why->setWordWrap(true);
        why->setAccessibleName(tr("Why only dir is offered"));
        layout->addWidget(why);
    }
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the new pool"));
    ErrorStyle::setError(m_problem, true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Define"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Define the pool"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the new pool"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &DefinePoolDialog::revalidate);
    connect(m_path, &QLineEdit::textChanged, this, &DefinePoolDialog::revalidate);
    revalidate();
    resize(520, sizeHint().height());
}

QString DefinePoolDialog::name() const
{
    return m_name->text();
}

QString DefinePoolDialog::path() const
{
    return m_path->text().trimmed();
}

bool DefinePoolDialog::autostart() const
{
    return m_autostart->isChecked();
}

void DefinePoolDialog::revalidate()
{
    const bool dirOffered = m_type->currentData().toString() == kDir &&
                            qobject_cast<QStandardItemModel *>(m_type->model())
                                ->item(m_type->currentIndex())
                                ->isEnabled();
    const Status s = Storage::checkDirPool(name(), path(), m_taken);
    QString problem = s ? QString() : s.error().message;
    if (!problem.isEmpty())
        problem[0] = problem[0].toUpper();
    if (!dirOffered)
        problem = tr("This host's storage driver does not offer dir pools.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Vireo
