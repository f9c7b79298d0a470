// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/devices/simpledevicepages.h"

#include "ui/common/uitr.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace Vireo {

namespace {
QString S(const char *s)
{
    return QString::fromLatin1(s);
}
QFormLayout *formOf(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}
QLabel *noteLabel(QWidget *page, const QString &text)
{
    auto *label = new QLabel(text, page);
    label->setWordWrap(true);
    return label;
}
} // namespace

GraphicsDevicePage::GraphicsDevicePage(QWidget *parent)
    : DevicePage(parent)
{
    auto *form = formOf(this);
    m_listen = addCombo(form, UiTr::tr("&Listen on:"),
                        {{S("127.0.0.1"), UiTr::tr("This host only (127.0.0.1)")},
                         {S("0.0.0.0"), UiTr::tr("All interfaces (0.0.0.0)")}});
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(8);
    m_password->setPlaceholderText(UiTr::tr("none"));
    m_password->setAccessibleName(UiTr::tr("VNC password"));
    form->addRow(UiTr::tr("&Password:"), m_password);
    connect(m_password, &QLineEdit::textChanged, this, &DevicePage::changed);
    form->addRow(noteLabel(this, UiTr::tr("Listening on all interfaces lets anyone on the network "
                                          "reach the display: set a password.")));
}

DeviceSpec GraphicsDevicePage::spec() const
{
    return GraphicsDeviceSpec{valueOf(m_listen), m_password->text()};
}

VideoDevicePage::VideoDevicePage(QWidget *parent)
    : DevicePage(parent)
{
    auto *form = formOf(this);
    m_model = addCombo(form, UiTr::tr("&Model:"),
                       {{S("virtio"), UiTr::tr("virtio (best for Linux guests)")},
                        {S("qxl"), UiTr::tr("QXL")},
                        {S("vga"), UiTr::tr("VGA (standard)")},
                        {S("bochs"), UiTr::tr("Bochs")},
                        {S("ramfb"), UiTr::tr("ramfb (UEFI frame buffer)")},
                        {S("none"), UiTr::tr("None")}});
    m_vramMiB = new QSpinBox(this);
    m_vramMiB->setRange(0, 512);
    m_vramMiB->setSuffix(UiTr::tr(" MiB"));
    m_vramMiB->setSpecialValueText(UiTr::tr("the model's default"));
    m_vramMiB->setAccessibleName(UiTr::tr("Video RAM in MiB"));
    form->addRow(UiTr::tr("Video &RAM:"), m_vramMiB);
    connect(m_vramMiB, &QSpinBox::valueChanged, this, &DevicePage::changed);
}

DeviceSpec VideoDevicePage::spec() const
{
    return VideoDeviceSpec{valueOf(m_model), quint64(m_vramMiB->value()) * 1024};
}

void VideoDevicePage::setSpec(const DeviceSpec &spec)
{
    if (const auto *v = std::get_if<VideoDeviceSpec>(&spec)) {
        selectValue(m_model, v->model);
        m_vramMiB->setValue(int(v->vramKiB / 1024));
    }
}

void VideoDevicePage::updateHeld()
{
    holdWhileRunning(m_model);
    holdWhileRunning(m_vramMiB);
}

QString VideoDevicePage::restartNote() const
{
    return UiTr::tr("The model and video RAM are greyed: libvirt changes them only while the "
                    "domain is shut off.");
}

CharDevicePage::CharDevicePage(CharDeviceSpec::Kind kind, QWidget *parent)
    : DevicePage(parent)
    , m_kind(kind)
{
    auto *form = formOf(this);
    QString text;
    switch (kind) {
    case CharDeviceSpec::Kind::Serial:
        text = UiTr::tr("A serial port (16550A) on a pseudo-terminal of the host: the text console "
                        "can attach to it.");
        break;
    case CharDeviceSpec::Kind::Console:
        text = UiTr::tr("A virtio console (hvc0 in a Linux guest) on a pseudo-terminal of the "
                        "host.");
        break;
    case CharDeviceSpec::Kind::GuestAgent:
        text = UiTr::tr("The channel the QEMU guest agent talks through (install qemu-guest-agent "
                        "in the guest): clean shutdown, file system freeze, guest addresses.");
        break;
    }
    form->addRow(noteLabel(this, text));
}

DeviceSpec CharDevicePage::spec() const
{
    return CharDeviceSpec{m_kind, -1};
}

RngDevicePage::RngDevicePage(QWidget *parent)
    : DevicePage(parent)
{
    auto *form = formOf(this);
    m_backend = addCombo(form, UiTr::tr("&Entropy from:"),
                         {{S("/dev/urandom"), S("/dev/urandom")},
                          {S("/dev/random"), S("/dev/random")},
                          {S("/dev/hwrng"), UiTr::tr("/dev/hwrng (the host's hardware RNG)")}});
    form->addRow(noteLabel(this, UiTr::tr("A virtio random number generator feeds the guest's "
                                          "entropy pool from the host.")));
}

DeviceSpec RngDevicePage::spec() const
{
    return RngDeviceSpec{valueOf(m_backend)};
}

WatchdogDevicePage::WatchdogDevicePage(QWidget *parent)
    : DevicePage(parent)
{
    auto *form = formOf(this);
    m_model = addCombo(form, UiTr::tr("&Model:"),
                       {{S("i6300esb"), UiTr::tr("Intel 6300ESB (PCI)")},
                        {S("itco"), UiTr::tr("Intel iTCO (q35 chipset)")},
                        {S("ib700"), UiTr::tr("iBase IB700 (ISA)")}});
    m_action = addCombo(form, UiTr::tr("When the guest &hangs:"),
                        {{S("reset"), UiTr::tr("Reset it")},
                         {S("shutdown"), UiTr::tr("Shut it down cleanly")},
                         {S("poweroff"), UiTr::tr("Power it off")},
                         {S("pause"), UiTr::tr("Pause it")},
                         {S("dump"), UiTr::tr("Dump its memory")},
                         {S("none"), UiTr::tr("Do nothing")}});
}

DeviceSpec WatchdogDevicePage::spec() const
{
    return WatchdogDeviceSpec{valueOf(m_model), valueOf(m_action)};
}

SoundDevicePage::SoundDevicePage(QWidget *parent)
    : DevicePage(parent)
{
    auto *form = formOf(this);
    m_model = addCombo(form, UiTr::tr("&Model:"),
                       {{S("ich9"), UiTr::tr("Intel HDA (ICH9)")},
                        {S("ich6"), UiTr::tr("Intel HDA (ICH6)")},
                        {S("ac97"), UiTr::tr("AC97")},
                        {S("usb"), UiTr::tr("USB audio")}});
}

DeviceSpec SoundDevicePage::spec() const
{
    return SoundDeviceSpec{valueOf(m_model)};
}

InputDevicePage::InputDevicePage(QWidget *parent)
    : DevicePage(parent)
{
    auto *form = formOf(this);
    m_type = addCombo(form, UiTr::tr("&Type:"),
                      {{S("tablet"), UiTr::tr("Tablet (absolute pointer: no drift in VNC)")},
                       {S("keyboard"), UiTr::tr("Keyboard")},
                       {S("mouse"), UiTr::tr("Mouse")}});
    m_bus = addCombo(form, UiTr::tr("&Bus:"),
                     {{S("usb"), S("USB")}, {S("virtio"), S("virtio")}, {S("ps2"), S("PS/2")}});
}

DeviceSpec InputDevicePage::spec() const
{
    return InputDeviceSpec{valueOf(m_type), valueOf(m_bus)};
}

TpmDevicePage::TpmDevicePage(QWidget *parent)
    : DevicePage(parent)
{
    auto *form = formOf(this);
    m_model = addCombo(form, UiTr::tr("&Model:"),
                       {{S("tpm-crb"), UiTr::tr("CRB (TPM 2.0, for Windows 11)")},
                        {S("tpm-tis"), UiTr::tr("TIS")}});
    m_why = UiTr::tr("Asking the host whether it can emulate a TPM…");
    m_note = noteLabel(this, m_why);
    form->addRow(m_note);
}

void TpmDevicePage::setOffered(bool emulator, const QStringList &models, const QString &why)
{
    m_offered = emulator;
    m_why = why;
    m_model->setEnabled(emulator);
    for (int i = 0; i < m_model->count(); ++i) {
        if (!models.isEmpty() && !models.contains(m_model->itemData(i).toString()))
            m_model->setItemData(i, false, Qt::UserRole - 1); // greyed: the host lacks it
    }
    m_note->setText(emulator ? UiTr::tr("A TPM 2.0 emulated by swtpm on the host; its state is "
                                        "kept with the domain.")
                             : UiTr::tr("A TPM 2.0 is emulated by swtpm on the host."));
    Q_EMIT changed();
}

DeviceSpec TpmDevicePage::spec() const
{
    return TpmDeviceSpec{valueOf(m_model)};
}

QString TpmDevicePage::pageProblem() const
{
    return m_offered ? QString() : m_why;
}

} // namespace Vireo
