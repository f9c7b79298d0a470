// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/migration/migrationrequest.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Vireo {

class DomainTreeModel;
class HostSession;
class MigrationJob;

/// Virtual Machine > Migrate…: moves one domain to another connected host. GUI thread.
///
/// It reads the domain from its host and the chosen destination's capabilities, networks and
/// pools on their workers, and says in words what would fail (checkMigration) before Start is
/// offered. While the migration runs it shows libvirt's job statistics, with Cancel and, where
/// both ends are QEMU and the request allowed it, Switch to post-copy. Not modal: the manager
/// stays usable.
class MigrateDialog : public QDialog
{
    Q_OBJECT
public:
    MigrateDialog(DomainTreeModel *model, HostSession *source, const QString &uuid,
                  QWidget *parent = nullptr);
    ~MigrateDialog() override;

    /// Preselects a destination (dragging a domain onto a host's row).
    void setDestination(HostSession *destination);
    HostSession *destination() const;
    MigrationRequest request() const;
    /// What the last check said; empty until both hosts have answered.
    std::optional<MigrationCheck> lastCheck() const { return m_check; }

    QComboBox *destinationBox() const { return m_destination; }
    /// "Move NAME from HOST to another host."
    QLabel *headingLabel() const { return m_title; }
    QLabel *checkLabel() const { return m_checkLabel; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QRadioButton *offlineButton() const { return m_offline; }
    QCheckBox *copyStorageBox() const { return m_copyStorage; }
    QCheckBox *postCopyBox() const { return m_postCopy; }
    QPushButton *postCopyButton() const { return m_postCopyButton; }
    QLabel *progressLabel() const { return m_progressText; }

Q_SIGNALS:
    /// The move succeeded: the domain is now on destination (views follow it there).
    void migrated(Vireo::HostSession *destination, const QString &uuid);
    /// The check ran again (after a host answered or an option changed).
    void checked();

private:
    void buildForm();
    void fillDestinations();
    /// The source in the heading and each destination in the list, by their names now.
    void showHostNames();
    static QString destinationText(const HostSession *host);
    void readDestination();
    void recheck();
    void start();
    void showProgress(const MigrationProgress &p);
    void onFinished(const Status &result, bool cancelled, const MigrationProgress &completed);
    void setEditing(bool editable);

    QPointer<DomainTreeModel> m_model;
    QPointer<HostSession> m_source;
    QString m_uuid;
    std::optional<MigrationSource> m_sourceFacts;
    std::optional<MigrationTarget> m_targetFacts;
    std::optional<MigrationCheck> m_check;
    QString m_sourceError, m_targetError;
    QString m_targetArch; ///< the architecture the destination's CPU models were read for
    QObject *m_targetContext = nullptr; ///< answers for an older destination choice are dropped
    MigrationJob *m_job = nullptr;

    QLabel *m_title = nullptr;
    QString m_domainName;
    QComboBox *m_destination = nullptr;
    QRadioButton *m_live = nullptr;
    QRadioButton *m_offline = nullptr;
    QCheckBox *m_peerToPeer = nullptr;
    QCheckBox *m_tunnelled = nullptr;
    QCheckBox *m_copyStorage = nullptr;
    QCheckBox *m_persist = nullptr;
    QCheckBox *m_undefineSource = nullptr;
    QCheckBox *m_postCopy = nullptr;
    QSpinBox *m_downtime = nullptr;
    QSpinBox *m_bandwidth = nullptr;
    QLineEdit *m_migrationUri = nullptr;
    QCheckBox *m_editXml = nullptr;
    QPlainTextEdit *m_xml = nullptr;
    QLabel *m_checkLabel = nullptr;
    QGroupBox *m_progressBox = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_postCopyButton = nullptr;
    QLabel *m_postCopyNote = nullptr; ///< why a switch to post-copy was refused
    bool m_postCopyAsked = false;
    QPushButton *m_close = nullptr;
};

} // namespace Vireo
