// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/wizard/wizardospage.h"

#include "core/common/memorysize.h"
#include "core/storage/storage.h"
#include "ui/wizard/newvmwizard.h"
#include "ui/wizard/pathchecker.h"
#include "ui/wizard/wizardpageparts.h"
#include "ui/wizard/wizardsourcepage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Vireo {

using namespace WizardParts;

WizardOsPage::WizardOsPage(NewVmWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Step 2 of 5: Operating system"));
    setSubTitle(tr("Knowing the system sets sensible memory, CPU and disk sizes and the fastest "
                   "devices it supports."));
    auto *layout = new QVBoxLayout(this);
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setWordWrap(true);
    layout->addWidget(m_detected);
    addSearchRow(layout);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("osList"));
    m_list->setAccessibleName(tr("Operating systems"));
    layout->addWidget(m_list, 1);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("osDetails"));
    m_details->setWordWrap(true);
    layout->addWidget(m_details);

    connect(m_search, &QLineEdit::textChanged, this, &WizardOsPage::fill);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        showDetails();
        Q_EMIT completeChanged();
    });
    connect(wizard, &NewVmWizard::pathChecked, this, &WizardOsPage::onPathChecked);
    connect(wizard, &NewVmWizard::osDbLoaded, this, [this] {
        fill();
        if (m_wizard->currentPage() == this)
            initializePage();
    });
    fill();
}

void WizardOsPage::addSearchRow(QVBoxLayout *layout)
{
    auto *searchLabel = new QLabel(tr("&Search:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("osSearch"));
    m_search->setPlaceholderText(tr("e.g. debian 12, fedora, windows 11"));
    m_search->setClearButtonEnabled(true);
    // The line edit's own clear button has no name (as in the manager's filter).
    for (QToolButton *b : m_search->findChildren<QToolButton *>())
        b->setAccessibleName(tr("Clear the search"));
    searchLabel->setBuddy(m_search);
    auto *row = new QHBoxLayout;
    row->addWidget(searchLabel);
    row->addWidget(m_search, 1);
    layout->addLayout(row);
}

void WizardOsPage::fill()
{
    const QString keep =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    QSignalBlocker block(m_list);
    m_list->clear();
    auto *generic = new QListWidgetItem(tr("Generic or unknown operating system"), m_list);
    generic->setData(Qt::UserRole, QString());
    if (const OsInfoDb *db = m_wizard->osDb()) {
        const QList<OsInfo> found = m_search->text().trimmed().isEmpty()
                                        ? db->search(QString())
                                        : db->search(m_search->text());
        for (const OsInfo &os : found) {
            auto *item = new QListWidgetItem(os.name, m_list);
            item->setData(Qt::UserRole, os.id);
            item->setToolTip(os.id);
        }
    }
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == keep)
            row = i;
    m_list->setCurrentRow(row);
    block.unblock();
    showDetails();
    Q_EMIT completeChanged();
}

const OsInfo *WizardOsPage::selectedOs() const
{
    const OsInfoDb *db = m_wizard->osDb();
    QListWidgetItem *item = m_list->currentItem();
    if (!db || !item)
        return nullptr;
    return db->find(item->data(Qt::UserRole).toString());
}

bool WizardOsPage::selectOs(const QString &id)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < m_list->count(); ++i)
            if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
                m_list->setCurrentRow(i);
                m_list->scrollToItem(m_list->item(i));
                return true;
            }
        // Not in the filtered list: clear the search and look again.
        if (pass == 0 && !m_search->text().isEmpty())
            m_search->clear();
    }
    return false;
}

void WizardOsPage::initializePage()
{
    const OsInfoDb *db = m_wizard->osDb();
    WizardSourcePage *src = m_wizard->sourcePage();
    if (!db) {
        m_detected->setText(tr("Loading the operating system list (osinfo-db)…"));
        return;
    }
    if (src->method() != InstallMethod::LocalMedia) {
        m_detected->setText(tr("Choose the operating system you will install, or \"Generic\"."));
        return;
    }
    const QString iso = src->mediaPath();
    if (iso == m_lastDetectedFrom)
        return; // keep the user's choice for the same ISO
    m_lastDetectedFrom = iso;
    if (m_wizard->hostIsLocal())
        detectFromLocalIso(iso);
    else
        detectFromRemoteIso(iso);
}

void WizardOsPage::detectFromLocalIso(const QString &iso)
{
    // The descriptor was read off the GUI thread with the path's check (PathChecker); until that
    // answers, say so and wait for it.
    m_waitingFor.clear();
    const QHash<QString, PathFacts> &known = m_wizard->pathChecker()->known();
    const auto facts = known.constFind(iso);
    if (facts != known.constEnd() && facts->iso) {
        applyDetection(*facts->iso);
        return;
    }
    m_detected->setText(tr("Reading the ISO…"));
    m_waitingFor = iso;
    m_wizard->checkPaths();
}

void WizardOsPage::onPathChecked(const QString &path)
{
    if (path != m_waitingFor)
        return;
    const QHash<QString, PathFacts> &known = m_wizard->pathChecker()->known();
    const auto facts = known.constFind(path);
    if (facts == known.constEnd() || !facts->iso)
        return; // not read yet (a check without the descriptor): the next answer has it
    m_waitingFor.clear();
    applyDetection(*facts->iso);
}

void WizardOsPage::detectFromRemoteIso(const QString &iso)
{
    // A remote host's ISO: read its volume descriptors through the host (if it is a volume of a
    // pool), on the worker.
    m_detected->setText(tr("Reading the ISO on the host…"));
    delete m_readContext;
    m_readContext = new QObject(this);
    Storage::readVolumeBytes(m_wizard->session(), iso, 16 * 2048, 8 * 2048, m_readContext,
                             [this](Result<QByteArray> bytes) {
                                 if (!bytes) {
                                     m_detected->setText(
                                         tr("The ISO could not be read from the host (%1): "
                                            "choose the operating system.")
                                             .arg(bytes.error().text()));
                                     return;
                                 }
                                 applyDetection(Iso::parseDescriptors(bytes.value()));
                             });
}

void WizardOsPage::applyDetection(const Result<IsoIdentity> &id)
{
    const OsInfoDb *db = m_wizard->osDb();
    if (!db)
        return;
    if (!id) {
        m_detected->setText(tr("Could not detect the operating system: %1").arg(id.error().text()));
        return;
    }
    const OsInfo *os = db->detect(id.value(), m_wizard->sourcePage()->arch());
    if (!os) {
        m_detected->setText(tr("The ISO (volume \"%1\") is not in the operating system list: "
                               "choose the closest one, or \"Generic\".")
                                .arg(id->volumeId));
        selectOs(QString());
        return;
    }
    selectOs(os->id);
    m_detected->setText(tr("Detected <b>%1</b> from the ISO (volume \"%2\").")
                            .arg(os->name.toHtmlEscaped(), id->volumeId.toHtmlEscaped()));
}

void WizardOsPage::showDetails()
{
    const OsInfo *os = selectedOs();
    if (!os) {
        m_details->setText(tr("Generic: 1 GiB memory, 2 vCPUs, 20 GiB disk, virtio devices."));
        return;
    }
    QStringList parts;
    if (os->recommendedRamBytes || os->minimumRamBytes)
        parts << tr("%1 memory")
                     .arg(formatBytes(os->recommendedRamBytes ? os->recommendedRamBytes
                                                              : os->minimumRamBytes));
    if (os->recommendedCpus)
        parts << tr("%n vCPU(s)", nullptr, os->recommendedCpus);
    if (os->recommendedStorageBytes)
        parts << tr("%1 disk").arg(formatBytes(os->recommendedStorageBytes));
    parts << (os->virtio ? tr("virtio devices") : tr("emulated devices (no virtio drivers)"));
    m_details->setText(
        tr("Recommended for %1: %2.").arg(os->name, parts.join(QStringLiteral(", "))));
}

bool WizardOsPage::isComplete() const
{
    return m_list->currentItem() != nullptr;
}

} // namespace Vireo
