#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Vireo {
struct StepCheck;
}

namespace Vireo::WizardParts {

// Small pieces every page of the New-VM wizard builds with (GUI thread).

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
