// SPDX-License-Identifier: GPL-2.0-or-later
// Snapshots on libvirt's test driver (a private copy of the demo host): list, create, revert and
// delete, each with its flags; a refused request changes nothing.
#include "core/domain/domainactions.h"
#include "core/domain/domainconfig.h"
#include "core/domain/snapshots.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"

#include "tests/support/demohost.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Vireo;
using namespace VireoTest;
using Snapshots::DeleteScope;

class TestSnapshots : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;

    QList<SnapshotInfo> snapshots(const QString &uuid)
    {
        auto r = ask<Result<Snapshots::SnapshotList>>(
            [&](QObject *ctx, auto done) { Snapshots::list(m_session.get(), uuid, ctx, done); });
        if (!r || !r->ok())
            return {};
        return r->value().snapshots;
    }

    const SnapshotInfo *find(const QList<SnapshotInfo> &all, const QString &name)
    {
        for (const SnapshotInfo &s : all)
            if (s.name == name)
                return &s;
        return nullptr;
    }

    Result<QString> take(const QString &uuid, const QString &name,
                         SnapshotMode mode = SnapshotMode::Internal)
    {
        auto r = ask<Result<QString>>([&](QObject *ctx, auto done) {
            Snapshots::create(m_session.get(), uuid,
                              {name, QStringLiteral("about %1").arg(name), mode}, ctx, done);
        });
        if (!r)
            return Error{QStringLiteral("create"), QStringLiteral("no answer"), 0};
        return *r;
    }

    Status revert(const QString &uuid, const QString &name,
                  const std::optional<SnapshotRequest> &first = std::nullopt)
    {
        auto r = ask<Status>([&](QObject *ctx, auto done) {
            Snapshots::revert(m_session.get(), uuid, name, first, ctx, done);
        });
        return r ? *r : Status(Error{QStringLiteral("revert"), QStringLiteral("no answer"), 0});
    }

    Status remove(const QString &uuid, const QString &name, DeleteScope scope)
    {
        auto r = ask<Status>([&](QObject *ctx, auto done) {
            Snapshots::remove(m_session.get(), uuid, name, scope, ctx, done);
        });
        return r ? *r : Status(Error{QStringLiteral("delete"), QStringLiteral("no answer"), 0});
    }

    DomainState state(const QString &uuid)
    {
        auto r = ask<Result<DomainInfo>>([&](QObject *ctx, auto done) {
            DomainConfig::fetchDomainInfo(m_session.get(), uuid, ctx, done);
        });
        return r && r->ok() ? r->value().state : DomainState::NoState;
    }

    void act(const QString &uuid, DomainAction action)
    {
        QSignalSpy finished(m_session.get(), &HostSession::actionFinished);
        DomainActions::performAction(m_session.get(), {uuid}, action);
        QVERIFY(finished.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // thumbnails go to a test folder
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void init()
    {
        m_session = VireoTest::connectedDemoHost(m_dir);
        QVERIFY(m_session);
    }

    void cleanup() { m_session.reset(); }

    void listsWithTheLibvirtVersion()
    {
        auto r = ask<Result<Snapshots::SnapshotList>>(
            [&](QObject *ctx, auto done) { Snapshots::list(m_session.get(), kWeb, ctx, done); });
        QVERIFY(r && r->ok());
        QVERIFY(r->value().snapshots.isEmpty());
        QVERIFY(r->value().libvirtVersion >= 9'000'000);
    }

    void createsATree()
    {
        QVERIFY(take(kWeb, QStringLiteral("first")).ok());
        QVERIFY(take(kWeb, QStringLiteral("second")).ok());
        const auto all = snapshots(kWeb);
        QCOMPARE(all.size(), 2);
        // Parents before children.
        QCOMPARE(all[0].name, QStringLiteral("first"));
        QCOMPARE(all[1].name, QStringLiteral("second"));
        QCOMPARE(all[1].parent, QStringLiteral("first"));
        QCOMPARE(all[0].parent, QString());
        QVERIFY(!all[0].current);
        QVERIFY(all[1].current);
        // A running domain's internal snapshot holds its memory.
        QCOMPARE(all[0].kind, SnapshotKind::FullSystem);
        QCOMPARE(all[0].state, SnapshotState::Running);
        QCOMPARE(all[0].description, QStringLiteral("about first"));
        QVERIFY(all[0].created.isValid());
        QVERIFY(qAbs(all[0].created.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
        // A shut-off domain's holds its disks only.
        QVERIFY(take(kWin, QStringLiteral("off")).ok());
        const auto off = snapshots(kWin);
        QCOMPARE(off.size(), 1);
        QCOMPARE(off[0].kind, SnapshotKind::InternalDisks);
        QCOMPARE(off[0].state, SnapshotState::ShutOff);
    }

    void aRunningGuestsScreenIsKept()
    {
        QVERIFY(take(kWeb, QStringLiteral("with screen")).ok());
        QVERIFY(take(kWin, QStringLiteral("shut off")).ok());
        auto all = snapshots(kWeb);
        QCOMPARE(all.size(), 1);
        const QString thumb = all[0].thumbnail;
        QVERIFY(thumb.startsWith(Snapshots::thumbnailFolder(kWeb) + u'/'));
        QVERIFY(QFileInfo(thumb).size() > 0);
        QFile f(thumb);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(8).startsWith("\x89PNG")); // the test driver's screen is a PNG
        f.close();
        QCOMPARE(snapshots(kWin).first().thumbnail, QString()); // nothing runs, nothing to see
        // Deleting the snapshot forgets its picture.
        QVERIFY(remove(kWeb, QStringLiteral("with screen"), DeleteScope::One).ok());
        QVERIFY(!QFile::exists(thumb));
    }

    void refusedRequestsChangeNothing()
    {
        QVERIFY(take(kWeb, QStringLiteral("s1")).ok());
        auto taken = take(kWeb, QStringLiteral("s1"));
        QVERIFY(!taken.ok());
        QCOMPARE(taken.error().operation, QStringLiteral("Take snapshot 's1' of 'web-frontend'"));
        QVERIFY2(taken.error().message.contains(QLatin1String("already")),
                 qPrintable(taken.error().message));
        QVERIFY(!take(kWeb, QStringLiteral("a/b")).ok());
        QCOMPARE(snapshots(kWeb).size(), 1);
    }

    void libvirtErrorsNameTheOperation()
    {
        // The test driver takes no disk-only snapshots: its error comes back with the operation.
        auto r = take(kWeb, QStringLiteral("overlay"), SnapshotMode::DiskOnly);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().operation, QStringLiteral("Take snapshot 'overlay' of 'web-frontend'"));
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(snapshots(kWeb).isEmpty());
        auto missing = revert(kWeb, QStringLiteral("nope"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().operation,
                 QStringLiteral("Revert 'web-frontend' to snapshot 'nope'"));
    }

    void revertBringsBackTheSnapshotsState()
    {
        QVERIFY(take(kWeb, QStringLiteral("running")).ok());
        act(kWeb, DomainAction::ForceOff);
        QCOMPARE(state(kWeb), DomainState::Shutoff);
        QVERIFY(take(kWeb, QStringLiteral("off")).ok());
        Status s = revert(kWeb, QStringLiteral("running"));
        QVERIFY2(s.ok(), qPrintable(s.error().text()));
        QCOMPARE(state(kWeb), DomainState::Running);
        auto all = snapshots(kWeb);
        QVERIFY(find(all, QStringLiteral("running"))->current);
        s = revert(kWeb, QStringLiteral("off"));
        QVERIFY2(s.ok(), qPrintable(s.error().text()));
        QCOMPARE(state(kWeb), DomainState::Shutoff);
    }

    void revertCanSnapshotThePresentFirst()
    {
        QVERIFY(take(kWeb, QStringLiteral("base")).ok());
        act(kWeb, DomainAction::Pause);
        Status s = revert(kWeb, QStringLiteral("base"),
                          SnapshotRequest{QStringLiteral("present"), {}, SnapshotMode::Internal});
        QVERIFY2(s.ok(), qPrintable(s.error().text()));
        QCOMPARE(state(kWeb), DomainState::Running);
        const auto all = snapshots(kWeb);
        QCOMPARE(all.size(), 2);
        const SnapshotInfo *present = find(all, QStringLiteral("present"));
        QVERIFY(present);
        QCOMPARE(present->state, SnapshotState::Paused);
        QCOMPARE(present->parent, QStringLiteral("base"));
        QVERIFY(find(all, QStringLiteral("base"))->current);
        // When the first snapshot cannot be taken, nothing is reverted.
        act(kWeb, DomainAction::Pause);
        s = revert(kWeb, QStringLiteral("base"),
                   SnapshotRequest{QStringLiteral("present"), {}, SnapshotMode::Internal});
        QVERIFY(!s.ok());
        QVERIFY2(s.error().operation.contains(QLatin1String("nothing was reverted")),
                 qPrintable(s.error().operation));
        QCOMPARE(state(kWeb), DomainState::Paused);
        QCOMPARE(snapshots(kWeb).size(), 2);
    }

    void deleteOneMovesChildrenUp()
    {
        for (const char *n : {"a", "b", "c"})
            QVERIFY(take(kWeb, QString::fromLatin1(n)).ok());
        Status s = remove(kWeb, QStringLiteral("b"), DeleteScope::One);
        QVERIFY2(s.ok(), qPrintable(s.error().text()));
        const auto all = snapshots(kWeb);
        QCOMPARE(all.size(), 2);
        QCOMPARE(find(all, QStringLiteral("c"))->parent, QStringLiteral("a"));
    }

    void deleteWithChildren()
    {
        for (const char *n : {"a", "b", "c"})
            QVERIFY(take(kWeb, QString::fromLatin1(n)).ok());
        QVERIFY(revert(kWeb, QStringLiteral("a")).ok());
        QVERIFY(take(kWeb, QStringLiteral("d")).ok()); // a second child of a
        Status s = remove(kWeb, QStringLiteral("b"), DeleteScope::WithChildren);
        QVERIFY2(s.ok(), qPrintable(s.error().text()));
        const auto all = snapshots(kWeb);
        QCOMPARE(all.size(), 2);
        QVERIFY(find(all, QStringLiteral("a")));
        QVERIFY(find(all, QStringLiteral("d")));
    }

    void deleteMetadataOnlyAsksForTheFlag()
    {
        // The test driver refuses VIR_DOMAIN_SNAPSHOT_DELETE_METADATA_ONLY: that its refusal
        // names the flag shows the flag was passed; the snapshot stays.
        QVERIFY(take(kWeb, QStringLiteral("a")).ok());
        Status s = remove(kWeb, QStringLiteral("a"), DeleteScope::MetadataOnly);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().operation,
                 QStringLiteral("Delete the metadata of snapshot 'a' of 'web-frontend'"));
        QVERIFY2(s.error().message.contains(QLatin1String("0x2")), qPrintable(s.error().text()));
        QCOMPARE(snapshots(kWeb).size(), 1);
        QVERIFY(remove(kWeb, QStringLiteral("a"), DeleteScope::One).ok());
        s = remove(kWeb, QStringLiteral("a"), DeleteScope::One);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().operation, QStringLiteral("Delete snapshot 'a' of 'web-frontend'"));
    }
};

QTEST_GUILESS_MAIN(TestSnapshots)
#include "tst_snapshots.moc"
