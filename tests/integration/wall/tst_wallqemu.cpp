// SPDX-License-Identifier: GPL-2.0-or-later
// The classroom wall on a real libvirtd with three running tiny guests (issue 17): each tile's
// thumbnail is its guest's VGA screen, read through virDomainScreenshot (QEMU sends PPM), not a
// blank or uniform image and unlike the placeholder; then Shut Down on the wall's selection of
// the three stops all three. Needs a libvirtd with QEMU (tests/integration/setup.sh); skips
// without one.

#include "guest.h"

#include "core/domain/domainactions.h"
#include "core/session/domaintreemodel.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/wall/wallmodel.h"
#include "ui/wall/wallwindow.h"

#include <QAction>
#include <QElapsedTimer>
#include <QHash>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vireo;
using namespace Vireo::Integration;

namespace {

/// The share of the image's pixels that are not its most common colour, 0..1.
double nonDominantShare(const QImage &image)
{
    QHash<QRgb, int> counts;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x)
            ++counts[line[x]];
    }
    int most = 0;
    for (int c : std::as_const(counts))
        most = qMax(most, c);
    const int total = img.width() * img.height();
    return total > 0 ? double(total - most) / total : 0;
}

} // namespace

class TestWallQemu : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private Q_SLOTS:
    void initTestCase();
    void threeThumbnailsFromTheGuests();
    void bulkShutDownStopsTheSelection();
    void cleanupTestCase();

private:
    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    std::unique_ptr<DomainTreeModel> m_tree;
    std::unique_ptr<WallWindow> m_wall;
    QStringList m_uuids;
};

void TestWallQemu::initTestCase()
{
    m_env = Environment::detect();
    if (!m_env.unavailable.isEmpty())
        QSKIP(qPrintable(m_env.unavailable));
    const QString notReady = prepareScratch(m_env, m_dir.path());
    QVERIFY2(notReady.isEmpty(), qPrintable(notReady));
    // The model follows the host from before it connects, as the manager's does.
    m_session = std::make_unique<HostSession>(m_env.uri);
    m_session->setStatsInterval(1000);
    m_tree = std::make_unique<DomainTreeModel>();
    m_tree->addHost(m_session.get());
    QSignalSpy listed(m_session.get(), &HostSession::domainsListed);
    m_session->connectToHost();
    QVERIFY2(listed.wait(kLibvirtCallMs), qPrintable(m_session->stateReason()));
    for (int i = 1; i <= 3; ++i) {
        // TCG on a loaded machine sometimes fails the kernel's timer check at boot ("IO-APIC +
        // timer doesn't work"): such a guest is forced off and another one booted, twice at most.
        Booted booted;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const QString purpose = QStringLiteral("wall%1-%2").arg(i).arg(attempt);
            GuestSpec spec = testGuestSpec(purpose, m_dir.path(), 256);
            // One serial log each: QEMU holds its log file open.
            spec.serialLogPath = m_dir.filePath(purpose + QLatin1String(".serial.log"));
            booted = defineAndBoot(m_session.get(), m_env, spec);
            if (booted.error.isEmpty())
                break;
            qWarning("guest %d, attempt %d: %s", i, attempt, qPrintable(booted.error.left(300)));
            if (!booted.uuid.isEmpty())
                DomainActions::performAction(m_session.get(), {booted.uuid},
                                             DomainAction::ForceOff);
        }
        QVERIFY2(booted.error.isEmpty(), qPrintable(booted.error));
        m_uuids.append(booted.uuid);
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_tree->domain(m_session.get(), m_uuids.last()).has_value(), 30000);
}

void TestWallQemu::threeThumbnailsFromTheGuests()
{
    m_wall = std::make_unique<WallWindow>(m_tree.get());
    m_wall->resize(1200, 900);
    m_wall->setHosts({m_session.get()});
    WallModel *model = m_wall->model();
    for (const QString &uuid : std::as_const(m_uuids))
        QVERIFY2(model->rowOfKey(WallModel::keyOf(m_session.get(), uuid)) >= 0, qPrintable(uuid));
    // Ours first, so that other running domains on the host cannot push them off screen.
    m_wall->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wall.get()));
    for (const QString &uuid : std::as_const(m_uuids))
        m_wall->view()->scrollTo(
            model->index(model->rowOfKey(WallModel::keyOf(m_session.get(), uuid))));

    QHash<QString, QImage> thumbs;
    QElapsedTimer waited;
    waited.start();
    while (thumbs.size() < 3 && waited.elapsed() < 60000) {
        QTest::qWait(250);
        for (const QString &uuid : std::as_const(m_uuids)) {
            const QModelIndex tile =
                model->index(model->rowOfKey(WallModel::keyOf(m_session.get(), uuid)));
            const QImage img = tile.data(WallModel::ThumbnailRole).value<QImage>();
            if (!img.isNull())
                thumbs.insert(uuid, img);
            else if (!tile.data(WallModel::ReasonRole)
                          .toString()
                          .startsWith(WallModel::tr("Waiting")))
                qWarning() << uuid << tile.data(WallModel::ReasonRole).toString();
        }
    }
    QCOMPARE(thumbs.size(), 3);
    // The placeholder is a flat dark box; the guest's screen is its console's text.
    QImage placeholder(thumbs.cbegin().value().size(), QImage::Format_RGB32);
    placeholder.fill(QColor(32, 32, 32));
    for (auto it = thumbs.cbegin(); it != thumbs.cend(); ++it) {
        const QImage &img = it.value();
        QVERIFY2(img.width() <= 256 * img.devicePixelRatio() &&
                     img.height() <= 160 * img.devicePixelRatio(),
                 "scaled on the worker to the tile");
        const double share = nonDominantShare(img);
        QVERIFY2(
            share > 0.005,
            qPrintable(
                QStringLiteral("%1: uniform (%2 of the pixels differ)").arg(it.key()).arg(share)));
        QVERIFY(img.convertToFormat(QImage::Format_RGB32) != placeholder);
    }
}

void TestWallQemu::bulkShutDownStopsTheSelection()
{
    QVERIFY(m_wall);
    WallModel *model = m_wall->model();
    auto *sel = m_wall->view()->selectionModel();
    sel->clearSelection();
    for (const QString &uuid : std::as_const(m_uuids))
        sel->select(model->index(model->rowOfKey(WallModel::keyOf(m_session.get(), uuid))),
                    QItemSelectionModel::Select);
    QCOMPARE(m_wall->selectedRows().size(), 3);
    QVERIFY(m_wall->shutdownAction()->isEnabled());
    m_wall->shutdownAction()->trigger();
    for (const QString &uuid : std::as_const(m_uuids)) {
        const QString key = WallModel::keyOf(m_session.get(), uuid);
        QTRY_COMPARE_WITH_TIMEOUT(
            DomainState(model->index(model->rowOfKey(key)).data(WallModel::StateRole).toInt()),
            DomainState::Shutoff, 120000);
        // The stopped guest stays on the wall, without a screen.
        QVERIFY(model->index(model->rowOfKey(key))
                    .data(WallModel::ThumbnailRole)
                    .value<QImage>()
                    .isNull());
    }
    QVERIFY(m_wall->startAction()->isEnabled());
}

void TestWallQemu::cleanupTestCase()
{
    m_wall.reset();
    m_tree.reset();
    m_session.reset();
    if (m_env.unavailable.isEmpty())
        removeTestDomains(m_env.uri);
}

QTEST_MAIN(TestWallQemu)
#include "tst_wallqemu.moc"
