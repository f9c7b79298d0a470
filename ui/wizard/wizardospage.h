// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/result.h"
#include "core/create/osinfo.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QListWidget;
class QVBoxLayout;

namespace Vireo {

class NewVmWizard;

/// Step 2 of NewVmWizard: the operating system, detected from the ISO or chosen from osinfo-db.
/// Lives on the GUI thread.
class WizardOsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WizardOsPage(NewVmWizard *wizard);

    /// Null for "Generic" (nothing known about the OS).
    const OsInfo *selectedOs() const;
    /// Selects an OS by osinfo id ("" for generic); false if unknown.
    bool selectOs(const QString &id);

    void initializePage() override;
    bool isComplete() const override;

private:
    void addSearchRow(QVBoxLayout *layout);
    void fill();
    void showDetails();
    void detectFromLocalIso(const QString &iso);
    void detectFromRemoteIso(const QString &iso);
    void onPathChecked(const QString &path);
    void applyDetection(const Result<IsoIdentity> &id);

    NewVmWizard *m_wizard;
    QLabel *m_detected = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_details = nullptr;
    QString m_lastDetectedFrom;
    QString m_waitingFor;             ///< the local ISO whose check is awaited for detection
    QObject *m_readContext = nullptr; ///< guards a pending remote read
};

} // namespace Vireo
