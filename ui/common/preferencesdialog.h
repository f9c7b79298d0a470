// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;

namespace Vireo {

class GrabKeysButton;

/// Edit > Preferences: each control writes its Preferences value as it changes, so the choice
/// applies at once (the language at the next start); Close only closes. GUI thread.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

private:
    QWidget *pollingGroup();
    QWidget *consoleGroup();
    QWidget *newVmGroup();
    QWidget *confirmGroup();
    QWidget *languageGroup();

    QDoubleSpinBox *m_interval = nullptr;
    QCheckBox *m_clipboard = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_listen = nullptr;
    QComboBox *m_firmware = nullptr;
    QComboBox *m_scaling = nullptr;
    GrabKeysButton *m_grabKeys = nullptr;
    QComboBox *m_language = nullptr;
};

} // namespace Vireo
