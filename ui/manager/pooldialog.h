// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Vireo {

/// Asks for a new storage pool: its type (those the host's storage driver offers), a name and,
/// for a dir pool, the folder on the host. Validated as the user types (Storage::checkDirPool).
/// Only dir has its fields so far: other types the host offers are listed greyed, saying so.
/// GUI thread; open it with open() and read it on accepted().
class DefinePoolDialog : public QDialog
{
    Q_OBJECT
public:
    /// types: the host's answer (an error when it cannot list them: then dir is offered alone,
    /// and the dialog says why). taken: the names of the host's pools.
    DefinePoolDialog(const Result<QStringList> &types, const QStringList &taken,
                     QWidget *parent = nullptr);

    QString name() const;
    QString path() const;
    bool autostart() const;

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *pathEdit() const { return m_path; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void revalidate();

    QStringList m_taken;
    QComboBox *m_type;
    QLineEdit *m_name;
    QLineEdit *m_path;
    QCheckBox *m_autostart;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Vireo
