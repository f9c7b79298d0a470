// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/domain/clonebatch.h"
#include "core/domain/clonejob.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace Vireo {

class HostSession;

/// Clones a domain: one clone with a name ("Clone…"), or many from a name pattern such as
/// lab-{01..20} ("Clone ×N…", linked by default, for trainers). For each disk the user chooses
/// what the clone gets (copy, linked, share, leave out), each said in plain words. Then one
/// progress bar, Cancel (which undoes the clone in progress), and a report of what was made and
/// what failed. GUI thread; the work is CloneJob's and CloneBatch's, on the host's worker.
class CloneDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { One, Many };

    CloneDialog(HostSession *session, const QString &uuid, Mode mode, QWidget *parent = nullptr);
    ~CloneDialog() override;

    Mode mode() const { return m_mode; }
    /// The new name (One) or the name pattern (Many).
    QLineEdit *nameEdit() const { return m_name; }
    /// What the clone gets of each disk, in the original's order (empty until it is read).
    QList<QComboBox *> modeBoxes() const { return m_modeBoxes; }
    QCheckBox *startBox() const { return m_start; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *explanationLabel() const { return m_explanation; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cloneButton() const { return m_cloneButton; }
    /// Cancel: closes before the clone starts, stops (and undoes) it while it runs.
    QPushButton *cancelButton() const { return m_cancelButton; }
    QPlainTextEdit *reportView() const { return m_report; }
    bool isRunning() const;

    /// Plain words for what a mode does to a disk (shown under the list). Pure.
    static QString explain(CloneDiskMode mode);

Q_SIGNALS:
    /// The clones made (their UUIDs), once the job or batch is over.
    void cloned(Vireo::HostSession *session, const QStringList &uuids);

protected:
    void reject() override;

private:
    void showSource(const CloneSource &source);
    void revalidate();
    QList<CloneDiskMode> chosenModes() const;
    QStringList names() const;
    void startCloning();
    void setRunning(bool running);
    void finishOne(const Result<CloneOutcome> &result, bool cancelled);
    void finishMany(const CloneBatchReport &report);

    QPointer<HostSession> m_session;
    QString m_uuid;
    Mode m_mode;
    CloneSource m_source;
    bool m_loaded = false;
    QLabel *m_intro;
    QLineEdit *m_name;
    QLabel *m_preview;
    QGridLayout *m_disks;
    QList<QComboBox *> m_modeBoxes;
    QLabel *m_explanation;
    QCheckBox *m_start;
    QLabel *m_problem;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPlainTextEdit *m_report;
    QDialogButtonBox *m_buttons;
    QPushButton *m_cloneButton;
    QPushButton *m_cancelButton;
    QPointer<CloneJob> m_job;
    QPointer<CloneBatch> m_batch;
};

} // namespace Vireo
