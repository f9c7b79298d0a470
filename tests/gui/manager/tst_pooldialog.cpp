// SPDX-License-Identifier: GPL-2.0-or-later
// The Define Pool dialog as a person fills it: the types the host offers (greyed where Vireo has
// no fields), each type's own fields shown and the others hidden, the formats the host lists for
// that type, the problem said in words as the user types and Define off until it is gone, and
// what the dialog hands over (PoolDefinition) matching what was typed.
#include "accessibility.h"
#include "core/session/processsetup.h"
#include "ui/manager/pooldialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTest>

using namespace Vireo;

class TestPoolDialog : public QObject
{
    Q_OBJECT
public:
    static void initMain() { Vireo::prepareProcess(); }

private:
    static QList<PoolTypeOffer> hostOffers()
    {
        // As a QEMU host's capabilities list them, but netfs without glusterfs.
        return {{"dir", {}, {}},
                {"fs", {"auto", "ext4", "xfs"}, "auto"},
                {"netfs", {"auto", "nfs", "cifs"}, "auto"},
                {"logical", {"unknown", "lvm2"}, "lvm2"},
                {"iscsi", {}, {}}};
    }
    static void choose(QComboBox *box, const QString &data)
    {
        const int i = box->findData(data);
        QVERIFY2(i >= 0, qPrintable(data));
        box->setCurrentIndex(i);
    }
    static bool shown(QWidget *w)
    {
        auto *form = w->parentWidget()->findChild<QFormLayout *>();
        return form && form->isRowVisible(w);
    }
    static QPushButton *ok(DefinePoolDialog &d)
    {
        return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
    static QStringList formats(DefinePoolDialog &d)
    {
        QStringList out;
        for (int i = 0; i < d.formatBox()->count(); ++i)
            out << d.formatBox()->itemData(i).toString();
        return out;
    }

private Q_SLOTS:
    void typesTheHostOffers()
    {
        DefinePoolDialog d(hostOffers(), {});
        QCOMPARE(d.typeBox()->count(), 5);
        auto *model = qobject_cast<QStandardItemModel *>(d.typeBox()->model());
        for (const char *t : {"dir", "fs", "netfs", "logical"})
            QVERIFY(model->item(d.typeBox()->findData(QString::fromLatin1(t)))->isEnabled());
        QStandardItem *iscsi = model->item(d.typeBox()->findData(QStringLiteral("iscsi")));
        QVERIFY(!iscsi->isEnabled());
        QVERIFY(iscsi->toolTip().contains(QLatin1String("no fields for iscsi")));
        QCOMPARE(d.typeBox()->currentData().toString(), QStringLiteral("dir"));
        for (QLabel *l : d.findChildren<QLabel *>())
            QVERIFY(!l->text().contains(QLatin1String("does not list its pool types")));
    }

    void hostWithoutCapabilitiesGetsLibvirtsLists()
    {
        DefinePoolDialog d(Error{"List", "not supported", 3}, {});
        QStringList types;
        for (int i = 0; i < d.typeBox()->count(); ++i)
            types << d.typeBox()->itemData(i).toString();
        QCOMPARE(types, PoolDefinitions::editableTypes());
        bool said = false;
        for (QLabel *l : d.findChildren<QLabel *>())
            said |= l->text().contains(QLatin1String("does not list its pool types"));
        QVERIFY(said);
    }

    void dirFields()
    {
        DefinePoolDialog d(hostOffers(), {"default"});
        QVERIFY(shown(d.pathEdit()));
        for (QWidget *w :
             std::initializer_list<QWidget *>{d.hostEdit(), d.sourceDirEdit(), d.deviceEdit(),
                                              d.groupEdit(), d.formatBox(), d.buildBox()})
            QVERIFY(!shown(w));
        QVERIFY(!ok(d)->isEnabled());
        d.nameEdit()->setText(QStringLiteral("default"));
        d.pathEdit()->setText(QStringLiteral("/srv/isos"));
        QVERIFY(d.problemLabel()->text().contains(QLatin1String("already has a pool")));
        QVERIFY(!ok(d)->isEnabled());
        d.nameEdit()->setText(QStringLiteral("isos"));
        QVERIFY(ok(d)->isEnabled());
        QVERIFY(d.problemLabel()->isHidden());
        const QStringList unnamed = unnamedControls(&d);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(", ")));
    }

    void fsFields()
    {
        DefinePoolDialog d(hostOffers(), {});
        choose(d.typeBox(), QStringLiteral("fs"));
        QVERIFY(shown(d.deviceEdit()) && shown(d.formatBox()) && shown(d.pathEdit()) &&
                shown(d.buildBox()));
        QVERIFY(!shown(d.hostEdit()) && !shown(d.groupEdit()) && !shown(d.sourceDirEdit()));
        QCOMPARE(formats(d), (QStringList{"auto", "ext4", "xfs"}));
        QCOMPARE(d.formatBox()->currentData().toString(), QStringLiteral("auto"));
        QCOMPARE(d.pathEdit()->accessibleName(), QStringLiteral("Mount point on the host"));
        d.nameEdit()->setText(QStringLiteral("data"));
        d.pathEdit()->setText(QStringLiteral("/mnt/data"));
        QVERIFY(d.problemLabel()->text().contains(QLatin1String("one device")));
        d.deviceEdit()->setText(QStringLiteral("sdb1"));
        QVERIFY(d.problemLabel()->text().contains(QLatin1String("not a device path")));
        QVERIFY(!ok(d)->isEnabled());
        d.deviceEdit()->setText(QStringLiteral("/dev/sdb1"));
        QVERIFY(ok(d)->isEnabled());
        d.buildBox()->setChecked(true); // format, but with auto
        QVERIFY(d.problemLabel()->text().contains(QLatin1String("not auto")));
        QVERIFY(!ok(d)->isEnabled());
        choose(d.formatBox(), QStringLiteral("ext4"));
        QVERIFY(ok(d)->isEnabled());
        const PoolDefinition def = d.definition();
        QCOMPARE(def.type, QStringLiteral("fs"));
        QCOMPARE(def.sourceDevices, QStringList{"/dev/sdb1"});
        QCOMPARE(def.sourceFormat, QStringLiteral("ext4"));
        QCOMPARE(def.targetPath, QStringLiteral("/mnt/data"));
        QVERIFY(def.build);
        const QStringList unnamed = unnamedControls(&d);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(", ")));
    }

    void netfsFields()
    {
        DefinePoolDialog d(hostOffers(), {});
        choose(d.typeBox(), QStringLiteral("netfs"));
        QVERIFY(shown(d.hostEdit()) && shown(d.sourceDirEdit()) && shown(d.formatBox()) &&
                shown(d.pathEdit()));
        QVERIFY(!shown(d.deviceEdit()) && !shown(d.groupEdit()) && !shown(d.buildBox()));
        // The host's formats for netfs; NFS chosen first; no glusterfs where it is not offered.
        QCOMPARE(formats(d), (QStringList{"auto", "nfs", "cifs"}));
        QCOMPARE(d.formatBox()->currentData().toString(), QStringLiteral("nfs"));
        d.nameEdit()->setText(QStringLiteral("share"));
        d.pathEdit()->setText(QStringLiteral("/mnt/share"));
        QVERIFY(d.problemLabel()->text().contains(QLatin1String("host name or address")));
        d.hostEdit()->setText(QStringLiteral("file server"));
        QVERIFY(d.problemLabel()->text().contains(QLatin1String("is not a host name")));
        d.hostEdit()->setText(QStringLiteral("nfs.lan"));
        d.sourceDirEdit()->setText(QStringLiteral("export"));
        QVERIFY(d.problemLabel()->text().contains(QLatin1String("absolute path on the server")));
        QVERIFY(!ok(d)->isEnabled());
        d.sourceDirEdit()->setText(QStringLiteral("/export"));
        QVERIFY(ok(d)->isEnabled());
        choose(d.formatBox(), QStringLiteral("cifs")); // a share's name is no path
        d.sourceDirEdit()->setText(QStringLiteral("vms"));
        QVERIFY(ok(d)->isEnabled());
        const PoolDefinition def = d.definition();
        QCOMPARE(def.sourceHost, QStringLiteral("nfs.lan"));
        QCOMPARE(def.sourceDir, QStringLiteral("vms"));
        QCOMPARE(def.sourceFormat, QStringLiteral("cifs"));
        QVERIFY(def.sourceDevices.isEmpty());
    }

    void logicalFields()
    {
        DefinePoolDialog d(hostOffers(), {});
        choose(d.typeBox(), QStringLiteral("logical"));
        QVERIFY(shown(d.groupEdit()) && shown(d.deviceEdit()) && shown(d.buildBox()));
        QVERIFY(!shown(d.pathEdit()) && !shown(d.formatBox()) && !shown(d.hostEdit()));
        d.nameEdit()->setText(QStringLiteral("lvm"));
        QVERIFY(d.problemLabel()->text().contains(QLatin1String("volume group")));
        d.groupEdit()->setText(QStringLiteral("vg_vms"));
        QVERIFY(ok(d)->isEnabled()); // an existing group, no devices
        d.buildBox()->setChecked(true);
        QVERIFY(d.problemLabel()->text().contains(QLatin1String("devices to create")));
        QVERIFY(!ok(d)->isEnabled());
        d.deviceEdit()->setText(QStringLiteral("/dev/sdb, /dev/sdc"));
        QVERIFY(ok(d)->isEnabled());
        const PoolDefinition def = d.definition();
        QCOMPARE(def.sourceName, QStringLiteral("vg_vms"));
        QCOMPARE(def.sourceDevices, (QStringList{"/dev/sdb", "/dev/sdc"}));
        QVERIFY(def.build);
        QVERIFY(def.targetPath.isEmpty());
        const QStringList unnamed = unnamedControls(&d);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(", ")));
    }
};

QTEST_MAIN(TestPoolDialog)
#include "tst_pooldialog.moc"
