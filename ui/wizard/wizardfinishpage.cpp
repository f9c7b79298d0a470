// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/wizard/wizardfinishpage.h"
#include "ui/common/preferences.h"

#include "core/create/hostcapabilities.h"
#include "core/create/vmspecvalidator.h"
#include "ui/wizard/newvmwizard.h"
#include "ui/wizard/wizardcpumemorypage.h"
#include "ui/wizard/wizardnetworkchoice.h"
#include "ui/wizard/wizardospage.h"
#include "ui/wizard/wizardpageparts.h"
#include "ui/wizard/wizardsourcepage.h"
#include "ui/wizard/wizardstoragepage.h"
#include "widgets/errorstyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QVBoxLayout>

namespace Vireo {

using namespace WizardParts;

static const QString OpenConsoleKey = QStringLiteral("wizard/openConsole");

WizardFinishPage::WizardFinishPage(NewVmWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Step 5 of 5: Ready to create"));
    setSubTitle(tr("Nothing has been created yet. Finish creates the disk, defines the virtual "
                   "machine and starts it; if a step fails, everything is undone."));
    setFinalPage(true);
    auto *layout = new QVBoxLayout(this);
    addIdentityForm(layout);
    addStartChoices(layout);
    addXmlPreview(layout);
    addProgress(layout);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    connectFields();
    // The listen address may start open (Edit > Preferences): then its warning and password show.
    const bool open = listenAddress() != QLatin1String("127.0.0.1");
    m_listenWarning->setVisible(open);
    m_passwordLabel->setVisible(open);
    m_password->setVisible(open);
    m_error->hide();
}

void WizardFinishPage::addIdentityForm(QVBoxLayout *layout)
{
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(DomainXmlBuilder::maxNameLength + 1); // one more, to say it is too long
    form->addRow(buddyLabel(tr("&Name:"), m_name, this), m_name);
    m_networkChoice = new WizardNetworkChoice(m_wizard, this);
    m_network = m_networkChoice->comboBox();
    form->addRow(buddyLabel(tr("Ne&twork:"), m_network, this), m_networkChoice);
    addVncRows(form);
    layout->addLayout(form);
}

void WizardFinishPage::addVncRows(QFormLayout *form)
{
    m_listen = new QComboBox(this);
    m_listen->setObjectName(QStringLiteral("listen"));
    m_listen->addItem(tr("127.0.0.1 — only this host (safe)"), QStringLiteral("127.0.0.1"));
    m_listen->addItem(tr("0.0.0.0 — every network the host is on"), QStringLiteral("0.0.0.0"));
    m_listen->setCurrentIndex(
        qMax(0, m_listen->findData(Preferences::instance()->newVmListenAddress())));
    auto *ll = new QLabel(tr("VNC &listens on:"), this);
    ll->setBuddy(m_listen);
    form->addRow(ll, m_listen);
    m_listenWarning = new QLabel(
        tr("Warning: anyone who can reach this host on the network can then see and control "
           "the virtual machine's screen. Set a password below."),
        this);
    m_listenWarning->setObjectName(QStringLiteral("listenWarning"));
    m_listenWarning->setWordWrap(true);
    m_listenWarning->setStyleSheet(ErrorStyle::warningStyleSheet());
    form->addRow(QString(), m_listenWarning);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("vncPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(8);
    m_password->setPlaceholderText(tr("up to 8 characters (VNC's limit)"));
    m_passwordLabel = new QLabel(tr("VNC &password:"), this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
}

void WizardFinishPage::addStartChoices(QVBoxLayout *layout)
{
    m_start = new QCheckBox(tr("&Start the virtual machine after creating it"), this);
    m_start->setObjectName(QStringLiteral("startAfter"));
    m_start->setChecked(true);
    m_autostart = new QCheckBox(tr("Start it &automatically when the host boots"), this);
    m_autostart->setObjectName(QStringLiteral("autostart"));
    m_customize = new QCheckBox(tr("&Customize configuration before install"), this);
    m_customize->setObjectName(QStringLiteral("customize"));
    m_customize->setToolTip(tr("Defines the virtual machine and opens its details; start it from "
                               "there when it looks right."));
    // As virt-manager: the new machine's console opens once it runs, unless the user said no
    // (remembered for the next machine).
    m_openConsole = new QCheckBox(tr("Op&en its console when it starts"), this);
    m_openConsole->setObjectName(QStringLiteral("openConsole"));
    m_openConsole->setChecked(QSettings().value(OpenConsoleKey, true).toBool());
    connect(m_openConsole, &QCheckBox::toggled, this,
            [](bool on) { QSettings().setValue(OpenConsoleKey, on); });
    layout->addWidget(m_start);
    layout->addWidget(m_openConsole);
    layout->addWidget(m_autostart);
    layout->addWidget(m_customize);
}

void WizardFinishPage::addXmlPreview(QVBoxLayout *layout)
{
    auto *xmlHeader = new QHBoxLayout;
    auto *xl = new QLabel(tr("Domain &XML that will be defined:"), this);
    m_copy = new QPushButton(tr("C&opy XML"), this);
    m_copy->setObjectName(QStringLiteral("copyXml"));
    xmlHeader->addWidget(xl, 1);
    xmlHeader->addWidget(m_copy);
    layout->addLayout(xmlHeader);
    m_xml = new QPlainTextEdit(this);
    m_xml->setObjectName(QStringLiteral("xmlPreview"));
    m_xml->setReadOnly(true);
    m_xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    xl->setBuddy(m_xml);
    layout->addWidget(m_xml, 1);

    // Beside the XML, what a person would type for the same domain (issue 17).
    auto *commandHeader = new QHBoxLayout;
    auto *cl = new QLabel(tr("The same with &virt-install:"), this);
    m_copyCommand = new QPushButton(tr("Copy Co&mmand"), this);
    m_copyCommand->setObjectName(QStringLiteral("copyVirtInstall"));
    commandHeader->addWidget(cl, 1);
    commandHeader->addWidget(m_copyCommand);
    layout->addLayout(commandHeader);
    m_virtInstall = new QPlainTextEdit(this);
    m_virtInstall->setObjectName(QStringLiteral("virtInstallPreview"));
    m_virtInstall->setReadOnly(true);
    m_virtInstall->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_virtInstall->setMaximumHeight(m_virtInstall->fontMetrics().lineSpacing() * 4 + 12);
    cl->setBuddy(m_virtInstall);
    layout->addWidget(m_virtInstall);
}

void WizardFinishPage::addProgress(QVBoxLayout *layout)
{
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Creation progress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
}

void WizardFinishPage::connectFields()
{
    // The pool's volume list arrives later; a name clash with it must show when it does.
    connect(m_wizard->storagePage(), &WizardStoragePage::volumesListed, this,
            &WizardFinishPage::revalidate);
    connect(m_wizard, &NewVmWizard::pathChecked, this, &WizardFinishPage::revalidate);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_xml->toPlainText()); });
    connect(m_copyCommand, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_virtInstall->toPlainText()); });
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_name, &QLineEdit::textChanged, this, &WizardFinishPage::revalidate);
    connect(m_networkChoice, &WizardNetworkChoice::changed, this, &WizardFinishPage::revalidate);
    connect(m_password, &QLineEdit::textChanged, this, &WizardFinishPage::revalidate);
    connect(m_listen, &QComboBox::currentIndexChanged, this, &WizardFinishPage::onListenChanged);
    for (QCheckBox *c : {m_start, m_autostart, m_customize})
        connect(c, &QCheckBox::toggled, this, &WizardFinishPage::revalidate);
    connect(m_customize, &QCheckBox::toggled, m_start, [this](bool on) {
        // Customizing means: define, show the details, start from there.
        m_start->setEnabled(!on);
        updateOpenConsole();
    });
    connect(m_start, &QCheckBox::toggled, this, &WizardFinishPage::updateOpenConsole);
}

void WizardFinishPage::onListenChanged()
{
    const bool open = listenAddress() != QLatin1String("127.0.0.1");
    m_listenWarning->setVisible(open);
    m_passwordLabel->setVisible(open);
    m_password->setVisible(open);
    if (!open)
        m_password->clear();
    revalidate();
}

void WizardFinishPage::initializePage()
{
    m_networkChoice->refill();
    if (!m_nameEdited) {
        // A free name from the OS's short id ("debian11", "debian11-2"...) or "vm".
        const OsInfo *os = m_wizard->osPage()->selectedOs();
        const QString base = os && !os->shortId.isEmpty() ? os->shortId : QStringLiteral("vm");
        const HostCapabilities *caps = m_wizard->capabilities();
        QString candidate = base;
        for (int n = 2; caps && caps->hasDomainNamed(candidate); ++n)
            candidate = base + QLatin1Char('-') + QString::number(n);
        QSignalBlocker block(m_name);
        m_name->setText(candidate);
    }
    m_status->clear();
    m_progress->hide();
    revalidate();
}

QString WizardFinishPage::name() const
{
    return m_name->text().trimmed();
}
NetworkKind WizardFinishPage::networkKind() const
{
    return m_networkChoice->kind();
}
QString WizardFinishPage::networkSource() const
{
    return m_networkChoice->source();
}
QString WizardFinishPage::listenAddress() const
{
    return m_listen->currentData().toString();
}
QString WizardFinishPage::vncPassword() const
{
    return m_password->isVisible() || listenAddress() != QLatin1String("127.0.0.1")
               ? m_password->text()
               : QString();
}
bool WizardFinishPage::startAfter() const
{
    return m_start->isChecked();
}
bool WizardFinishPage::autostart() const
{
    return m_autostart->isChecked();
}
bool WizardFinishPage::customize() const
{
    return m_customize->isChecked();
}
bool WizardFinishPage::opensConsole() const
{
    return m_openConsole->isChecked() && startAfter() && !customize();
}

void WizardFinishPage::updateOpenConsole()
{
    // Only a machine that starts now has a console to open.
    m_openConsole->setEnabled(m_start->isEnabled() && m_start->isChecked() &&
                              !m_customize->isChecked());
}

QString WizardFinishPage::newVolumeName() const
{
    const bool raw = m_wizard->storagePage()->format() == QLatin1String("raw");
    return name() + (raw ? QStringLiteral(".img") : QStringLiteral(".qcow2"));
}

QString WizardFinishPage::problem() const
{
    return VmSpecValidator::finishStep(m_wizard->draft()).problem;
}

void WizardFinishPage::revalidate()
{
    showCheck(m_error, VmSpecValidator::finishStep(m_wizard->draft()));
    // The scroll position survives a refresh, so the user can read along while typing.
    const int scroll = m_xml->verticalScrollBar() ? m_xml->verticalScrollBar()->value() : 0;
    m_xml->setPlainText(m_wizard->previewXml());
    m_xml->verticalScrollBar()->setValue(scroll);
    m_virtInstall->setPlainText(m_wizard->previewVirtInstall());
    Q_EMIT completeChanged();
}

bool WizardFinishPage::isComplete() const
{
    // A guest that is to start now cannot start on a network that does not run: the notice
    // under the network says so and offers to start it.
    const bool startsNow = startAfter() && !customize();
    return !m_wizard->isCreating() && problem().isEmpty() &&
           !(startsNow && m_networkChoice->chosenIsInactive());
}

void WizardFinishPage::setCreating(bool creating)
{
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_name, m_networkChoice, m_listen, m_password, m_start, m_autostart, m_customize})
        w->setEnabled(!creating);
    m_openConsole->setEnabled(!creating);
    if (!creating) {
        m_start->setEnabled(!m_customize->isChecked());
        updateOpenConsole();
    }
    if (creating) {
        m_error->hide();
        m_progress->setValue(0);
        m_progress->show();
    } else {
        m_progress->hide();
    }
    Q_EMIT completeChanged();
}

void WizardFinishPage::showStep(const QString &text)
{
    m_status->setStyleSheet(QString());
    m_status->setText(text + QStringLiteral("…"));
}

void WizardFinishPage::showProgress(int percent)
{
    m_progress->setValue(percent);
}

void WizardFinishPage::showOutcome(const QString &text, bool ok)
{
    m_status->clear();
    if (ok) {
        m_status->setText(text);
        return;
    }
    setProblem(m_error, text);
}

} // namespace Vireo
