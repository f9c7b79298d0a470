// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/domainsnapshotspage.h"

#include "ui/common/messagelog.h"
#include "ui/details/domaincontext.h"
#include "ui/details/snapshotdialogs.h"

#include "widgets/errorstyle.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vireo {

namespace {
constexpr int NameRole = Qt::UserRole;
constexpr int ThumbnailWidth = 240; // px
} // namespace

DomainSnapshotsPage::DomainSnapshotsPage(DomainContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_tree(new QTreeWidget(this))
    , m_create(new QPushButton(tr("&Take snapshot…"), this))
    , m_revert(new QPushButton(tr("&Revert to snapshot…"), this))
    , m_delete(new QPushButton(tr("&Delete snapshot…"), this))
    , m_refresh(new QPushButton(tr("Re&fresh"), this))
    , m_status(new QLabel(this))
    , m_thumbnail(new QLabel(this))
{
    m_tree->setColumnCount(5);
    m_tree->setHeaderLabels(
        {tr("Name"), tr("Created"), tr("State"), tr("Kind"), tr("Description")});
    m_tree->setAccessibleName(tr("Snapshots"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(CreatedColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_create->setAccessibleName(tr("Take snapshot"));
    m_revert->setAccessibleName(tr("Revert to snapshot"));
    m_delete->setAccessibleName(tr("Delete snapshot"));
    m_refresh->setAccessibleName(tr("Refresh snapshots"));
    m_status->setAccessibleName(tr("Snapshot status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The Delete key on the tree does what the button does.
    m_tree->installEventFilter(this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_refresh);
    m_thumbnail->setAccessibleName(tr("Screen when the snapshot was taken"));
    m_thumbnail->setFixedWidth(ThumbnailWidth);
    m_thumbnail->setMinimumHeight(ThumbnailWidth * 9 / 16);
    m_thumbnail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_thumbnail->setWordWrap(true);
    m_thumbnail->setEnabled(false);
    // The picture under the tree, not beside it: the tree keeps the window's width for its
    // five columns.
    auto *below = new QHBoxLayout;
    below->addWidget(m_thumbnail);
    below->addWidget(m_status, 1, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    layout->addLayout(below);

    connect(m_create, &QPushButton::clicked, this, &DomainSnapshotsPage::takeSnapshot);
    connect(m_revert, &QPushButton::clicked, this, &DomainSnapshotsPage::revertToSelected);
    connect(m_delete, &QPushButton::clicked, this, &DomainSnapshotsPage::deleteSelected);
    connect(m_refresh, &QPushButton::clicked, this, &DomainSnapshotsPage::reload);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &DomainSnapshotsPage::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (m_revert->isEnabled())
            revertToSelected();
    });
    // Running or not decides what Take snapshot offers; the disks decide what it may.
    connect(m_context, &DomainContext::infoChanged, this, &DomainSnapshotsPage::updateButtons);
    connect(m_context, &DomainContext::descriptionChanged, this,
            &DomainSnapshotsPage::updateButtons);
    updateButtons();
}

bool DomainSnapshotsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->matches(QKeySequence::Delete)) {
        if (m_delete->isEnabled())
            deleteSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void DomainSnapshotsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    reload();
}

void DomainSnapshotsPage::reload()
{
    if (!m_context->session())
        return;
    // One listing at a time; a request during one lists again after it.
    if (m_listing) {
        m_listAgain = true;
        return;
    }
    m_listing = true;
    Snapshots::list(m_context->session(), m_context->uuid(), this,
                    [this](const Result<Snapshots::SnapshotList> &r) {
                        m_listing = false;
                        if (m_listAgain) {
                            m_listAgain = false;
                            reload();
                            return;
                        }
                        showList(r);
                    });
}

void DomainSnapshotsPage::showList(const Result<Snapshots::SnapshotList> &result)
{
    if (!result) {
        if (!m_busy) {
            m_status->setText(result.error().text());
            ErrorStyle::setError(m_status, true);
        }
        Q_EMIT listed();
        return;
    }
    const QString keep = m_select.isEmpty() ? selectedName() : m_select;
    m_select.clear();
    m_list = result.value();
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> items;
    const QLocale locale;
    for (const SnapshotInfo &s : m_list.snapshots) {
        QTreeWidgetItem *parent = items.value(s.parent);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setData(NameColumn, NameRole, s.name);
        item->setText(NameColumn, s.current ? tr("%1 (current)").arg(s.name) : s.name);
        item->setText(CreatedColumn, s.created.isValid() ? locale.toString(s.created.toLocalTime(),
                                                                           QLocale::ShortFormat)
                                                         : QString());
        item->setText(StateColumn, snapshotStateText(s));
        item->setText(KindColumn, snapshotKindText(s.kind));
        item->setText(DescriptionColumn, s.description.section(QLatin1Char('\n'), 0, 0));
        item->setToolTip(DescriptionColumn, s.description);
        if (s.isExternal() && !s.overlays.isEmpty())
            item->setToolTip(KindColumn, s.overlays.join(QLatin1Char('\n')));
        if (s.current) {
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            item->setFont(NameColumn, bold);
            item->setToolTip(NameColumn, tr("The current snapshot: the domain's present state "
                                            "builds on it"));
        }
        items.insert(s.name, item);
    }
    m_tree->expandAll();
    if (QTreeWidgetItem *again = items.value(keep)) {
        m_tree->setCurrentItem(again);
        again->setSelected(true);
    }
    if (m_list.snapshots.isEmpty() && !m_busy && m_status->text().isEmpty())
        m_status->setText(tr("No snapshots yet."));
    updateButtons();
    showThumbnail();
    Q_EMIT listed();
}

void DomainSnapshotsPage::showThumbnail()
{
    const SnapshotInfo *s = selected();
    m_thumbnail->clear();
    m_thumbnail->setEnabled(false);
    const quint64 ticket = ++m_thumbnailTicket; // an answer for an older selection is dropped
    if (!s)
        return;
    // Read and scaled on the thread pool: the GUI thread reads no files (a screen's PPM is a few
    // MiB, and the data folder may be on a slow disk).
    QPointer<DomainSnapshotsPage> self(this);
    QThreadPool::globalInstance()->start([self, path = s->thumbnail, ticket] {
        QImage image(path);
        if (!image.isNull())
            image = image.scaledToWidth(ThumbnailWidth, Qt::SmoothTransformation);
        QMetaObject::invokeMethod(
            qApp,
            [self, image = std::move(image), ticket] {
                if (self && self->m_thumbnailTicket == ticket)
                    self->setThumbnail(image);
            },
            Qt::QueuedConnection);
    });
}

void DomainSnapshotsPage::setThumbnail(const QImage &image)
{
    if (image.isNull()) {
        m_thumbnail->setText(tr("No picture of the screen: the domain was not running when "
                                "this snapshot was taken here."));
        return;
    }
    m_thumbnail->setPixmap(QPixmap::fromImage(image));
    m_thumbnail->setEnabled(true);
}

QString DomainSnapshotsPage::selectedName() const
{
    const auto items = m_tree->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(NameColumn, NameRole).toString();
}

const SnapshotInfo *DomainSnapshotsPage::selected() const
{
    const QString name = selectedName();
    for (const SnapshotInfo &s : m_list.snapshots)
        if (s.name == name)
            return &s;
    return nullptr;
}

int DomainSnapshotsPage::descendantsOf(const QString &name) const
{
    int n = 0;
    QStringList parents{name};
    // Topological order: each child comes after its parent.
    for (const SnapshotInfo &s : m_list.snapshots) {
        if (parents.contains(s.parent)) {
            parents << s.name;
            ++n;
        }
    }
    return n;
}

QString DomainSnapshotsPage::domainName() const
{
    const QString name = m_context->description().name;
    return name.isEmpty() ? m_context->uuid() : name;
}

void DomainSnapshotsPage::updateButtons()
{
    const bool ready = !m_busy && m_list.libvirtVersion != 0 && m_context->hasDescription();
    m_create->setEnabled(ready);
    m_refresh->setEnabled(!m_busy);
    const SnapshotInfo *s = selected();
    const QString revertWhy = s ? Snapshots::revertBlocker(*s, m_list.libvirtVersion) : QString();
    m_revert->setEnabled(ready && s && revertWhy.isEmpty());
    m_revert->setToolTip(revertWhy);
    m_delete->setEnabled(ready && s);
}

void DomainSnapshotsPage::setBusy(const QString &what)
{
    m_busy = true;
    m_status->setText(what);
    ErrorStyle::setError(m_status, false);
    MessageLog::instance()->info(what);
    updateButtons();
}

void DomainSnapshotsPage::finish(const Status &status, const QString &done, const QString &select)
{
    m_busy = false;
    if (status) {
        m_status->setText(done);
        ErrorStyle::setError(m_status, false);
        MessageLog::instance()->info(done);
    } else {
        m_status->setText(status.error().text());
        ErrorStyle::setError(m_status, true);
        MessageLog::instance()->error(status.error().text());
    }
    m_select = select;
    reload();
    m_context->reload(); // a revert changes the domain's state and definition
    Q_EMIT operationFinished(status.ok());
}

void DomainSnapshotsPage::adopt(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    // Closed is gone for the page, though the object lives until its deleteLater.
    connect(dialog, &QDialog::finished, this, [this] { m_dialog = nullptr; });
}

void DomainSnapshotsPage::takeSnapshot()
{
    if (m_dialog || m_busy)
        return;
    QStringList names;
    for (const SnapshotInfo &s : m_list.snapshots)
        names << s.name;
    const DomainDescription &d = m_context->description();
    const quint64 v = m_list.libvirtVersion;
    auto *dialog =
        new SnapshotCreateDialog(domainName(), m_context->isActive(), names,
                                 Snapshots::createBlocker(d, SnapshotMode::Internal, v),
                                 Snapshots::createBlocker(d, SnapshotMode::DiskOnly, v),
                                 Snapshots::quiesceBlocker(d, SnapshotMode::DiskOnly), this);
    adopt(dialog);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SnapshotRequest request = dialog->request();
        setBusy(tr("Taking snapshot '%1' of %2…").arg(request.name, domainName()));
        Snapshots::create(
            m_context->session(), m_context->uuid(), request, this,
            [this](const Result<QString> &r) {
                finish(r ? Status(Done{}) : Status(r.error()),
                       r ? tr("Took snapshot '%1' of %2.").arg(r.value(), domainName()) : QString(),
                       r ? r.value() : QString());
            });
    });
    dialog->open();
}

void DomainSnapshotsPage::revertToSelected()
{
    const SnapshotInfo *s = selected();
    if (!s || m_dialog || m_busy)
        return;
    const QString firstWhy = Snapshots::createBlocker(
        m_context->description(), SnapshotMode::Internal, m_list.libvirtVersion);
    auto *dialog = new SnapshotRevertDialog(domainName(), *s, firstWhy, this);
    adopt(dialog);
    const QString name = s->name;
    connect(dialog, &QDialog::accepted, this, [this, dialog, name] {
        const auto first = dialog->snapshotFirst();
        setBusy(first ? tr("Taking snapshot '%1', then reverting %2 to '%3'…")
                            .arg(first->name, domainName(), name)
                      : tr("Reverting %1 to snapshot '%2'…").arg(domainName(), name));
        Snapshots::revert(
            m_context->session(), m_context->uuid(), name, first, this,
            [this, name](const Status &st) {
                finish(st, tr("Reverted %1 to snapshot '%2'.").arg(domainName(), name), name);
            });
    });
    dialog->open();
}

void DomainSnapshotsPage::deleteSelected()
{
    const SnapshotInfo *s = selected();
    if (!s || m_dialog || m_busy)
        return;
    auto *dialog =
        new SnapshotDeleteDialog(*s, descendantsOf(s->name), m_list.libvirtVersion, this);
    adopt(dialog);
    const QString name = s->name;
    const QString parent = s->parent;
    connect(dialog, &QDialog::accepted, this, [this, dialog, name, parent] {
        const Snapshots::DeleteScope scope = dialog->scope();
        setBusy(tr("Deleting snapshot '%1' of %2…").arg(name, domainName()));
        Snapshots::remove(m_context->session(), m_context->uuid(), name, scope, this,
                          [this, name, parent](const Status &st) {
                              finish(st, tr("Deleted snapshot '%1' of %2.").arg(name, domainName()),
                                     st ? parent : name);
                          });
    });
    dialog->open();
}

} // namespace Vireo
