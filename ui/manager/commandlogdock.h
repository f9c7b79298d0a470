// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/commandlog/commandlog.h"

#include <QDockWidget>

class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Vireo {

/// The manager's "Equivalent commands" dock (View > Equivalent Commands, hidden at first): every
/// operation of this session as the virsh (or qemu-img) command a person would type, with the
/// time, the target, whether it succeeded, and an Explain line under it. Copy one or all; export
/// the session as a commented shell script. It shows what CommandLog holds, also from before
/// it was opened. GUI thread.
class CommandLogDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit CommandLogDock(CommandLog *log, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    /// The selected entry's commands (with their alternatives), as copied.
    QString selectedText() const;
    /// Every entry's commands, one per line.
    QString allText() const;
    /// Copies to the clipboard.
    void copySelected();
    void copyAll();
    /// Writes the session as a shell script (mode 0600: it may hold the XML of guests). The
    /// error in words when it cannot.
    Status exportTo(const QString &path) const;

private:
    void add(const CommandLogEntry &entry);
    void exportWithDialog();
    const CommandLogEntry *entryOf(const QTreeWidgetItem *item) const;

    CommandLog *m_log;
    QTreeWidget *m_list;
    QPushButton *m_copy;
    QList<CommandLogEntry> m_entries; ///< in the list's order
};

} // namespace Vireo
