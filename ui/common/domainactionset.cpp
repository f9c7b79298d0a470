// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/domainactionset.h"
#include "ui/common/preferences.h"

#include "ui/common/deletedialog.h"

#include "core/domain/domainactions.h"
#include "core/domain/domainconfig.h"
#include "core/domain/softwareemulation.h"
#include "core/session/hostsession.h"
#include "ui/common/hosteventlog.h"
#include "ui/common/messagelog.h"
#include "ui/common/shutdownwatcher.h"
#include "ui/common/softwareemulationoffer.h"
#include "ui/common/stateicons.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace Vireo {

namespace {

bool connected(const DomainTarget &t)
{
    return t.session && t.session->state() == HostState::Connected;
}

/// Keeps one domain's DomainInfo current for a window that shows only it: read once when the
/// host is connected, then followed by the session's signals.
class DomainFollower : public QObject
{
public:
    DomainFollower(DomainActionSet *set, HostSession *session, const QString &uuidOrName)
        : QObject(set)
        , m_set(set)
        , m_session(session)
        , m_id(uuidOrName)
    {
        connect(session, &HostSession::domainChanged, this, [this](const DomainInfo &info) {
            if (matches(info))
                take(info);
        });
        connect(session, &HostSession::domainsListed, this, [this](const QList<DomainInfo> &all) {
            for (const DomainInfo &info : all)
                if (matches(info))
                    return take(info);
        });
        connect(session, &HostSession::domainRemoved, this, [this](const QString &uuid) {
            if (uuid.compare(m_uuid, Qt::CaseInsensitive) == 0)
                m_set->setTargets({});
        });
        connect(session, &HostSession::stateChanged, this, [this](HostState state) {
            if (state == HostState::Connected)
                fetch();
            m_set->updateEnabled();
        });
        fetch();
    }

private:
    bool matches(const DomainInfo &info) const
    {
        if (!m_uuid.isEmpty())
            return info.uuid.compare(m_uuid, Qt::CaseInsensitive) == 0;
        return info.uuid.compare(m_id, Qt::CaseInsensitive) == 0 || info.name == m_id;
    }
    void take(const DomainInfo &info)
    {
        m_uuid = info.uuid;
        m_set->setTargets({{m_session, info}});
    }
    void fetch()
    {
        if (!m_session || m_session->state() != HostState::Connected)
            return;
        DomainConfig::fetchDomainInfo(m_session, m_uuid.isEmpty() ? m_id : m_uuid, this,
                                      [this](Result<DomainInfo> info) {
                                          if (info)
                                              take(info.value());
                                      });
    }

    DomainActionSet *m_set;
    QPointer<HostSession> m_session;
    QString m_id;   ///< as the window was opened (a UUID or a name)
    QString m_uuid; ///< once known
};

} // namespace

DomainActionSet::DomainActionSet(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_backupDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                  QStringLiteral("/backups");
    createActions();
    updateEnabled();
}

DomainActionSet::~DomainActionSet() = default;

QAction *DomainActionSet::make(Id id, const QString &text, const QIcon &icon,
                               const QKeySequence &key, const QString &tip)
{
    auto *a = new QAction(icon, text, this);
    if (!key.isEmpty())
        a->setShortcut(key);
    if (!tip.isEmpty())
        a->setToolTip(tip);
    m_actions.insert(id, a);
    m_window->addAction(a);
    return a;
}

void DomainActionSet::createActions()
{
    QStyle *st = m_window->style();
    make(Id::Run, tr("&Run"), domainStateIcon(DomainState::Running),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
         tr("Start (or resume) the selected domains"));
    make(Id::Pause, tr("&Pause"), domainStateIcon(DomainState::Paused),
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), tr("Pause the selected domains"));
    make(Id::Resume, tr("R&esume"), domainStateIcon(DomainState::Running), {},
         tr("Resume the selected paused domains"));
    make(Id::Shutdown, tr("&Shut Down"), domainStateIcon(DomainState::Shutoff), {},
         tr("Ask the guest operating system to shut down"));
    make(Id::Reboot, tr("Re&boot"), st->standardIcon(QStyle::SP_BrowserReload), {},
         tr("Ask the guest operating system to restart"));
    make(Id::ForceOff, tr("&Force Off…"), domainStateIcon(DomainState::Crashed), {},
         tr("Pull the plug: stop the domain at once, without shutting down"));
    make(Id::Reset, tr("Force &Reset…"), st->standardIcon(QStyle::SP_BrowserReload), {},
         tr("Press the reset button: restart at once, without shutting down"));
    make(Id::Save, tr("Sa&ve"), st->standardIcon(QStyle::SP_DialogSaveButton), {},
         tr("Save the domain's memory to disk and stop it (managed save)"));
    make(Id::Delete, tr("&Delete…"), themedIcon("edit-delete", QStyle::SP_TrashIcon),
         QKeySequence::Delete, tr("Remove the selected domains from their host (asks first)"));

    const std::pair<Id, DomainAction> lifecycle[] = {
        {Id::Run, DomainAction::Start},     {Id::Pause, DomainAction::Pause},
        {Id::Resume, DomainAction::Resume}, {Id::Shutdown, DomainAction::Shutdown},
        {Id::Reboot, DomainAction::Reboot}, {Id::ForceOff, DomainAction::ForceOff},
        {Id::Reset, DomainAction::Reset},   {Id::Save, DomainAction::Save},
    };
    for (const auto &[id, act] : lifecycle)
        connect(action(id), &QAction::triggered, this, [this, act = act] { perform(act); });
    connect(action(Id::Delete), &QAction::triggered, this, &DomainActionSet::deleteTargets);

    m_shutdownMenu = new QMenu(tr("Shu&t Down"), m_window);
    m_shutdownMenu->setIcon(domainStateIcon(DomainState::Shutoff));
    m_shutdownMenu->addAction(action(Id::Reboot));
    m_shutdownMenu->addAction(action(Id::Shutdown));
    m_shutdownMenu->addAction(action(Id::Reset));
    m_shutdownMenu->addAction(action(Id::ForceOff));
    m_shutdownMenu->addSeparator();
    m_shutdownMenu->addAction(action(Id::Save));
}

void DomainActionSet::addToToolBar(QToolBar *bar)
{
    bar->addAction(action(Id::Run));
    bar->addAction(action(Id::Pause));
    auto *shutdown = new QToolButton(bar);
    shutdown->setObjectName(QStringLiteral("shutdownButton"));
    shutdown->setDefaultAction(action(Id::Shutdown));
    shutdown->setMenu(m_shutdownMenu);
    shutdown->setPopupMode(QToolButton::MenuButtonPopup);
    shutdown->setToolButtonStyle(bar->toolButtonStyle());
    shutdown->setAccessibleName(tr("Shut Down"));
    shutdown->setAccessibleDescription(
        tr("Shuts the guest down; its menu has Reboot, Force Reset, Force Off and Save"));
    bar->addWidget(shutdown);
}

void DomainActionSet::addToMenu(QMenu *menu)
{
    menu->addAction(action(Id::Run));
    menu->addAction(action(Id::Pause));
    menu->addAction(action(Id::Resume));
    menu->addMenu(m_shutdownMenu);
}

void DomainActionSet::setTargets(const QList<DomainTarget> &targets)
{
    m_targets = targets;
    updateEnabled();
    Q_EMIT targetsChanged();
}

void DomainActionSet::followDomain(HostSession *session, const QString &uuidOrName)
{
    delete m_follower;
    m_follower = session ? new DomainFollower(this, session, uuidOrName) : nullptr;
}

void DomainActionSet::updateEnabled()
{
    auto anyApplies = [this](DomainAction a) {
        for (const DomainTarget &t : std::as_const(m_targets))
            if (connected(t) && actionApplies(a, t.info.state, t.info.persistent))
                return true;
        return false;
    };
    action(Id::Run)->setEnabled(anyApplies(DomainAction::Start) ||
                                anyApplies(DomainAction::Resume));
    action(Id::Pause)->setEnabled(anyApplies(DomainAction::Pause));
    action(Id::Resume)->setEnabled(anyApplies(DomainAction::Resume));
    action(Id::Shutdown)->setEnabled(anyApplies(DomainAction::Shutdown));
    action(Id::Reboot)->setEnabled(anyApplies(DomainAction::Reboot));
    action(Id::ForceOff)->setEnabled(anyApplies(DomainAction::ForceOff));
    action(Id::Reset)->setEnabled(anyApplies(DomainAction::Reset));
    action(Id::Save)->setEnabled(anyApplies(DomainAction::Save));
    bool anyConnected = false;
    for (const DomainTarget &t : std::as_const(m_targets))
        anyConnected |= connected(t);
    action(Id::Delete)->setEnabled(anyConnected);
}

bool DomainActionSet::confirm(const QString &title, const QString &text)
{
    if (m_confirm)
        return m_confirm(title, text);
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, m_window);
    QPushButton *yes = box.addButton(title, QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

QString DomainActionSet::nameList(const QList<DomainTarget> &targets)
{
    QStringList names;
    for (const DomainTarget &t : targets)
        names.append(QStringLiteral("'%1'").arg(t.info.name));
    if (names.size() > 8) {
        const int more = int(names.size()) - 8;
        names = names.mid(0, 8);
        names.append(more == 1 ? tr("and 1 more") : tr("and %1 more").arg(more));
    }
    return names.join(QStringLiteral(", "));
}

void DomainActionSet::perform(DomainAction act)
{
    // "Run" also resumes paused domains, as in virt-manager.
    QList<DomainTarget> starts, resumes;
    for (const DomainTarget &t : std::as_const(m_targets)) {
        if (!connected(t))
            continue;
        if (act == DomainAction::Start && actionApplies(DomainAction::Resume, t.info.state, true))
            resumes.append(t);
        else if (actionApplies(act, t.info.state, t.info.persistent))
            starts.append(t);
    }
    const QList<DomainTarget> all = starts + resumes;
    if (all.isEmpty())
        return;
    // Edit > Preferences can turn each question off.
    const Preferences *prefs = Preferences::instance();
    if (act == DomainAction::Pause && prefs->confirms(Preferences::Confirm::Pause) &&
        !confirm(tr("Pause"), tr("Pause %1?\n\nThe guest stops running until it is resumed; "
                                 "its network connections may time out.")
                                  .arg(nameList(all))))
        return;
    if (act == DomainAction::ForceOff && prefs->confirms(Preferences::Confirm::ForceOff) &&
        !confirm(tr("Force Off"),
                 tr("Force off %1?\n\nThis stops the domain at once, like pulling the power "
                    "plug: unsaved data in the guest is lost.")
                     .arg(nameList(all))))
        return;
    if (act == DomainAction::Reset && prefs->confirms(Preferences::Confirm::ForceOff) &&
        !confirm(tr("Force Reset"),
                 tr("Force reset %1?\n\nThis restarts the domain at once, like pressing the "
                    "reset button: unsaved data in the guest is lost.")
                     .arg(nameList(all))))
        return;
    send(starts, act);
    send(resumes, DomainAction::Resume);
    MessageLog::instance()->info(tr("%1: %2").arg(domainActionName(act), nameList(all)));
}

void DomainActionSet::send(const QList<DomainTarget> &targets, DomainAction act)
{
    QHash<HostSession *, QStringList> byHost;
    for (const DomainTarget &t : targets) {
        byHost[t.session].append(t.info.uuid);
        HostEventLog::expectChange(t.session, t.info.uuid);
        // A guest may ignore it; the watcher says so after a while and offers Force Off.
        if (act == DomainAction::Shutdown)
            ShutdownWatcher::of(t.session)->watch(t.info, this);
        if (act == DomainAction::Start) {
            watchStarts(t.session);
            m_pendingStarts[t.session].insert(t.info.uuid.toLower(), t.info.name);
        }
    }
    for (auto it = byHost.cbegin(); it != byHost.cend(); ++it)
        DomainActions::performAction(it.key(), it.value(), act);
}

void DomainActionSet::watchStarts(HostSession *session)
{
    if (m_pendingStarts.contains(session))
        return; // connected already
    m_pendingStarts.insert(session, {});
    connect(session, &HostSession::operationFailed, this,
            [this, session](const Error &e) { onOperationFailed(session, e); });
    connect(session, &HostSession::actionFinished, this,
            [this, session](const QString &uuid, DomainAction act) {
                if (act == DomainAction::Start)
                    m_pendingStarts[session].remove(uuid.toLower());
            });
    connect(session, &QObject::destroyed, this,
            [this, session] { m_pendingStarts.remove(session); });
}

void DomainActionSet::onOperationFailed(HostSession *session, const Error &error)
{
    QHash<QString, QString> &pending = m_pendingStarts[session];
    const auto it = pending.find(error.domainUuid.toLower());
    if (error.domainUuid.isEmpty() || it == pending.end())
        return; // not a start of ours
    const QString name = it.value();
    pending.erase(it);
    // The failure itself is in the message log already (HostEventLog); this is what to do.
    if (isKvmError(error))
        SoftwareEmulationOffer::offer(m_window, session, error.domainUuid, name, error);
}

void DomainActionSet::forceOff(const DomainTarget &target)
{
    if (!connected(target) || !isActive(target.info.state))
        return;
    if (Preferences::instance()->confirms(Preferences::Confirm::ForceOff) &&
        !confirm(tr("Force Off"),
                 tr("Force off '%1'?\n\nThis stops the domain at once, like pulling the power "
                    "plug: unsaved data in the guest is lost.")
                     .arg(target.info.name)))
        return;
    send({target}, DomainAction::ForceOff);
    MessageLog::instance()->info(
        tr("%1: %2").arg(domainActionName(DomainAction::ForceOff), nameList({target})));
}

void DomainActionSet::deleteTargets()
{
    QList<DomainTarget> targets;
    for (const DomainTarget &t : std::as_const(m_targets))
        if (connected(t))
            targets.append(t);
    if (targets.isEmpty())
        return;
    // The same dialog in every window (the manager and a domain's own): it asks, and lists each
    // disk with whether it goes too.
    auto *dialog = new DeleteDialog(targets, m_backupDir, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Vireo
