#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Vireo {

class ApplyBar;
class DomainContext;

/// The Overview page of the details window: name, UUID, state, the editable title and
/// description, OS, hypervisor, machine type, firmware and autostart. Lives on the GUI thread.
class DomainOverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit DomainOverviewPage(DomainContext *context, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QPushButton *applyButton() const;
    QCheckBox *autostartBox() const { return m_autostart; }
    QLabel *statusLabel() const;
    QString fieldText(const QString &field) const;

private:
    void onInfo();
    void onDescription();
    void applyText();
    void setEdited(bool edited);

    DomainContext *m_context;
    QLabel *m_name;
    QLabel *m_uuid;
    QLabel *m_state;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    ApplyBar *m_bar;
    QLabel *m_os;
    QLabel *m_hypervisor;
    QLabel *m_machine;
    QLabel *m_firmware;
    QLabel *m_resources;
    QCheckBox *m_autostart;
    bool m_edited = false;
    bool m_loading = false;
    bool m_autostartPending = false;
};

} // namespace Vireo
