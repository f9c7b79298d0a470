// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/storage/pooldefinition.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace Vireo {

/// Asks for a new storage pool: its type (those the host's storage driver offers), a name and
/// the fields of that type: dir a folder; fs a device, its file system and a mount point; netfs a
/// server, its export or share, the protocol and a mount point; logical a volume group and,
/// optionally, the devices to create it on. Validated as the user types
/// (PoolDefinitions::check): the Define button stays off and the problem is said in words.
/// Types the host offers but Vireo has no fields for are listed greyed, saying so.
/// GUI thread; open it with open() and read definition() on accepted().
class DefinePoolDialog : public QDialog
{
    Q_OBJECT
public:
    /// offers: the host's answer (an error when it cannot list them: then libvirt's own lists
    /// for dir, fs, netfs and logical are offered, and the dialog says why). taken: the names of
    /// the host's pools.
    DefinePoolDialog(const Result<QList<PoolTypeOffer>> &offers, const QStringList &taken,
                     QWidget *parent = nullptr);

    PoolDefinition definition() const;

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *sourceDirEdit() const { return m_sourceDir; }
    QLineEdit *deviceEdit() const { return m_devices; }
    QLineEdit *groupEdit() const { return m_group; }
    QComboBox *formatBox() const { return m_format; }
    QCheckBox *buildBox() const { return m_build; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void typeChanged();
    void revalidate();
    PoolTypeOffer currentOffer() const;

    QList<PoolTypeOffer> m_offers;
    QStringList m_taken;
    QFormLayout *m_form;
    QComboBox *m_type;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QLineEdit *m_sourceDir;
    QLineEdit *m_devices;
    QLineEdit *m_group;
    QComboBox *m_format;
    QLineEdit *m_path;
    QCheckBox *m_build;
    QCheckBox *m_autostart;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Vireo
