// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manager/pooldialog.h"

#include "widgets/errorstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace Vireo {

namespace {

QString typeTitle(const QString &type)
{
    if (type == u"dir")
        return DefinePoolDialog::tr("dir: a folder on the host");
    if (type == u"fs")
        return DefinePoolDialog::tr("fs: a file system on a device of the host");
    if (type == u"netfs")
        return DefinePoolDialog::tr("netfs: a network share (NFS, CIFS, Gluster)");
    if (type == u"logical")
        return DefinePoolDialog::tr("logical: an LVM volume group");
    return type;
}

QLineEdit *field(QWidget *parent, const QString &accessibleName, const QString &placeholder,
                 const QString &toolTip)
{
    auto *e = new QLineEdit(parent);
    e->setAccessibleName(accessibleName);
    e->setPlaceholderText(placeholder);
    e->setToolTip(toolTip);
    return e;
}

} // namespace

DefinePoolDialog::DefinePoolDialog(const Result<QList<PoolTypeOffer>> &offers,
                                   const QStringList &taken, QWidget *parent)
    : QDialog(parent)
    , m_offers(offers ? offers.value() : PoolDefinitions::fallbackOffers())
    , m_taken(taken)
{
    setObjectName(QStringLiteral("DefinePoolDialog"));
    setWindowTitle(tr("Define Storage Pool"));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Pool type"));
    const QStringList editable = PoolDefinitions::editableTypes();
    auto *model = qobject_cast<QStandardItemModel *>(m_type->model());
    for (const PoolTypeOffer &o : std::as_const(m_offers)) {
        m_type->addItem(typeTitle(o.type), o.type);
        if (!editable.contains(o.type)) {
            QStandardItem *item = model->item(m_type->count() - 1);
            item->setEnabled(false);
            item->setToolTip(tr("Vireo has no fields for %1 pools yet.").arg(o.type));
        }
    }
    m_form->addRow(tr("&Type:"), m_type);
    m_name = field(this, tr("Pool name"), QString(), QString());
    m_form->addRow(tr("&Name:"), m_name);
    m_host = field(this, tr("Server"), QStringLiteral("nfs.example.com"),
                   tr("The host name or IP address of the file server."));
    m_form->addRow(tr("&Server:"), m_host);
    m_format = new QComboBox(this);
    m_format->setAccessibleName(tr("Format"));
    m_form->addRow(tr("F&ormat:"), m_format);
    m_sourceDir = field(this, tr("Export or share on the server"), QStringLiteral("/export/vms"),
                        tr("NFS: the exported folder. CIFS: the share's name. Gluster: the "
                           "volume's name."));
    m_form->addRow(tr("&Export or share:"), m_sourceDir);
    m_group = field(this, tr("Volume group"), QStringLiteral("vg_vms"),
                    tr("The LVM volume group that holds the pool's volumes."));
    m_form->addRow(tr("&Volume group:"), m_group);
    m_devices = field(this, tr("Devices on the host"), QStringLiteral("/dev/sdb1"),
                      tr("Block devices of the host, separated by spaces."));
    m_form->addRow(tr("&Devices:"), m_devices);
    m_path = field(this, tr("Folder on the host"), QStringLiteral("/var/lib/libvirt/images"),
                   tr("A folder on the host (not on this computer). libvirt creates it if it "
                      "does not exist."));
    m_form->addRow(tr("&Folder on the host:"), m_path);
    m_build = new QCheckBox(this);
    m_form->addRow(QString(), m_build);
    m_autostart = new QCheckBox(tr("Start with the &host"), this);
    m_autostart->setAccessibleName(tr("Start the new pool with the host"));
    m_autostart->setChecked(true);
    m_form->addRow(QString(), m_autostart);
    layout->addLayout(m_form);
    if (!offers) {
        auto *why =
            new QLabel(tr("This host does not list its pool types (%1); libvirt's usual ones are "
                          "offered.")
                           .arg(offers.error().message),
                       this);
        why->setWordWrap(true);
        why->setAccessibleName(tr("Why these pool types are offered"));
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
    for (QLineEdit *e : {m_name, m_host, m_sourceDir, m_group, m_devices, m_path})
        connect(e, &QLineEdit::textChanged, this, &DefinePoolDialog::revalidate);
    connect(m_format, &QComboBox::currentIndexChanged, this, &DefinePoolDialog::revalidate);
    connect(m_build, &QCheckBox::toggled, this, &DefinePoolDialog::revalidate);
    connect(m_type, &QComboBox::currentIndexChanged, this, &DefinePoolDialog::typeChanged);
    int first = m_type->findData(QStringLiteral("dir"));
    for (int i = 0; first < 0 && i < m_type->count(); ++i)
        if (model->item(i)->isEnabled())
            first = i;
    m_type->setCurrentIndex(qMax(first, 0));
    typeChanged();
    resize(560, sizeHint().height());
}

PoolTypeOffer DefinePoolDialog::currentOffer() const
{
    const QString type = m_type->currentData().toString();
    for (const PoolTypeOffer &o : m_offers)
        if (o.type == type)
            return o;
    return {};
}

void DefinePoolDialog::typeChanged()
{
    const QString type = m_type->currentData().toString();
    const bool fs = type == u"fs", netfs = type == u"netfs", logical = type == u"logical";
    m_form->setRowVisible(m_host, netfs);
    m_form->setRowVisible(m_sourceDir, netfs);
    m_form->setRowVisible(m_group, logical);
    m_form->setRowVisible(m_devices, fs || logical);
    m_form->setRowVisible(m_format, fs || netfs);
    m_form->setRowVisible(m_path, !logical);
    m_form->setRowVisible(m_build, fs || logical);
    auto *pathLabel = qobject_cast<QLabel *>(m_form->labelForField(m_path));
    if (pathLabel)
        pathLabel->setText(type == u"dir" ? tr("&Folder on the host:") : tr("&Mount point:"));
    m_path->setAccessibleName(type == u"dir" ? tr("Folder on the host")
                                             : tr("Mount point on the host"));
    m_path->setPlaceholderText(type == u"dir" ? QStringLiteral("/var/lib/libvirt/images")
                                              : QStringLiteral("/mnt/vms"));
    auto *devicesLabel = qobject_cast<QLabel *>(m_form->labelForField(m_devices));
    if (devicesLabel)
        devicesLabel->setText(logical ? tr("&Devices (optional):") : tr("&Device:"));
    m_devices->setAccessibleName(logical ? tr("Devices of the volume group on the host")
                                         : tr("Device on the host"));
    m_build->setText(logical ? tr("&Create the volume group on these devices (they must be empty)")
                             : tr("Fo&rmat the device with this file system if it has none "
                                  "(never over an existing one)"));
    m_build->setAccessibleName(logical ? tr("Create the volume group") : tr("Format the device"));
    m_build->setChecked(false);
    // The formats the host offers for this type ("unknown" is no format to choose).
    const PoolTypeOffer offer = currentOffer();
    m_format->blockSignals(true);
    m_format->clear();
    for (const QString &f : offer.sourceFormats)
        if (f != u"unknown")
            m_format->addItem(f == u"auto" ? tr("auto (detected when mounted)") : f, f);
    const int def = m_format->findData(netfs && m_format->findData(QStringLiteral("nfs")) >= 0
                                           ? QStringLiteral("nfs")
                                           : offer.defaultFormat);
    m_format->setCurrentIndex(qMax(def, 0));
    m_format->blockSignals(false);
    revalidate();
}

PoolDefinition DefinePoolDialog::definition() const
{
    PoolDefinition d;
    d.type = m_type->currentData().toString();
    d.name = m_name->text();
    const bool fs = d.type == u"fs", netfs = d.type == u"netfs", logical = d.type == u"logical";
    if (!logical)
        d.targetPath = m_path->text().trimmed();
    if (netfs) {
        d.sourceHost = m_host->text().trimmed();
        d.sourceDir = m_sourceDir->text().trimmed();
    }
    if (fs || logical)
        d.sourceDevices = m_devices->text().split(QRegularExpression(QStringLiteral("[\\s,]+")),
                                                  Qt::SkipEmptyParts);
    if (logical)
        d.sourceName = m_group->text().trimmed();
    if (fs || netfs)
        d.sourceFormat = m_format->currentData().toString();
    d.build = (fs || logical) && m_build->isChecked();
    d.autostart = m_autostart->isChecked();
    return d;
}

void DefinePoolDialog::revalidate()
{
    const bool enabled =
        m_type->currentIndex() >= 0 && qobject_cast<QStandardItemModel *>(m_type->model())
                                           ->item(m_type->currentIndex())
                                           ->isEnabled();
    QString problem;
    if (!enabled) {
        problem = tr("Vireo has no fields for %1 pools yet.").arg(m_type->currentData().toString());
    } else {
        const Status s = PoolDefinitions::check(definition(), currentOffer(), m_taken);
        problem = s ? QString() : s.error().message;
    }
    if (!problem.isEmpty())
        problem[0] = problem[0].toUpper();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Vireo
