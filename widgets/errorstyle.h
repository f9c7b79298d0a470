// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QColor>
#include <QString>

class QLabel;

namespace Vireo::ErrorStyle {

// One look for "this went wrong" across every page and widget (GUI thread).

/// The colour of error text: a dark red that stays readable on light backgrounds.
QColor color();
/// The colour of a warning that is not an error (e.g. an open VNC listen address).
QColor warningColor();
/// Style-sheet declarations for error text ("color: …;"), to combine with others.
QString textStyleSheet();
/// Style-sheet declarations for warning text.
QString warningStyleSheet();
/// A banner across a window: a light red band with the error colour.
QString bannerStyleSheet();
/// Shows the label's text in the error style, or plainly.
void setError(QLabel *label, bool error);

} // namespace Vireo::ErrorStyle
