// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "ui/details/devices/devicepage.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Vireo {

// The pages of the device types with a few fixed choices each. GUI thread.

/// VNC graphics: where it listens (as the wizard offers it) and an optional password.
class GraphicsDevicePage : public DevicePage
{
    Q_OBJECT
public:
    explicit GraphicsDevicePage(QWidget *parent = nullptr);
    DeviceSpec spec() const override;

private:
    QComboBox *m_listen;
    QLineEdit *m_password;
};

class VideoDevicePage : public DevicePage
{
    Q_OBJECT
public:
    explicit VideoDevicePage(QWidget *parent = nullptr);
    DeviceSpec spec() const override;
    void setSpec(const DeviceSpec &spec) override;
    QString restartNote() const override;

private:
    void updateHeld() override;
    QComboBox *m_model;
    QSpinBox *m_vramMiB;
};

/// A serial port, a console or the guest-agent channel (chosen when the page is made).
class CharDevicePage : public DevicePage
{
    Q_OBJECT
public:
    CharDevicePage(CharDeviceSpec::Kind kind, QWidget *parent = nullptr);
    DeviceSpec spec() const override;

private:
    CharDeviceSpec::Kind m_kind;
};

class RngDevicePage : public DevicePage
{
    Q_OBJECT
public:
    explicit RngDevicePage(QWidget *parent = nullptr);
    DeviceSpec spec() const override;

private:
    QComboBox *m_backend;
};

class WatchdogDevicePage : public DevicePage
{
    Q_OBJECT
public:
    explicit WatchdogDevicePage(QWidget *parent = nullptr);
    DeviceSpec spec() const override;

private:
    QComboBox *m_model;
    QComboBox *m_action;
};

class SoundDevicePage : public DevicePage
{
    Q_OBJECT
public:
    explicit SoundDevicePage(QWidget *parent = nullptr);
    DeviceSpec spec() const override;

private:
    QComboBox *m_model;
};

class InputDevicePage : public DevicePage
{
    Q_OBJECT
public:
    explicit InputDevicePage(QWidget *parent = nullptr);
    DeviceSpec spec() const override;

private:
    QComboBox *m_type;
    QComboBox *m_bus;
};

/// A TPM 2.0 emulated by swtpm, offered where the domain capabilities list the emulator.
class TpmDevicePage : public DevicePage
{
    Q_OBJECT
public:
    explicit TpmDevicePage(QWidget *parent = nullptr);
    DeviceSpec spec() const override;
    QString pageProblem() const override;
    /// From the domain capabilities: whether the host has swtpm, and the models it offers.
    void setOffered(bool emulator, const QStringList &models, const QString &why);

private:
    QComboBox *m_model;
    QLabel *m_note;
    bool m_offered = false;
    QString m_why;
};

} // namespace Vireo
