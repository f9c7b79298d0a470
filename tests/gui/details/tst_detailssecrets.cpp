// SPDX-License-Identifier: GPL-2.0-or-later
// Issue 10: changing a guest's boot order, CPU layout, title or XML in the details window must
// not wipe its VNC password. Each change goes through the page's own widgets and Apply; after
// each one the definition, read with secrets (VIR_DOMAIN_XML_SECURE), still has the password.
// Any path that read the XML without the flag and defined it back would lose it.
#include "core/domain/domainactions.h"
#include "core/domain/domainxml.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "resources.h"
#include "ui/details/domainbootpage.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domaincpupage.h"
#include "ui/details/domainoverviewpage.h"
#include "ui/details/domainwindow.h"
#include "ui/details/domainxmlpage.h"

#include "tests/support/demohost.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vireo;

namespace {
const char kPassword[] = "s3cr3t-Vnc";
const char kGuestXml[] = R"(<domain type='test'>
  <name>guarded</name>
  <memory unit='KiB'>1048576</memory>
  <currentMemory unit='KiB'>1048576</currentMemory>
  <vcpu placement='static'>4</vcpu>
  <os><type arch='x86_64'>hvm</type><boot dev='hd'/></os>
  <devices>
    <graphics type='vnc' port='-1' autoport='yes' listen='0.0.0.0' passwd='s3cr3t-Vnc'>
      <listen type='address' address='0.0.0.0'/>
    </graphics>
  </devices>
</domain>)";
} // namespace

class TestDetailsSecrets : public QObject
{
    Q_OBJECT
public:
    // Before the application object exists: see prepareProcess().
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    QPointer<DomainWindow> m_window;
    QString m_uuid;

    QString fetch(DomainActions::XmlOptions options)
    {
        QString out;
        bool got = false;
        QObject ctx;
        DomainActions::fetchDomainXml(m_session.get(), m_uuid, options, &ctx,
                                      [&](Result<QString> r) {
                                          got = true;
                                          if (r)
                                              out = r.value();
                                      });
        return QTest::qWaitFor([&] { return got; }, 10000) ? out : QString();
    }
    /// The persistent definition with its secrets.
    QString secureXml() { return fetch({.inactive = true, .secure = true}); }
    DomainDescription definition()
    {
        const Result<DomainDescription> d = parseDomainXml(secureXml());
        return d ? d.value() : DomainDescription{};
    }
    bool hasPassword() { return secureXml().contains(QLatin1String("passwd='s3cr3t-Vnc'")); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_session = VireoTest::connectedDemoHost(m_dir);
        QVERIFY(m_session);
        bool defined = false;
        DomainActions::defineXml(m_session.get(), QString::fromLatin1(kGuestXml), this,
                                 [&](Result<QString> r) {
                                     defined = true;
                                     m_uuid = r ? r.value() : QString();
                                 });
        QTRY_VERIFY(defined);
        QVERIFY(!m_uuid.isEmpty());
        QVERIFY(hasPassword());
        // Without the flag libvirt leaves it out: what a path that forgot it would define back.
        QVERIFY(!fetch({.inactive = true}).contains(QLatin1String(kPassword)));
        m_window = DomainWindow::showFor(m_session.get(), m_uuid);
        QTRY_VERIFY(m_window->context()->hasInfo() && m_window->context()->hasDescription());
    }

    void cleanup()
    {
        delete m_window.data();
        m_session.reset();
    }

    void thePasswordSurvivesEveryPage()
    {
        // Boot order: network first, then the disk.
        DomainBootPage *boot = m_window->bootPage();
        QTRY_COMPARE(boot->editedOptions().bootDevices, QStringList{QStringLiteral("hd")});
        QListWidget *list = boot->deviceList();
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString() == u"network")
                list->item(i)->setCheckState(Qt::Checked);
        QVERIFY(boot->applyButton()->isEnabled());
        boot->applyButton()->click();
        QTRY_VERIFY(!boot->applyButton()->isEnabled());
        QTRY_VERIFY(definition().boot.bootDevices.contains(QStringLiteral("network")));
        QVERIFY2(hasPassword(), "the boot order lost the VNC password");

        // CPU layout: 1 socket, 2 cores, 2 threads.
        DomainCpuPage *cpu = m_window->cpuPage();
        QTRY_VERIFY(cpu->manualTopology()->isEnabled());
        cpu->manualTopology()->setChecked(true);
        cpu->socketsBox()->setValue(1);
        cpu->coresBox()->setValue(2);
        cpu->threadsBox()->setValue(2);
        cpu->applyMaximumButton()->click();
        QTRY_COMPARE(definition().cores, 2);
        QCOMPARE(definition().threads, 2);
        QVERIFY2(hasPassword(), "the CPU layout lost the VNC password");

        // Title, on the Overview page.
        DomainOverviewPage *overview = m_window->overviewPage();
        overview->titleEdit()->setFocus();
        QTest::keyClicks(overview->titleEdit(), QStringLiteral("Guarded guest"));
        QVERIFY(overview->applyButton()->isEnabled());
        overview->applyButton()->click();
        QTRY_COMPARE(definition().title, QStringLiteral("Guarded guest"));
        QVERIFY2(hasPassword(), "the title lost the VNC password");

        // XML: the editor shows the secure definition; a change to the memory is defined back.
        DomainXmlPage *xml = m_window->xmlPage();
        QTRY_VERIFY(xml->editor()->toPlainText().contains(QLatin1String("Guarded guest")));
        QString edited = xml->editor()->toPlainText();
        QVERIFY(edited.contains(QLatin1String("<memory unit='KiB'>1048576</memory>")));
        edited.replace(QLatin1String("<memory unit='KiB'>1048576</memory>"),
                       QLatin1String("<memory unit='KiB'>2097152</memory>"));
        edited.replace(QLatin1String("<currentMemory unit='KiB'>1048576</currentMemory>"),
                       QLatin1String("<currentMemory unit='KiB'>2097152</currentMemory>"));
        xml->editor()->setPlainText(edited);
        QSignalSpy applied(xml, &DomainXmlPage::applied);
        xml->applyButton()->click();
        QVERIFY2(applied.wait(10000), qPrintable(xml->statusLabel()->text()));
        QCOMPARE(definition().memoryKiB, 2097152ull);
        QVERIFY2(hasPassword(), "the XML editor lost the VNC password");

        // Everything else changed above is still there too.
        const DomainDescription d = definition();
        QCOMPARE(d.title, QStringLiteral("Guarded guest"));
        QCOMPARE(d.cores, 2);
        QVERIFY(d.boot.bootDevices.contains(QStringLiteral("network")));
    }
};

QTEST_MAIN(TestDetailsSecrets)
#include "tst_detailssecrets.moc"
