// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/preferencesdialog.h"

#include "ui/common/grabkeysbutton.h"
#include "ui/common/preferences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Vireo {

namespace {

// A combo box that selects the item whose data is value and writes the chosen item's data back.
QComboBox *choiceBox(QWidget *parent, const QString &name,
                     const QList<std::pair<QString, QString>> &items, const QString &value,
                     const std::function<void(const QString &)> &write)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(name);
    for (const auto &[text, data] : items)
        box->addItem(text, data);
    box->setCurrentIndex(qMax(0, box->findData(value)));
    QObject::connect(box, &QComboBox::currentIndexChanged, box,
                     [box, write] { write(box->currentData().toString()); });
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pollingGroup());
    layout->addWidget(consoleGroup());
    layout->addWidget(newVmGroup());
    layout->addWidget(confirmGroup());
    layout->addWidget(languageGroup());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QWidget *PreferencesDialog::pollingGroup()
{
    auto *group = new QGroupBox(tr("Polling"), this);
    auto *form = new QFormLayout(group);
    m_interval = new QDoubleSpinBox(group);
    m_interval->setObjectName(QStringLiteral("statsInterval"));
    m_interval->setAccessibleName(tr("Statistics interval"));
    // Seconds with one decimal: 0.1 s is the shortest interval the hosts accept (100 ms).
    m_interval->setRange(0.0, 60.0);
    m_interval->setDecimals(1);
    m_interval->setSingleStep(0.5);
    m_interval->setSuffix(tr(" s"));
    m_interval->setSpecialValueText(tr("Off"));
    m_interval->setValue(Preferences::instance()->statsIntervalMs() / 1000.0);
    connect(m_interval, &QDoubleSpinBox::valueChanged, this,
            [](double s) { Preferences::instance()->setStatsIntervalMs(int(s * 1000.0 + 0.5)); });
    auto *label = new QLabel(tr("Sample &statistics every:"), group);
    label->setBuddy(m_interval);
    form->addRow(label, m_interval);
    // As virt-manager's "Poll" options: what is not sampled is not asked of the hosts at all.
    struct Kind
    {
        const char *name;
        QString text;
        QString accessibleName;
        bool StatsSampling::*field;
    };
    const Kind kinds[] = {
        {"sampleCpu", tr("CP&U usage"), tr("Sample CPU usage"), &StatsSampling::cpu},
        {"sampleMemory", tr("Memor&y"), tr("Sample memory"), &StatsSampling::memory},
        {"sampleDisk", tr("Dis&k I/O"), tr("Sample disk I/O"), &StatsSampling::disk},
        {"sampleNetwork", tr("Net&work I/O"), tr("Sample network I/O"), &StatsSampling::network},
    };
    auto *row = new QHBoxLayout;
    for (const Kind &k : kinds) {
        auto *check = new QCheckBox(k.text, group);
        check->setObjectName(QLatin1String(k.name));
        check->setAccessibleName(k.accessibleName);
        check->setChecked(Preferences::instance()->statsSampling().*k.field);
        connect(check, &QCheckBox::toggled, this, [field = k.field](bool on) {
            StatsSampling sampling = Preferences::instance()->statsSampling();
            sampling.*field = on;
            Preferences::instance()->setStatsSampling(sampling);
        });
        row->addWidget(check);
    }
    row->addStretch(1);
    form->addRow(tr("Sample:"), row);
    return group;
}

QWidget *PreferencesDialog::consoleGroup()
{
    auto *group = new QGroupBox(tr("Console"), this);
    auto *box = new QVBoxLayout(group);
    auto *form = new QFormLayout;
    box->addLayout(form);
    using Scaling = Preferences::ConsoleScaling;
    auto scalingName = [](Scaling s) { return QString::number(int(s)); };
    m_scaling =
        choiceBox(group, tr("Scale the console to its window"),
                  {{tr("Never (one guest pixel per screen pixel)"), scalingName(Scaling::Never)},
                   {tr("Only in full screen"), scalingName(Scaling::FullScreenOnly)},
                   {tr("Always"), scalingName(Scaling::Always)}},
                  scalingName(Preferences::instance()->consoleScaling()), [](const QString &v) {
                      Preferences::instance()->setConsoleScaling(Scaling(v.toInt()));
                  });
    m_scaling->setObjectName(QStringLiteral("consoleScaling"));
    auto *sl = new QLabel(tr("Sc&ale to the window:"), group);
    sl->setBuddy(m_scaling);
    form->addRow(sl, m_scaling);
    m_grabKeys = new GrabKeysButton(group);
    m_grabKeys->setObjectName(QStringLiteral("grabKeys"));
    m_grabKeys->setAccessibleName(tr("Keys that release the keyboard grab"));
    m_grabKeys->setKeys(Preferences::instance()->grabReleaseKeys());
    connect(m_grabKeys, &GrabKeysButton::keysRecorded, this,
            [](const QList<int> &keys) { Preferences::instance()->setGrabReleaseKeys(keys); });
    auto *gl = new QLabel(tr("R&elease the keyboard with:"), group);
    gl->setBuddy(m_grabKeys);
    form->addRow(gl, m_grabKeys);
    m_clipboard = new QCheckBox(tr("Send the guest's &clipboard to the host"), group);
    m_clipboard->setObjectName(QStringLiteral("guestClipboard"));
    m_clipboard->setToolTip(tr("For consoles of virtual machines you have not chosen for yet; "
                               "each console's Clipboard menu still decides for its own."));
    m_clipboard->setChecked(Preferences::instance()->guestClipboardToHost());
    connect(m_clipboard, &QCheckBox::toggled, this,
            [](bool on) { Preferences::instance()->setGuestClipboardToHost(on); });
    box->addWidget(m_clipboard);
    return group;
}

QWidget *PreferencesDialog::newVmGroup()
{
    auto *group = new QGroupBox(tr("New virtual machines"), this);
    auto *form = new QFormLayout(group);
    Preferences *p = Preferences::instance();
    m_format =
        choiceBox(group, tr("Disk format"),
                  {{tr("qcow2 (grows as the guest writes; snapshots)"), QStringLiteral("qcow2")},
                   {tr("raw (allocated in full; fastest)"), QStringLiteral("raw")}},
                  p->newVmStorageFormat(),
                  [](const QString &v) { Preferences::instance()->setNewVmStorageFormat(v); });
    m_format->setObjectName(QStringLiteral("storageFormat"));
    auto *fl = new QLabel(tr("Disk &format:"), group);
    fl->setBuddy(m_format);
    form->addRow(fl, m_format);
    m_listen =
        choiceBox(group, tr("Graphics listen address"),
                  {{tr("127.0.0.1 — only this host (safe)"), QStringLiteral("127.0.0.1")},
                   {tr("0.0.0.0 — every network the host is on"), QStringLiteral("0.0.0.0")}},
                  p->newVmListenAddress(),
                  [](const QString &v) { Preferences::instance()->setNewVmListenAddress(v); });
    m_listen->setObjectName(QStringLiteral("listenAddress"));
    auto *ll = new QLabel(tr("Graphics &listen on:"), group);
    ll->setBuddy(m_listen);
    form->addRow(ll, m_listen);
    m_firmware = choiceBox(group, tr("Firmware"),
                           {{tr("BIOS (SeaBIOS)"), QStringLiteral("bios")},
                            {tr("UEFI (OVMF), where the host offers it"), QStringLiteral("efi")}},
                           p->newVmFirmware(),
                           [](const QString &v) { Preferences::instance()->setNewVmFirmware(v); });
    m_firmware->setObjectName(QStringLiteral("firmware"));
    m_firmware->setToolTip(tr("An operating system that needs UEFI (Windows 11) gets it anyway."));
    auto *fwl = new QLabel(tr("Fir&mware:"), group);
    fwl->setBuddy(m_firmware);
    form->addRow(fwl, m_firmware);
    return group;
}

QWidget *PreferencesDialog::confirmGroup()
{
    auto *group = new QGroupBox(tr("Ask before"), this);
    auto *box = new QVBoxLayout(group);
    // Delete has no switch: it always opens the DeleteDialog, which is where its disks are chosen.
    const QList<std::pair<Preferences::Confirm, QString>> items = {
        {Preferences::Confirm::ForceOff, tr("&Force off or force reset")},
        {Preferences::Confirm::Pause, tr("&Pausing a virtual machine")},
    };
    const char *names[] = {"confirmForceOff", "confirmPause"};
    int i = 0;
    for (const auto &[what, text] : items) {
        auto *check = new QCheckBox(text, group);
        check->setObjectName(QLatin1String(names[i++]));
        check->setChecked(Preferences::instance()->confirms(what));
        connect(check, &QCheckBox::toggled, this,
                [w = what](bool on) { Preferences::instance()->setConfirms(w, on); });
        box->addWidget(check);
    }
    return group;
}

QWidget *PreferencesDialog::languageGroup()
{
    auto *group = new QGroupBox(tr("Language"), this);
    auto *form = new QFormLayout(group);
    // Each language by its own name, so that a reader of either finds it.
    m_language = choiceBox(group, tr("Interface language"),
                           {{tr("As the system (locale)"), QString()},
                            {QStringLiteral("English"), QStringLiteral("en")},
                            {QStringLiteral("简体中文"), QStringLiteral("zh_CN")}},
                           Preferences::instance()->language(),
                           [](const QString &v) { Preferences::instance()->setLanguage(v); });
    m_language->setObjectName(QStringLiteral("language"));
    auto *label = new QLabel(tr("&Interface:"), group);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto *note = new QLabel(tr("A new language shows at the next start of Vireo."), group);
    note->setWordWrap(true);
    form->addRow(note);
    return group;
}

} // namespace Vireo
