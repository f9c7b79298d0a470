// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/adddevicedialog.h"

#include "core/common/uri.h"
#include "core/domain/devices.h"
#include "core/storage/storage.h"
#include "ui/common/uitr.h"
#include "ui/details/devices/diskdevicepage.h"
#include "ui/details/devices/hostdevicepage.h"
#include "ui/details/devices/nicdevicepage.h"
#include "ui/details/devices/simpledevicepages.h"
#include "ui/details/domaincontext.h"
#include "widgets/errorstyle.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Vireo {

AddDeviceDialog::AddDeviceDialog(DomainContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_types(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_preview(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_whenNote(new QLabel(this))
{
    setWindowTitle(UiTr::tr("Add Hardware to %1").arg(context->description().name));
    m_types->setAccessibleName(UiTr::tr("Device type"));
    m_types->setMaximumWidth(220);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(UiTr::tr("Device XML preview"));
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setMinimumHeight(90);
    m_preview->setMaximumHeight(150);
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(UiTr::tr("What is wrong"));
    m_whenNote->setWordWrap(true);

    HostSession *session = context->session();
    QStringList targets;
    for (const DomainDisk &d : context->description().disks)
        targets << d.target;
    const bool sessionHost = session && Uri::isSession(session->uri());
    addPage(Type::Disk, UiTr::tr("Disk"), new DiskDevicePage(false, session, targets));
    addPage(Type::Cdrom, UiTr::tr("CD-ROM drive"), new DiskDevicePage(true, session, targets));
    addPage(Type::Nic, UiTr::tr("Network interface"), new NicDevicePage(session, sessionHost));
    addPage(Type::Graphics, UiTr::tr("Graphics (VNC)"), new GraphicsDevicePage);
    addPage(Type::Video, UiTr::tr("Video"), new VideoDevicePage);
    addPage(Type::Serial, UiTr::tr("Serial port"),
            new CharDevicePage(CharDeviceSpec::Kind::Serial));
    addPage(Type::Console, UiTr::tr("Console"), new CharDevicePage(CharDeviceSpec::Kind::Console));
    addPage(Type::GuestAgent, UiTr::tr("Guest agent channel"),
            new CharDevicePage(CharDeviceSpec::Kind::GuestAgent));
    addPage(Type::HostUsb, UiTr::tr("USB host device"), new HostDevicePage(session));
    addPage(Type::Rng, UiTr::tr("Random number generator"), new RngDevicePage);
    addPage(Type::Watchdog, UiTr::tr("Watchdog"), new WatchdogDevicePage);
    addPage(Type::Sound, UiTr::tr("Sound"), new SoundDevicePage);
    addPage(Type::Input, UiTr::tr("Input (tablet, keyboard, mouse)"), new InputDevicePage);
    auto *tpm = new TpmDevicePage;
    addPage(Type::Tpm, UiTr::tr("TPM"), tpm);
    Devices::fetchDomainCapabilities(
        session, context->uuid(), tpm, [tpm](Result<DomainCapabilities> caps) {
            if (!caps)
                tpm->setOffered(false, {},
                                UiTr::tr("The host does not say "
                                         "whether it can emulate a "
                                         "TPM: %1")
                                    .arg(caps.error().message));
            else
                tpm->setOffered(caps->offersTpmEmulator(), caps->tpmModels,
                                UiTr::tr("The host cannot emulate a "
                                         "TPM 2.0: install swtpm "
                                         "and swtpm-tools there."));
        });

    auto *whenBox = new QGroupBox(UiTr::tr("When"), this);
    auto *whenLayout = new QVBoxLayout(whenBox);
    auto *group = new QButtonGroup(this);
    m_now = new QRadioButton(UiTr::tr("&Now only (gone after the next restart)"), whenBox);
    m_later = new QRadioButton(UiTr::tr("After the next &restart"), whenBox);
    m_both = new QRadioButton(UiTr::tr("Now and after &restarts"), whenBox);
    for (QRadioButton *r : {m_both, m_now, m_later}) {
        r->setAccessibleName(r->text().remove(QLatin1Char('&')));
        group->addButton(r);
        whenLayout->addWidget(r);
        connect(r, &QRadioButton::toggled, this, [this] { refresh(); });
    }
    m_both->setChecked(true);
    whenLayout->addWidget(m_whenNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_add = buttons->addButton(UiTr::tr("&Add"), QDialogButtonBox::AcceptRole);
    m_add->setAccessibleName(UiTr::tr("Add the device"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(UiTr::tr("Cancel"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &AddDeviceDialog::apply);

    auto *right = new QVBoxLayout;
    right->addWidget(m_stack, 3);
    auto *previewLabel = new QLabel(UiTr::tr("Device &XML:"), this);
    previewLabel->setBuddy(m_preview);
    right->addWidget(previewLabel);
    right->addWidget(m_preview, 1);
    right->addWidget(m_problem);
    right->addWidget(whenBox);
    auto *top = new QHBoxLayout;
    top->addWidget(m_types);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    connect(m_types, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        refresh();
    });
    connect(m_context, &DomainContext::infoChanged, this, &AddDeviceDialog::refresh);
    m_types->setCurrentRow(0);
    resize(860, 720);
}

void AddDeviceDialog::addPage(Type type, const QString &name, DevicePage *page)
{
    m_types->addItem(name);
    auto *area = new QScrollArea(m_stack);
    area->setWidget(page);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setAccessibleName(UiTr::tr("%1 settings").arg(name));
    m_stack->addWidget(area);
    m_pages.append({type, page});
    connect(page, &DevicePage::changed, this, [this, page] {
        if (m_pages.value(m_stack->currentIndex()).second == page)
            refresh();
    });
}

DevicePage *AddDeviceDialog::page(Type type) const
{
    for (const auto &[t, p] : m_pages) {
        if (t == type)
            return p;
    }
    return nullptr;
}

void AddDeviceDialog::selectType(Type type)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).first == type)
            m_types->setCurrentRow(i);
    }
}

QRadioButton *AddDeviceDialog::whenButton(ApplyWhen when) const
{
    switch (when) {
    case ApplyWhen::Now:
        return m_now;
    case ApplyWhen::AfterRestart:
        return m_later;
    case ApplyWhen::NowAndAfterRestart:
        break;
    }
    return m_both;
}

ApplyWhen AddDeviceDialog::when() const
{
    if (m_now->isChecked())
        return ApplyWhen::Now;
    if (m_later->isChecked())
        return ApplyWhen::AfterRestart;
    return ApplyWhen::NowAndAfterRestart;
}

void AddDeviceDialog::refresh()
{
    const int row = m_stack->currentIndex();
    if (row < 0 || row >= m_pages.size() || !m_context || !m_add)
        return; // still being built
    DevicePage *page = m_pages.at(row).second;
    const DeviceSpec spec = page->spec();
    const bool running = m_context->isActive();
    const bool live = canAttachLive(spec);

    // Shut off, there is only the configuration: the choice says nothing then, and is hidden.
    m_now->setEnabled(running && live);
    m_both->setEnabled(running);
    m_later->setEnabled(running);
    for (QRadioButton *r : {m_now, m_both, m_later})
        r->setVisible(running);
    if (!running)
        m_whenNote->setText(UiTr::tr("The domain is shut off: the device goes into its "
                                     "configuration and is there at the next start."));
    else if (!live)
        m_whenNote->setText(UiTr::tr("This device cannot be added to a running guest: it goes "
                                     "into the configuration and appears after the next restart."));
    else
        m_whenNote->setText(UiTr::tr("The running guest gets the device at once (hot-plug)."));

    QString problem = page->pageProblem();
    if (problem.isEmpty())
        problem = deviceSpecProblem(spec);
    if (problem.isEmpty()) {
        if (Result<DomainControl::Scope> scope = deviceScope(when(), running, live); !scope)
            problem = scope.error().message;
    }
    Result<QString> xml = buildDeviceXml(spec, DeviceXmlOptions{true});
    m_preview->setPlainText(xml ? *xml : QString());
    m_problem->setText(problem);
    ErrorStyle::setError(m_problem, !problem.isEmpty());
    m_add->setEnabled(problem.isEmpty() && !m_busy);
}

void AddDeviceDialog::fail(const QString &message)
{
    m_busy = false;
    refresh();
    m_problem->setText(message);
    ErrorStyle::setError(m_problem, true);
}

void AddDeviceDialog::apply()
{
    if (!m_context || m_busy)
        return;
    DevicePage *page = m_pages.value(m_stack->currentIndex()).second;
    const DeviceSpec spec = page->spec();
    Result<DomainControl::Scope> scope =
        deviceScope(when(), m_context->isActive(), canAttachLive(spec));
    Result<QString> xml = buildDeviceXml(spec);
    if (!scope || !xml) {
        fail(!scope ? scope.error().message : xml.error().message);
        return;
    }
    m_busy = true;
    m_add->setEnabled(false);
    auto *disk = qobject_cast<DiskDevicePage *>(page);
    if (const auto volume = disk ? disk->newVolume() : std::nullopt) {
        // The volume first; the disk points at it once it exists.
        m_problem->setText(UiTr::tr("Creating the volume %1…").arg(volume->name));
        ErrorStyle::setError(m_problem, false);
        m_creation = new VolumeCreation(m_context->session(), volume->pool, volume->name,
                                        volume->format, volume->capacityBytes, this);
        connect(m_creation, &VolumeCreation::finished, this,
                [this, xml = *xml, scope = *scope](const Result<StorageVolumeInfo> &made, bool) {
                    m_creation->deleteLater();
                    if (!made) {
                        fail(made.error().text());
                        return;
                    }
                    attach(xml, scope);
                });
        m_creation->start();
        return;
    }
    attach(*xml, *scope);
}

void AddDeviceDialog::attach(const QString &xml, DomainControl::Scope scope)
{
    m_problem->setText(UiTr::tr("Adding the device…"));
    ErrorStyle::setError(m_problem, false);
    const QString name = m_types->currentItem()->text();
    Devices::attach(m_context->session(), m_context->uuid(), xml, scope, this,
                    [this, name, scope](Status s) {
                        if (!s) {
                            fail(s.error().text());
                            return;
                        }
                        QString where;
                        if (scope == DomainControl::Live)
                            where = UiTr::tr("%1 added to the running guest (until it restarts).");
                        else if (scope == DomainControl::Config)
                            where = UiTr::tr("%1 added to the configuration: it is there at the "
                                             "next start.");
                        else
                            where = UiTr::tr("%1 added to the running guest and its "
                                             "configuration.");
                        if (m_context)
                            m_context->reloadXml();
                        Q_EMIT deviceAdded(where.arg(name));
                        accept();
                    });
}

} // namespace Vireo
