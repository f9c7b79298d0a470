// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/storage/storage.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Vireo {

/// Asks for a new volume: name, raw or qcow2, a size in GiB, and for qcow2 an optional backing
/// volume of the same pool. Validated as the user types (OK stays greyed with the reason shown).
/// GUI thread; open it with open() and read it on accepted().
class NewVolumeDialog : public QDialog
{
    Q_OBJECT
public:
    NewVolumeDialog(const QList<StorageVolumeInfo> &existing, QWidget *parent = nullptr);

    QString name() const;
    QString format() const; ///< "raw" or "qcow2"
    quint64 capacityBytes() const;
    /// The backing volume's path and format, empty for none.
    QString backingPath() const;
    QString backingFormat() const;

    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *rawButton() const { return m_raw; }
    QDoubleSpinBox *sizeBox() const { return m_size; }
    QComboBox *backingBox() const { return m_backing; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void revalidate();

    QList<StorageVolumeInfo> m_existing;
    QLineEdit *m_name;
    QRadioButton *m_qcow2;
    QRadioButton *m_raw;
    QDoubleSpinBox *m_size;
    QComboBox *m_backing;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

/// Asks for a volume's new size in GiB. Says what a smaller size means (data past the new end is
/// lost) and what a running user means (the guest grows its own file system). GUI thread.
class ResizeVolumeDialog : public QDialog
{
    Q_OBJECT
public:
    ResizeVolumeDialog(const StorageVolumeInfo &volume, QWidget *parent = nullptr);

    quint64 capacityBytes() const;
    QDoubleSpinBox *sizeBox() const { return m_size; }
    QLabel *noteLabel() const { return m_note; }

private:
    void revalidate();

    StorageVolumeInfo m_volume;
    QDoubleSpinBox *m_size;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

/// Asks how to convert a volume into a new one of the other format (raw <-> qcow2) in the same
/// pool: its name, and the two formats' difference in the tutorial's words. The original stays.
/// Validated as the user types (volumeConversionProblem). GUI thread.
class ConvertVolumeDialog : public QDialog
{
    Q_OBJECT
public:
    ConvertVolumeDialog(const StorageVolumeInfo &volume, const QList<StorageVolumeInfo> &inPool,
                        QWidget *parent = nullptr);

    QString name() const;
    QString format() const; ///< the target's: "raw" or "qcow2"

    QLineEdit *nameEdit() const { return m_name; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *convertButton() const;

private:
    void revalidate();

    StorageVolumeInfo m_volume;
    QList<StorageVolumeInfo> m_inPool;
    QString m_format;
    QLineEdit *m_name;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Vireo
