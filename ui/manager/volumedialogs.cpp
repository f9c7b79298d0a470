// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manager/volumedialogs.h"

#include "core/storage/volumecopy.h"

#include "core/common/memorysize.h"
#include "core/storage/storageactions.h"
#include "widgets/errorstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace Vireo {

static constexpr double BytesPerGiB = 1024.0 * 1024.0 * 1024.0;

static quint64 gibToBytes(double gib)
{
    // Whole MiB, as libvirt rounds sizes to the allocation unit anyway.
    return quint64(gib * 1024.0 + 0.5) * 1024ull * 1024ull;
}

static QDoubleSpinBox *gibBox(QWidget *parent, const QString &accessible)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setDecimals(1);
    box->setRange(0.1, 65536.0);
    box->setSingleStep(1.0);
    box->setSuffix(QObject::tr(" GiB"));
    box->setAccessibleName(accessible);
    return box;
}

NewVolumeDialog::NewVolumeDialog(const QList<StorageVolumeInfo> &existing, QWidget *parent)
    : QDialog(parent)
    , m_existing(existing)
{
    setObjectName(QStringLiteral("NewVolumeDialog"));
    setWindowTitle(tr("New Volume"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setAccessibleName(tr("Volume name"));
    form->addRow(tr("&Name:"), m_name);

    auto *formats = new QWidget(this);
    auto *fv = new QVBoxLayout(formats);
    fv->setContentsMargins(0, 0, 0, 0);
    m_qcow2 =
        new QRadioButton(tr("&qcow2: grows as the guest writes; supports snapshots."), formats);
    m_qcow2->setAccessibleName(tr("Format qcow2"));
    m_raw = new QRadioButton(tr("&raw: allocated in full now; fastest."), formats);
    m_raw->setAccessibleName(tr("Format raw"));
    m_qcow2->setChecked(true);
    fv->addWidget(m_qcow2);
    fv->addWidget(m_raw);
    form->addRow(tr("Format:"), formats);

    m_size = gibBox(this, tr("Volume size in GiB"));
    m_size->setValue(20.0);
    form->addRow(tr("&Size:"), m_size);

    m_backing = new QComboBox(this);
    m_backing->setAccessibleName(tr("Backing volume"));
    m_backing->setToolTip(tr("A qcow2 volume can read from another volume and keep only what the "
                             "guest changes: a quick copy of a prepared image."));
    m_backing->addItem(tr("None"));
    for (const StorageVolumeInfo &v : existing)
        if (v.format == QLatin1String("qcow2") || v.format == QLatin1String("raw"))
            m_backing->addItem(
                tr("%1 (%2, %3)").arg(v.name, v.format, formatBytes(v.capacityBytes)),
                QStringList{v.path, v.format});
    form->addRow(tr("&Backing volume:"), m_backing);
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the new volume"));
    ErrorStyle::setError(m_problem, true);
    layout->addWidget(m_problem);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Create the volume"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the new volume"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_name, &QLineEdit::textChanged, this, &NewVolumeDialog::revalidate);
    connect(m_raw, &QRadioButton::toggled, this, &NewVolumeDialog::revalidate);
    connect(m_backing, &QComboBox::currentIndexChanged, this, &NewVolumeDialog::revalidate);
    revalidate();
}

QString NewVolumeDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewVolumeDialog::format() const
{
    return m_raw->isChecked() ? QStringLiteral("raw") : QStringLiteral("qcow2");
}

quint64 NewVolumeDialog::capacityBytes() const
{
    return gibToBytes(m_size->value());
}

QString NewVolumeDialog::backingPath() const
{
    const QStringList d = m_backing->currentData().toStringList();
    return format() == QLatin1String("qcow2") && d.size() == 2 ? d[0] : QString();
}

QString NewVolumeDialog::backingFormat() const
{
    const QStringList d = m_backing->currentData().toStringList();
    return format() == QLatin1String("qcow2") && d.size() == 2 ? d[1] : QString();
}

void NewVolumeDialog::revalidate()
{
    // Only qcow2 has a backing file.
    m_backing->setEnabled(!m_raw->isChecked());
    QString problem;
    const QString n = name();
    if (n.isEmpty())
        problem = tr("Give the volume a name.");
    else if (n.contains(QLatin1Char('/')) || n == QLatin1String(".") || n == QLatin1String(".."))
        problem = tr("A volume name cannot contain '/' or be '.' or '..'.");
    for (const StorageVolumeInfo &v : m_existing)
        if (v.name == n)
            problem = tr("The pool already has a volume named '%1'.").arg(n);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

ResizeVolumeDialog::ResizeVolumeDialog(const StorageVolumeInfo &volume, QWidget *parent)
    : QDialog(parent)
    , m_volume(volume)
{
    setObjectName(QStringLiteral("ResizeVolumeDialog"));
    setWindowTitle(tr("Resize Volume '%1'").arg(volume.name));
    auto *layout = new QVBoxLayout(this);
    auto *current = new QLabel(tr("'%1' has %2 now (%3 on the host).")
                                   .arg(volume.name, formatBytes(volume.capacityBytes),
                                        formatBytes(volume.allocationBytes)),
                               this);
    current->setWordWrap(true);
    layout->addWidget(current);
    auto *form = new QFormLayout;
    m_size = gibBox(this, tr("New size in GiB"));
    m_size->setValue(double(volume.capacityBytes) / BytesPerGiB);
    form->addRow(tr("New &size:"), m_size);
    layout->addLayout(form);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("What the resize means"));
    layout->addWidget(m_note);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Resize"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Resize the volume"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the resize"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_size, &QDoubleSpinBox::valueChanged, this, &ResizeVolumeDialog::revalidate);
    revalidate();
}

quint64 ResizeVolumeDialog::capacityBytes() const
{
    return gibToBytes(m_size->value());
}

void ResizeVolumeDialog::revalidate()
{
    // The same check the worker makes, so the dialog refuses what the host would be spared.
    const auto plan = Storage::checkResize(m_volume, capacityBytes());
    QString text;
    if (!plan)
        text = plan.error().message;
    else if (plan->shrink)
        text = tr("Smaller than now: whatever the guest stored past %1 is lost. Shrink the "
                  "guest's file system first. You will be asked again.")
                   .arg(formatBytes(capacityBytes()));
    else
        text = plan->note;
    m_note->setText(text);
    ErrorStyle::setError(m_note, !plan || plan->shrink);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(plan.ok());
}

ConvertVolumeDialog::ConvertVolumeDialog(const StorageVolumeInfo &volume,
                                         const QList<StorageVolumeInfo> &inPool, QWidget *parent)
    : QDialog(parent)
    , m_volume(volume)
    , m_inPool(inPool)
    , m_format(volume.format == u"qcow2" ? QStringLiteral("raw") : QStringLiteral("qcow2"))
{
    setObjectName(QStringLiteral("ConvertVolumeDialog"));
    setWindowTitle(tr("Convert Volume '%1'").arg(volume.name));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(
        tr("A new %1 volume is made from '%2' (%3) in the same pool; '%2' stays as it is.")
            .arg(m_format, volume.name, volume.format),
        this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto *why = new QLabel(m_format == u"qcow2"
                               ? tr("qcow2 is sparse: it takes only what the guest has written, "
                                    "can be compressed, and takes snapshots.")
                               : tr("raw is allocated in full: it is the fastest, and converts "
                                    "easily to other formats."),
                           this);
    why->setWordWrap(true);
    layout->addWidget(why);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(convertedVolumeName(volume.name, m_format), this);
    m_name->setAccessibleName(tr("Name of the converted volume"));
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the conversion"));
    ErrorStyle::setError(m_problem, true);
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    convertButton()->setText(tr("Con&vert to %1").arg(m_format));
    convertButton()->setAccessibleName(tr("Convert the volume to %1").arg(m_format));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the conversion"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &ConvertVolumeDialog::revalidate);
    revalidate();
}

QString ConvertVolumeDialog::name() const
{
    return m_name->text().trimmed();
}

QString ConvertVolumeDialog::format() const
{
    return m_format;
}

QPushButton *ConvertVolumeDialog::convertButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ConvertVolumeDialog::revalidate()
{
    QString why = volumeConversionProblem(m_volume, m_name->text(), m_format, m_inPool);
    if (!why.isEmpty())
        why[0] = why[0].toUpper();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    convertButton()->setEnabled(why.isEmpty());
}

} // namespace Vireo
