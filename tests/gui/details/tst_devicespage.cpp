// SPDX-License-Identifier: GPL-2.0-or-later
// The Devices page and its dialogs on libvirt's test driver (a private copy of the demo host):
// Add Hardware for each type (fields, preview, the when-choice), Remove after asking, Insert and
// Eject, a NIC's link and an edit, on a shut-off domain; on a running one, what cannot go live
// is said, and the test driver's refusal of hot-plug is shown as libvirt's error (issue 14).
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "core/session/processsetup.h"
#include "ui/details/adddevicedialog.h"
#include "ui/details/devices/devicepage.h"
#include "ui/details/devices/diskdevicepage.h"
#include "ui/details/devices/editdevicedialog.h"
#include "ui/details/devices/removedevicedialog.h"
#include "ui/details/domaincontext.h"
#include "ui/details/domaindevicespage.h"
#include "ui/details/domainwindow.h"

#include "tests/support/demodetails.h"
#include "tests/support/demohost.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Vireo;
using namespace VireoTest;
using Type = AddDeviceDialog::Type;

namespace {

QStringList unnamedControls(QWidget *root)
{
    QStringList out;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
                             qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
                             qobject_cast<QSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w);
        if (!control || w->focusPolicy() == Qt::NoFocus || !w->accessibleName().isEmpty())
            continue;
        if (qobject_cast<QLineEdit *>(w) && (qobject_cast<QComboBox *>(w->parentWidget()) ||
                                             qobject_cast<QSpinBox *>(w->parentWidget())))
            continue; // a combo's or spin box's own line edit: the box has the name
        out << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') +
                   w->objectName();
    }
    return out;
}

QStringList topLevelTitles(QTreeWidget *tree)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out << tree->topLevelItem(i)->text(0);
    return out;
}

template<typename T>
T *waitForDialog(QWidget *parent)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (T *d : parent->findChildren<T *>()) {
                if (d->isVisible())
                    found = d;
            }
            return found != nullptr;
        },
        5000);
    return found;
}

} // namespace

class TestDevicesPage : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    QPointer<DomainWindow> m_window;

    DomainDevicesPage *open(const QString &uuid)
    {
        m_window = openDetails(m_session.get(), uuid, QStringLiteral("Devices"));
        return m_window ? m_window->devicesPage() : nullptr;
    }

    QString configXml(const QString &uuid)
    {
        auto r = ask<Result<QString>>([&](QObject *ctx, auto done) {
            DomainActions::fetchDomainXml(m_session.get(), uuid, {true, false}, ctx, done);
        });
        return r && r->ok() ? r->value() : QString();
    }

    AddDeviceDialog *openAdd(DomainDevicesPage *page)
    {
        QTest::mouseClick(page->addButton(), Qt::LeftButton);
        return waitForDialog<AddDeviceDialog>(page);
    }

    /// Clicks Add and waits until the device is in the page's tree.
    bool addAndWait(DomainDevicesPage *page, AddDeviceDialog *dialog, const QString &title)
    {
        if (!dialog->addButton()->isEnabled())
            return false;
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        return QTest::qWaitFor([&] { return topLevelTitles(page->tree()).contains(title); }, 10000);
    }

private Q_SLOTS:
    void init()
    {
        m_session = connectedDemoHost(m_dir);
        QVERIFY(m_session);
    }
    void cleanup()
    {
        delete m_window.data();
        m_session.reset();
    }

    void everyTypeHasItsFieldsAndPreview()
    {
        DomainDevicesPage *page = open(kWin);
        QVERIFY(page);
        AddDeviceDialog *dialog = openAdd(page);
        QVERIFY(dialog);
        QCOMPARE(dialog->typeList()->count(), 14);
        QVERIFY2(unnamedControls(dialog).isEmpty(), qPrintable(unnamedControls(dialog).join(u' ')));
        const struct
        {
            Type type;
            const char *element;
        } ready[] = {{Type::Graphics, "<graphics type=\"vnc\""},
                     {Type::Video, "<video>"},
                     {Type::Serial, "<serial type=\"pty\">"},
                     {Type::Console, "<console type=\"pty\">"},
                     {Type::GuestAgent, "org.qemu.guest_agent.0"},
                     {Type::Rng, "<rng model=\"virtio\">"},
                     {Type::Watchdog, "<watchdog model=\"i6300esb\" action=\"reset\"/>"},
                     {Type::Sound, "<sound model=\"ich9\"/>"},
                     {Type::Input, "<input type=\"tablet\" bus=\"usb\"/>"}};
        for (const auto &r : ready) {
            dialog->selectType(r.type);
            QVERIFY2(dialog->preview()->toPlainText().contains(QLatin1String(r.element)),
                     qPrintable(dialog->preview()->toPlainText()));
            QVERIFY2(dialog->problemLabel()->text().isEmpty(),
                     qPrintable(dialog->problemLabel()->text()));
            QVERIFY(dialog->addButton()->isEnabled());
        }
        // The test driver has no USB devices and no domain capabilities: both say so.
        dialog->selectType(Type::HostUsb);
        QTRY_VERIFY(!dialog->problemLabel()->text().isEmpty());
        QVERIFY(!dialog->addButton()->isEnabled());
        dialog->selectType(Type::Tpm);
        QTRY_VERIFY(dialog->problemLabel()->text().contains(u"TPM"));
        QVERIFY(!dialog->addButton()->isEnabled());
        // Shut off, there is only the configuration: the choice is greyed and says why.
        QVERIFY(!dialog->whenButton(ApplyWhen::Now)->isEnabled());
        QVERIFY(!dialog->whenButton(ApplyWhen::AfterRestart)->isEnabled());
        QVERIFY(dialog->whenButton(ApplyWhen::NowAndAfterRestart)->isHidden());
        // The NIC page fills in a MAC no domain of the host uses.
        dialog->selectType(Type::Nic);
        QTRY_VERIFY(dialog->preview()->toPlainText().contains(u"52:54:00:"));
        QTRY_VERIFY(dialog->problemLabel()->text().isEmpty());
        QVERIFY(!dialog->preview()->toPlainText().contains(u"52:54:00:00:00:07"));
        auto *mac = dialog->page(Type::Nic)->findChild<QLineEdit *>();
        QVERIFY(mac);
        for (QLineEdit *edit : dialog->page(Type::Nic)->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == u"MAC address")
                mac = edit;
        }
        mac->setText(QStringLiteral("52:54:00:00:00:08")); // debian12-template's
        QVERIFY(dialog->problemLabel()->text().contains(u"already used"));
        QVERIFY(!dialog->addButton()->isEnabled());
    }

    void addsADiskAndRemovesItAfterAsking()
    {
        DomainDevicesPage *page = open(kWin);
        QVERIFY(page);
        AddDeviceDialog *dialog = openAdd(page);
        QVERIFY(dialog);
        dialog->selectType(Type::Disk);
        auto *disk = qobject_cast<DiskDevicePage *>(dialog->page(Type::Disk));
        QVERIFY(disk);
        for (QRadioButton *r : disk->findChildren<QRadioButton *>()) {
            if (r->accessibleName().contains(u"file or block device"))
                r->setChecked(true);
        }
        for (QLineEdit *e : disk->findChildren<QLineEdit *>()) {
            if (e->accessibleName() == u"Disk path")
                e->setText(QStringLiteral("/var/lib/libvirt/images/extra.qcow2"));
        }
        // vda is taken: the new disk is vdb.
        QVERIFY2(dialog->preview()->toPlainText().contains(u"dev=\"vdb\""),
                 qPrintable(dialog->preview()->toPlainText()));
        QVERIFY(addAndWait(page, dialog, QStringLiteral("Disk vdb")));
        QVERIFY(page->statusLabel()->text().contains(u"configuration"));
        QVERIFY(configXml(kWin).contains(u"/var/lib/libvirt/images/extra.qcow2"));

        QVERIFY(page->selectDevice({QStringLiteral("disk"), QStringLiteral("vdb"), 0}));
        QTest::mouseClick(page->removeButton(), Qt::LeftButton);
        auto *ask = waitForDialog<RemoveDeviceDialog>(page);
        QVERIFY(ask);
        QVERIFY(!ask->whenButton(ApplyWhen::Now)); // shut off: nothing to choose
        QTest::mouseClick(ask->removeButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!topLevelTitles(page->tree()).contains(u"Disk vdb"), 10000);
        QVERIFY2(page->statusLabel()->text().contains(u"removed from the configuration"),
                 qPrintable(page->statusLabel()->text()));
        QVERIFY(!configXml(kWin).contains(u"extra.qcow2"));
    }

    void cancellingTheQuestionRemovesNothing()
    {
        DomainDevicesPage *page = open(kWin);
        QVERIFY(page);
        QVERIFY(page->selectDevice({QStringLiteral("video"), {}, 0}));
        QTest::mouseClick(page->removeButton(), Qt::LeftButton);
        auto *ask = waitForDialog<RemoveDeviceDialog>(page);
        QVERIFY(ask);
        ask->reject();
        QTest::qWait(200);
        QVERIFY(configXml(kWin).contains(u"<video>"));
    }

    void insertsAndEjectsMedia()
    {
        DomainDevicesPage *page = open(kWin);
        QVERIFY(page);
        AddDeviceDialog *dialog = openAdd(page);
        dialog->selectType(Type::Cdrom);
        for (QRadioButton *r : dialog->page(Type::Cdrom)->findChildren<QRadioButton *>()) {
            if (r->accessibleName().contains(u"empty drive"))
                r->setChecked(true);
        }
        QVERIFY(dialog->preview()->toPlainText().contains(u"device=\"cdrom\""));
        QVERIFY(addAndWait(page, dialog, QStringLiteral("CD-ROM sda")));
        QVERIFY(page->selectDevice({QStringLiteral("disk"), QStringLiteral("sda"), 0}));
        QVERIFY(page->insertButton()->isEnabled());
        QVERIFY(!page->ejectButton()->isEnabled()); // nothing in it yet

        QTest::mouseClick(page->insertButton(), Qt::LeftButton);
        auto *input = waitForDialog<QInputDialog>(page);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("/isos/rescue.iso"));
        input->accept();
        QTRY_VERIFY_WITH_TIMEOUT(configXml(kWin).contains(u"/isos/rescue.iso"), 10000);
        QTRY_VERIFY(page->ejectButton()->isEnabled());
        QTest::mouseClick(page->ejectButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!configXml(kWin).contains(u"/isos/rescue.iso"), 10000);
        QVERIFY(page->statusLabel()->text().contains(u"ejected"));
    }

    void cutsTheLinkAndEditsTheNic()
    {
        DomainDevicesPage *page = open(kWin);
        QVERIFY(page);
        const DeviceKey nic{QStringLiteral("interface"), QStringLiteral("52:54:00:00:00:07"), 0};
        QVERIFY(page->selectDevice(nic));
        QCOMPARE(page->linkButton()->text().remove(u'&'), QStringLiteral("Cut link"));
        QTest::mouseClick(page->linkButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(configXml(kWin).contains(u"<link state='down'/>"), 10000);
        QTRY_COMPARE(page->linkButton()->text().remove(u'&'), QStringLiteral("Connect link"));

        QTest::mouseClick(page->editButton(), Qt::LeftButton);
        auto *edit = waitForDialog<EditDeviceDialog>(page);
        QVERIFY(edit);
        QVERIFY(unnamedControls(edit).isEmpty());
        for (QComboBox *c : edit->page()->findChildren<QComboBox *>()) {
            if (c->accessibleName() == u"Model")
                c->setCurrentIndex(c->findData(QStringLiteral("e1000e")));
        }
        QTRY_VERIFY(edit->applyButton()->isEnabled()); // its own MAC is not "taken"
        QTest::mouseClick(edit->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(configXml(kWin).contains(u"<model type='e1000e'/>"), 10000);
        const QString xml = configXml(kWin);
        QVERIFY(xml.contains(u"52:54:00:00:00:07"));
        QVERIFY(xml.contains(u"<link state='down'/>")); // the edit kept the link as it was
    }

    void aRunningDomainSaysWhatWaitsForARestart()
    {
        DomainDevicesPage *page = open(kWeb);
        QVERIFY(page);
        QVERIFY(page->liveNote()->isVisible());
        QVERIFY(page->liveNote()->text().contains(u"only while it is shut off"));
        AddDeviceDialog *dialog = openAdd(page);
        QVERIFY(dialog);
        dialog->selectType(Type::Video);
        QVERIFY(!dialog->whenButton(ApplyWhen::Now)->isEnabled());
        dialog->whenButton(ApplyWhen::NowAndAfterRestart)->setChecked(true);
        QVERIFY(dialog->findChildren<QLabel *>().size() > 0);
        bool said = false;
        for (QLabel *l : dialog->findChildren<QLabel *>())
            said = said || l->text().contains(u"cannot be added to a running guest");
        QVERIFY(said);
        // An RNG can go live; the test driver cannot hot-plug, and libvirt's words are shown.
        dialog->selectType(Type::Rng);
        dialog->whenButton(ApplyWhen::Now)->setChecked(true);
        QVERIFY(dialog->addButton()->isEnabled());
        QTest::mouseClick(dialog->addButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->problemLabel()->text().contains(u"not supported"), 10000);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->addButton()->isEnabled());
    }

    void editingARunningDomainGreysWhatCannotChangeLive()
    {
        DomainDevicesPage *page = open(kWeb);
        QVERIFY(page);
        QVERIFY(m_window->context()->isActive());
        // A NIC: source and link stay open, model and MAC are greyed with the reason.
        QVERIFY(page->selectDevice(
            {QStringLiteral("interface"), QStringLiteral("52:54:00:00:00:01"), 0}));
        QTest::mouseClick(page->editButton(), Qt::LeftButton);
        auto *edit = waitForDialog<EditDeviceDialog>(page);
        QVERIFY(edit);
        QHash<QString, QWidget *> field;
        for (QWidget *w : edit->page()->findChildren<QWidget *>())
            field.insert(w->accessibleName(), w);
        QVERIFY(field.value(QStringLiteral("Source")) && field.value(QStringLiteral("Model")));
        QVERIFY(field.value(QStringLiteral("Source"))->isEnabled());
        QVERIFY(field.value(QStringLiteral("Link up"))->isEnabled());
        for (const char *name : {"Model", "MAC address", "Generate a MAC address"}) {
            QWidget *w = field.value(QString::fromLatin1(name));
            QVERIFY2(w && !w->isEnabled(), name);
            QVERIFY2(w->toolTip().contains(u"running guest"), name);
        }
        QVERIFY(edit->note()->text().contains(u"model and MAC address are greyed"));
        QTRY_VERIFY(edit->applyButton()->isEnabled()); // the source and link still go live
        edit->reject();

        // A hard disk: nothing changes live, so everything is greyed and there is nothing to apply.
        QVERIFY(page->selectDevice({QStringLiteral("disk"), QStringLiteral("vda"), 0}));
        QTest::mouseClick(page->editButton(), Qt::LeftButton);
        edit = waitForDialog<EditDeviceDialog>(page);
        QVERIFY(edit);
        for (QWidget *w : edit->page()->findChildren<QWidget *>()) {
            if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractButton *>(w) ||
                qobject_cast<QLineEdit *>(w)) {
                if (!qobject_cast<QLineEdit *>(w->parentWidget()) &&
                    !qobject_cast<QComboBox *>(w->parentWidget()))
                    QVERIFY2(!w->isEnabled(), qPrintable(w->accessibleName()));
            }
        }
        QVERIFY(edit->note()->text().contains(u"bus, cache and sharing are greyed"));
        QVERIFY(!edit->applyButton()->isEnabled());
        edit->reject();

        // Shut off, the same disk's fields open again.
        DomainActions::performAction(m_session.get(), {kWeb}, DomainAction::ForceOff);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->context()->isActive(), 10000);
        QTest::mouseClick(page->editButton(), Qt::LeftButton);
        edit = waitForDialog<EditDeviceDialog>(page);
        QVERIFY(edit);
        for (QComboBox *c : edit->page()->findChildren<QComboBox *>()) {
            if (c->accessibleName() == u"Bus")
                QVERIFY(c->isEnabled() && c->toolTip().isEmpty());
        }
        QTRY_VERIFY(edit->applyButton()->isEnabled());
        edit->reject();
    }
};

QTEST_MAIN(TestDevicesPage)
#include "tst_devicespage.moc"
