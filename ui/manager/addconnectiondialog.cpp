// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manager/addconnectiondialog.h"

#include "widgets/errorstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace Vireo {

using H = ConnectionSpec::Hypervisor;
using T = ConnectionSpec::Transport;

/// The hypervisor box's entry for the embedded demo host (no ConnectionSpec of its own).
static constexpr int DemoEntry = -1;

AddConnectionDialog::AddConnectionDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Add Connection"));
    setObjectName(QStringLiteral("AddConnectionDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_hypervisor = new QComboBox(this);
    m_hypervisor->addItem(tr("QEMU/KVM"), int(H::QemuSystem));
    m_hypervisor->addItem(tr("QEMU/KVM user session"), int(H::QemuSession));
    m_hypervisor->addItem(tr("Test driver (fixture file)"), int(H::Test));
    m_hypervisor->addItem(tr("LXC (Linux containers)"), int(H::Lxc));
    m_hypervisor->addItem(tr("Xen"), int(H::Xen));
    m_hypervisor->addItem(tr("Custom URI"), int(H::Custom));
    m_hypervisor->addItem(demoHostName(), DemoEntry);
    m_hypervisor->setAccessibleName(tr("Hypervisor"));
    form->addRow(tr("&Hypervisor:"), m_hypervisor);

    m_fileRow = new QWidget(this);
    auto *fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_file = new QLineEdit(m_fileRow);
    m_file->setPlaceholderText(tr("Empty: libvirt's built-in test host (test:///default)"));
    m_file->setAccessibleName(tr("Test driver fixture file"));
    auto *browse = new QToolButton(m_fileRow);
    browse->setText(tr("Browse…"));
    browse->setAccessibleName(tr("Choose fixture file"));
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browse);
    auto *fileLabel = new QLabel(tr("&Fixture file:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, m_fileRow);
    connect(browse, &QToolButton::clicked, this, [this] {
        auto *dialog =
            new QFileDialog(this, tr("Test driver fixture"), {}, tr("XML files (*.xml)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, m_file, &QLineEdit::setText);
        dialog->open();
    });

    m_customUri = new QLineEdit(this);
    m_customUri->setPlaceholderText(QStringLiteral("qemu+ssh://user@host/system"));
    m_customUri->setAccessibleName(tr("Custom URI"));
    form->addRow(tr("&URI:"), m_customUri);

    m_remote = new QCheckBox(tr("Connect to a &remote host"), this);
    m_remote->setAccessibleName(tr("Connect to a remote host"));
    form->addRow(QString(), m_remote);

    m_remoteRows = new QWidget(this);
    auto *remoteForm = new QFormLayout(m_remoteRows);
    remoteForm->setContentsMargins(0, 0, 0, 0);
    m_transport = new QComboBox(m_remoteRows);
    m_transport->addItem(tr("SSH"), int(T::Ssh));
    m_transport->addItem(tr("TLS (certificates)"), int(T::Tls));
    m_transport->addItem(tr("TCP (unencrypted, SASL)"), int(T::Tcp));
    m_transport->setAccessibleName(tr("Transport"));
    remoteForm->addRow(tr("&Method:"), m_transport);
    m_user = new QLineEdit(m_remoteRows);
    m_user->setPlaceholderText(tr("as on the host, e.g. root"));
    m_user->setAccessibleName(tr("User name"));
    remoteForm->addRow(tr("U&ser:"), m_user);
    m_host = new QLineEdit(m_remoteRows);
    m_host->setPlaceholderText(tr("host name or address"));
    m_host->setAccessibleName(tr("Host name"));
    remoteForm->addRow(tr("H&ost:"), m_host);
    m_port = new QSpinBox(m_remoteRows);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default"));
    m_port->setAccessibleName(tr("Port"));
    remoteForm->addRow(tr("&Port:"), m_port);
    form->addRow(m_remoteRows);

    m_autoconnect = new QCheckBox(tr("&Autoconnect at start"), this);
    m_autoconnect->setChecked(true);
    m_autoconnect->setAccessibleName(tr("Autoconnect at start"));
    form->addRow(QString(), m_autoconnect);

    m_uriLabel = new QLabel(this);
    m_uriLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_uriLabel->setAccessibleName(tr("Generated URI"));
    form->addRow(tr("Generated URI:"), m_uriLabel);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(ErrorStyle::textStyleSheet());
    m_error->setAccessibleName(tr("Problem"));
    layout->addWidget(m_error);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_connect = m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const auto uri = currentUri();
        if (!uri)
            return;
        if (isExisting(uri.value()))
            Q_EMIT existingChosen(uri.value());
        else
            Q_EMIT connectionChosen(uri.value(), m_autoconnect->isChecked());
        accept();
    });

    for (QLineEdit *e : {m_file, m_customUri, m_user, m_host})
        connect(e, &QLineEdit::textChanged, this, &AddConnectionDialog::update);
    connect(m_hypervisor, &QComboBox::currentIndexChanged, this, &AddConnectionDialog::update);
    connect(m_transport, &QComboBox::currentIndexChanged, this, &AddConnectionDialog::update);
    connect(m_remote, &QCheckBox::toggled, this, &AddConnectionDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &AddConnectionDialog::update);
    update();
    resize(520, sizeHint().height());
}

ConnectionSpec AddConnectionDialog::spec() const
{
    ConnectionSpec s;
    s.hypervisor = H(m_hypervisor->currentData().toInt());
    s.transport = m_remote->isChecked() ? T(m_transport->currentData().toInt()) : T::Local;
    s.user = m_user->text();
    s.host = m_host->text();
    s.port = m_port->value();
    s.testFile = m_file->text();
    s.customUri = m_customUri->text();
    return s;
}

bool AddConnectionDialog::autoconnect() const
{
    return m_autoconnect->isChecked();
}

bool AddConnectionDialog::isExisting(const QString &uri) const
{
    return m_existing && m_existing(uri);
}

void AddConnectionDialog::setExistingCheck(std::function<bool(const QString &)> check)
{
    m_existing = std::move(check);
    update();
}

bool AddConnectionDialog::isDemo() const
{
    return m_hypervisor->currentData().toInt() == DemoEntry;
}

QString AddConnectionDialog::demoHostName()
{
    return tr("Demo (simulated, no real VMs)");
}

Result<QString> AddConnectionDialog::currentUri() const
{
    if (isDemo())
        return QStringLiteral("demo");
    return spec().uri();
}

void AddConnectionDialog::update()
{
    const bool demo = isDemo();
    const H h = demo ? H::Custom : H(m_hypervisor->currentData().toInt());
    const bool custom = h == H::Custom;
    m_fileRow->setVisible(h == H::Test && !demo);
    if (auto *form = qobject_cast<QFormLayout *>(layout()->itemAt(0)->layout())) {
        form->setRowVisible(m_fileRow, h == H::Test && !demo);
        form->setRowVisible(m_customUri, custom && !demo);
        form->setRowVisible(m_remote, !custom && !demo);
        form->setRowVisible(m_remoteRows, !custom && !demo && m_remote->isChecked());
    }
    const auto uri = currentUri();
    const bool existing = uri && isExisting(uri.value());
    m_uriLabel->setText(demo  ? tr("demo — libvirt's test driver with made-up domains; nothing "
                                    "runs")
                        : uri ? uri.value()
                              : QStringLiteral("—"));
    // Adding it twice would only close the dialog: say so, and offer to show the one there is.
    m_error->setText(!uri       ? uri.error().message
                     : existing ? tr("This connection is already in the list. Show It selects it "
                                     "in the manager.")
                                : QString());
    ErrorStyle::setError(m_error, !uri);
    m_error->setVisible(!uri || existing);
    m_connect->setText(existing ? tr("&Show It") : tr("&Connect"));
    m_connect->setEnabled(uri.ok());
}

} // namespace Vireo
