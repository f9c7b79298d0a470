// SPDX-License-Identifier: GPL-2.0-or-later
// The decision behind Delete: what libvirt's answers about a domain make it do, and that an
// answer of "cannot tell" (-1) stops it instead of being taken for "no".
#include "core/domain/domainactions.h"

#include <QTest>

using namespace Vireo;

class TestDomainActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void planDeletion_data()
    {
        QTest::addColumn<int>("active");
        QTest::addColumn<int>("persistent");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("forceOff");
        QTest::addColumn<bool>("undefine");
        QTest::addColumn<QString>("says");

        QTest::newRow("running, defined") << 1 << 1 << true << true << true << QString();
        QTest::newRow("shut off, defined") << 0 << 1 << true << false << true << QString();
        QTest::newRow("running, transient") << 1 << 0 << true << true << false << QString();
        // The bug: -1 was taken as "not running", and a running domain was undefined.
        QTest::newRow("cannot tell if running") << -1 << 1 << false << false << false
                                                << QStringLiteral("whether the domain is running");
        QTest::newRow("cannot tell if running, transient")
            << -1 << 0 << false << false << false
            << QStringLiteral("whether the domain is running");
        QTest::newRow("cannot tell if defined")
            << 1 << -1 << false << false << false
            << QStringLiteral("whether the domain has a definition");
        QTest::newRow("cannot tell either") << -1 << -1 << false << false << false
                                            << QStringLiteral("whether the domain is running");
    }
    void planDeletion()
    {
        QFETCH(int, active);
        QFETCH(int, persistent);
        QFETCH(bool, ok);
        QFETCH(bool, forceOff);
        QFETCH(bool, undefine);
        QFETCH(QString, says);
        const auto plan =
            DomainActions::planDeletion(QStringLiteral("Delete domain 'web'"), active, persistent,
                                        QStringLiteral("Cannot recv data: EOF"));
        QCOMPARE(plan.ok(), ok);
        if (ok) {
            QCOMPARE(plan->forceOff, forceOff);
            QCOMPARE(plan->undefine, undefine);
            return;
        }
        // A clear message: the operation, what could not be told, libvirt's reason, and that
        // nothing changed.
        const Error &e = plan.error();
        QCOMPARE(e.operation, QStringLiteral("Delete domain 'web'"));
        QVERIFY2(e.message.contains(says), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("Cannot recv data: EOF")), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("nothing was changed")), qPrintable(e.message));
    }
};

QTEST_GUILESS_MAIN(TestDomainActions)
#include "tst_domainactions.moc"
