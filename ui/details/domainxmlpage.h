// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Vireo {

class ApplyBar;
class DomainContext;

/// The XML page of the details window: the domain's definition, editable. Apply checks the text
/// (it must stay this domain: same UUID), then has libvirt validate and define it; on failure the
/// error is shown and nothing changes. Lives on the GUI thread.
class DomainXmlPage : public QWidget
{
    Q_OBJECT
public:
    explicit DomainXmlPage(DomainContext *context, QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *applyButton() const;
    QLabel *statusLabel() const;
    bool isEdited() const { return m_edited; }

    /// Reads the definition again (unless the user is editing it).
    void reload();

Q_SIGNALS:
    /// The edited XML was defined.
    void applied();

private:
    void apply();
    void setEdited(bool edited);

    DomainContext *m_context;
    QPlainTextEdit *m_editor;
    ApplyBar *m_bar;
    bool m_edited = false;
    bool m_loading = false;
};

} // namespace Vireo
