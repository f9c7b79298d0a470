// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/manager/commandlogdock.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vireo {

namespace {
enum Column { TimeColumn, TargetColumn, ResultColumn, CommandColumn };
constexpr int EntryRole = Qt::UserRole + 1;
} // namespace

CommandLogDock::CommandLogDock(CommandLog *log, QWidget *parent)
    : QDockWidget(tr("Equivalent Commands"), parent)
    , m_log(log)
{
    setObjectName(QStringLiteral("EquivalentCommandsDock"));
    setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                QDockWidget::DockWidgetFloatable);
    toggleViewAction()->setText(tr("Equivalent &Commands"));

    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list = new QTreeWidget(body);
    m_list->setAccessibleName(tr("Equivalent commands"));
    m_list->setHeaderLabels({tr("Time"), tr("On"), tr("Result"), tr("Command")});
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->header()->setStretchLastSection(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list);

    auto *buttons = new QHBoxLayout;
    m_copy = new QPushButton(tr("&Copy"), body);
    m_copy->setAccessibleName(tr("Copy the selected command"));
    m_copy->setEnabled(false);
    auto *copyAll = new QPushButton(tr("Copy &All"), body);
    copyAll->setAccessibleName(tr("Copy all commands"));
    auto *exportButton = new QPushButton(tr("&Export as Script…"), body);
    exportButton->setAccessibleName(tr("Export the session as a shell script"));
    auto *clear = new QPushButton(tr("C&lear"), body);
    clear->setAccessibleName(tr("Clear the command log"));
    buttons->addWidget(m_copy);
    buttons->addWidget(copyAll);
    buttons->addWidget(exportButton);
    buttons->addStretch();
    buttons->addWidget(clear);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_copy, &QPushButton::clicked, this, &CommandLogDock::copySelected);
    connect(copyAll, &QPushButton::clicked, this, &CommandLogDock::copyAll);
    connect(exportButton, &QPushButton::clicked, this, &CommandLogDock::exportWithDialog);
    connect(clear, &QPushButton::clicked, m_log, &CommandLog::clear);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_copy->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_log, &CommandLog::entryAdded, this, &CommandLogDock::add);
    connect(m_log, &CommandLog::cleared, this, [this] {
        m_list->clear();
        m_entries.clear();
    });
    for (const CommandLogEntry &e : m_log->entries())
        add(e);
}

void CommandLogDock::add(const CommandLogEntry &entry)
{
    // An entry delivered after entries() already held it (made before the dock) comes once.
    if (!m_entries.isEmpty() && entry.id <= m_entries.last().id)
        return;
    m_entries.append(entry);
    const QStringList lines = entry.lines();
    auto *item = new QTreeWidgetItem(m_list);
    item->setData(0, EntryRole, QVariant::fromValue(entry.id));
    item->setText(TimeColumn, entry.time.toString(QStringLiteral("HH:mm:ss")));
    item->setText(TargetColumn, entry.domain);
    item->setToolTip(TargetColumn, entry.uri);
    item->setText(ResultColumn, entry.succeeded ? tr("succeeded") : tr("failed"));
    if (!entry.succeeded)
        item->setToolTip(ResultColumn, entry.error);
    item->setText(CommandColumn, lines.value(0));
    auto child = [item](const QString &text) {
        auto *c = new QTreeWidgetItem(item);
        c->setText(CommandColumn, text);
        c->setFirstColumnSpanned(false);
        return c;
    };
    for (int i = 1; i < lines.size(); ++i)
        child(lines.at(i));
    for (const QString &alt : entry.alternativeLines())
        child(tr("or: %1").arg(alt));
    if (!entry.equivalent.noSingleCommand.isEmpty())
        child(entry.equivalent.noSingleCommand);
    if (!entry.succeeded)
        child(tr("Failed: %1").arg(entry.error));
    // English and Chinese side by side, whatever the UI's language: a classroom reads both.
    for (const QString &line : explainLines(entry.equivalent.explanation))
        child(line)->setToolTip(CommandColumn, line);
    item->setExpanded(true);
    while (m_entries.size() > CommandLog::MaxEntries) {
        m_entries.removeFirst();
        delete m_list->takeTopLevelItem(0);
    }
    m_list->scrollToItem(item);
}

const CommandLogEntry *CommandLogDock::entryOf(const QTreeWidgetItem *item) const
{
    while (item && item->parent())
        item = item->parent();
    if (!item)
        return nullptr;
    const quint64 id = item->data(0, EntryRole).value<quint64>();
    for (const CommandLogEntry &e : m_entries)
        if (e.id == id)
            return &e;
    return nullptr;
}

QString CommandLogDock::selectedText() const
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    const CommandLogEntry *e = selected.isEmpty() ? nullptr : entryOf(selected.first());
    return e ? commandLogText(*e) : QString();
}

QString CommandLogDock::allText() const
{
    QStringList out;
    for (const CommandLogEntry &e : m_entries)
        out << commandLogText(e);
    return out.join(QLatin1Char('\n'));
}

void CommandLogDock::copySelected()
{
    if (const QString text = selectedText(); !text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void CommandLogDock::copyAll()
{
    QApplication::clipboard()->setText(allText());
}

Status CommandLogDock::exportTo(const QString &path) const
{
    const QByteArray script = commandLogScript(m_entries, QDateTime::currentDateTime()).toUtf8();
    QSaveFile file(path);
    const bool written = file.open(QIODevice::WriteOnly) &&
                         file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ExeOwner) &&
                         file.write(script) == script.size() && file.commit();
    if (!written)
        return Error{tr("Export the commands to %1").arg(path), file.errorString(), 0};
    return Done{};
}

void CommandLogDock::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Session as a Shell Script"), QStringLiteral("vireo-session.sh"),
        tr("Shell scripts (*.sh);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status s = exportTo(path); !s)
        QMessageBox::warning(this, tr("Export failed"), s.error().text());
}

} // namespace Vireo
