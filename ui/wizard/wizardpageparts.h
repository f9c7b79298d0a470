// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Vireo {
struct StepCheck;
}

namespace Vireo::WizardParts {

// Small pieces every page of the New-VM wizard builds with (GUI thread).

/// A field's label: its buddy (Alt+letter), and the field's accessible name where it has none,
/// since Qt names a field after its label only when both share a parent (a path field sits in a
/// row with its Browse button).
QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent);
/// The line under a page that says what blocks Next (object name "errorLabel").
QLabel *errorLabel(QWidget *parent);
/// A quiet explanatory line.
QLabel *hintLabel(const QString &text, QWidget *parent);
/// Shows the text, or hides the label when it is empty.
void setProblem(QLabel *label, const QString &text);
/// Shows a step's problem in the error label: as an error, or quietly while it is only a wait
/// ("Checking…"). Hidden when there is none.
void showCheck(QLabel *errorLabel, const StepCheck &check);

constexpr quint64 MiB = 1024ull * 1024;
constexpr quint64 GiB = 1024ull * MiB;

} // namespace Vireo::WizardParts
