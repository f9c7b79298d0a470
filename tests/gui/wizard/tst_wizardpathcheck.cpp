// SPDX-License-Identifier: GPL-2.0-or-later
// The wizard's file checks run off the GUI thread: isComplete() only reads the cached answers,
// the page says "Checking…" until the check answers and is complete once it does; typing is
// checked once it pauses, answers are cached per path, and the OS is detected from the same answer.

#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/wizard/newvmwizard.h"
#include "ui/wizard/pathchecker.h"
#include "ui/wizard/wizardfinishpage.h"
#include "ui/wizard/wizardospage.h"
#include "ui/wizard/wizardsourcepage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMutex>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <sys/stat.h>

using namespace Vireo;

namespace {

/// A probe the test holds and counts; it answers "a readable Debian 11 ISO" for any path.
struct HeldProbe
{
    QSemaphore gate;
    QMutex mutex;
    QStringList asked; ///< "path" or "path+iso", in order
    QList<QThread *> threads;
    bool hold = true;

    PathChecker::Probe probe()
    {
        return [this](const QString &path, bool readIso) {
            {
                QMutexLocker lock(&mutex);
                asked << (readIso ? path + QStringLiteral("+iso") : path);
                threads << QThread::currentThread();
            }
            if (hold)
                gate.tryAcquire(1, 30000); // never for ever, should the test fail first
            PathFacts f;
            f.exists = f.isFile = f.readable = true;
            if (readIso)
                f.iso = IsoIdentity{QStringLiteral("LINUX"),
                                    QStringLiteral("Debian 11.5.0 amd64 n"), QString(), QString()};
            return f;
        };
    }
    int calls()
    {
        QMutexLocker lock(&mutex);
        return int(asked.size());
    }
    QStringList paths()
    {
        QMutexLocker lock(&mutex);
        return asked;
    }
    bool ranOn(QThread *thread)
    {
        QMutexLocker lock(&mutex);
        return threads.contains(thread);
    }
};

} // namespace

class TestWizardPathCheck : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<HostSession> m_host;
    QTemporaryDir m_dir;

    std::unique_ptr<NewVmWizard> open()
    {
        auto w = std::make_unique<NewVmWizard>(QList<HostSession *>{m_host.get()}, m_host.get());
        w->show();
        return w;
    }

    static QLineEdit *isoPath(NewVmWizard *w)
    {
        return w->findChild<QLineEdit *>(QStringLiteral("isoPath"));
    }

    static QString pageError(QWizardPage *page)
    {
        auto *l = page->findChild<QLabel *>(QStringLiteral("errorLabel"));
        return l && !l->isHidden() ? l->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        LibvirtEventLoop::start();
        m_host = std::make_unique<HostSession>(
            QStringLiteral("test://") + qEnvironmentVariable("VIREO_SOURCE_DIR", VIREO_SOURCE) +
            QStringLiteral("/resources/demo/demo-host.xml"));
        m_host->setStatsInterval(0);
        m_host->connectToHost();
        QTRY_COMPARE_WITH_TIMEOUT(m_host->state(), HostState::Connected, 10000);
    }

    void cleanupTestCase()
    {
        m_host.reset();
        LibvirtEventLoop::stop();
    }

    void isCompleteOnlyReadsTheCache()
    {
        HeldProbe held;
        auto w = open();
        w->pathChecker()->setProbe(held.probe());
        w->pathChecker()->setRecheckAfter(24 * 3600 * 1000);
        QTRY_VERIFY(w->capabilities());
        QTRY_VERIFY_WITH_TIMEOUT(w->osDb(), 20000);
        // A path that is not on this disk: only the probe's answer can make it acceptable.
        isoPath(w.get())->setText(QStringLiteral("/nowhere/debian-11.iso"));
        QTRY_COMPARE(held.calls(), 1);
        QCOMPARE(held.paths(), QStringList{QStringLiteral("/nowhere/debian-11.iso+iso")});

        // While the check is held, the page waits, and asking it costs no look at the file.
        QVERIFY(!w->sourcePage()->isComplete());
        QVERIFY2(pageError(w->sourcePage()).contains(QStringLiteral("Checking")),
                 qPrintable(pageError(w->sourcePage())));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        for (int i = 0; i < 50; ++i) {
            QVERIFY(!w->sourcePage()->isComplete());
            QVERIFY(!w->finishPage()->isComplete());
        }
        QCOMPARE(held.calls(), 1);

        // The check answers: the page is complete, and the OS comes from the same answer.
        held.gate.release();
        QTRY_VERIFY(w->sourcePage()->isComplete());
        QTRY_VERIFY(w->button(QWizard::NextButton)->isEnabled());
        QVERIFY(pageError(w->sourcePage()).isEmpty());
        w->next();
        QCOMPARE(w->currentId(), int(NewVmWizard::OsPage));
        QVERIFY(w->osPage()->selectedOs());
        QCOMPARE(w->osPage()->selectedOs()->id, QStringLiteral("http://debian.org/debian/11"));
        QCOMPARE(held.calls(), 1);
        QVERIFY(!held.ranOn(QThread::currentThread())); // never on the GUI thread
    }

    void typingIsCheckedOnceItPauses()
    {
        HeldProbe held;
        held.hold = false;
        auto w = open();
        w->pathChecker()->setProbe(held.probe());
        QTRY_VERIFY(w->capabilities());
        isoPath(w.get())->setFocus();
        QTest::keyClicks(isoPath(w.get()), QStringLiteral("/isos/debian.iso"));
        QTRY_VERIFY(w->sourcePage()->isComplete());
        // One look for the finished path, none for "/i", "/is", "/iso"...
        QCOMPARE(held.paths(), QStringList{QStringLiteral("/isos/debian.iso+iso")});
    }

    void answersAreCachedPerPath()
    {
        HeldProbe held;
        held.hold = false;
        auto w = open();
        w->pathChecker()->setProbe(held.probe());
        w->pathChecker()->setRecheckAfter(24 * 3600 * 1000);
        QTRY_VERIFY(w->capabilities());
        isoPath(w.get())->setText(QStringLiteral("/isos/a.iso"));
        QTRY_VERIFY(w->sourcePage()->isComplete());
        isoPath(w.get())->setText(QStringLiteral("/isos/b.iso"));
        QVERIFY(!w->sourcePage()->isComplete()); // not known yet
        QTRY_VERIFY(w->sourcePage()->isComplete());
        // Back to the first: known at once, not looked at again.
        isoPath(w.get())->setText(QStringLiteral("/isos/a.iso"));
        QVERIFY(w->sourcePage()->isComplete());
        QCOMPARE(held.paths(), (QStringList{QStringLiteral("/isos/a.iso+iso"),
                                            QStringLiteral("/isos/b.iso+iso")}));
    }

    void aFifoIsRefusedWithoutOpeningIt()
    {
        // The real probe: reading a FIFO with no writer would wait for ever, so it is not read.
        const QString fifo = m_dir.filePath(QStringLiteral("installer.iso"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        auto w = open();
        QTRY_VERIFY(w->capabilities());
        isoPath(w.get())->setText(fifo);
        QVERIFY(!w->sourcePage()->isComplete());
        QTRY_VERIFY2(pageError(w->sourcePage()).contains(QStringLiteral("is not a file")),
                     qPrintable(pageError(w->sourcePage())));
        const PathFacts facts = PathChecker::probeLocalPath(fifo, true);
        QVERIFY(facts.exists);
        QVERIFY(!facts.isFile);
        QVERIFY(!facts.iso.has_value());
    }
};

int main(int argc, char **argv)
{
    Vireo::prepareProcess(); // before the application object: see processsetup.h
    QApplication app(argc, argv);
    TestWizardPathCheck test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_wizardpathcheck.moc"
