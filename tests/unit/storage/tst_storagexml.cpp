// SPDX-License-Identifier: GPL-2.0-or-later
// The one parser of pool, volume and domain-disk XML (StorageXml), on what libvirt 9.0 returns:
// the test driver's pool and volumes, a dir pool's qcow2 overlay, and refusals in words.
#include "core/storage/storagexml.h"

#include <QTest>

using namespace Vireo;

class TestStorageXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<quint64>("bytes"); // 0 with an error expected
        QTest::addColumn<QString>("error");
        QTest::newRow("no unit is bytes") << "512"
                                          << "" << quint64(512) << "";
        QTest::newRow("bytes") << "107374182400"
                               << "bytes" << quint64(107374182400) << "";
        QTest::newRow("KiB") << "4"
                             << "KiB" << quint64(4096) << "";
        QTest::newRow("k") << "4"
                           << "k" << quint64(4096) << "";
        QTest::newRow("KB is decimal") << "4"
                                       << "KB" << quint64(4000) << "";
        QTest::newRow("GiB") << "20"
                             << "GiB" << quint64(20) * 1024 * 1024 * 1024 << "";
        QTest::newRow("G") << "1"
                           << "G" << (quint64(1) << 30) << "";
        QTest::newRow("TiB") << "2"
                             << "TiB" << (quint64(2) << 40) << "";
        QTest::newRow("not a number") << "lots"
                                      << "bytes" << quint64(0) << "'lots' is not a size";
        QTest::newRow("unknown unit") << "1"
                                      << "parsecs" << quint64(0) << "unknown unit";
        QTest::newRow("overflow") << "18446744073709551615"
                                  << "KiB" << quint64(0) << "too large";
    }
    void sizes()
    {
        QFETCH(QString, text);
        QFETCH(QString, unit);
        QFETCH(quint64, bytes);
        QFETCH(QString, error);
        const auto r = StorageXml::sizeInBytes(text, unit);
        if (error.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error().text()));
            QCOMPARE(r.value(), bytes);
        } else {
            QVERIFY(!r.ok());
            QVERIFY2(r.error().text().contains(error), qPrintable(r.error().text()));
        }
    }

    void pools_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("path");
        QTest::addColumn<quint64>("capacity");
        QTest::addColumn<quint64>("allocation");
        QTest::addColumn<quint64>("available");
        QTest::addColumn<QString>("error");
        // As test:///default answers virStoragePoolGetXMLDesc.
        QTest::newRow("test driver's default-pool")
            << "<pool type='dir'>\n  <name>default-pool</name>\n"
               "  <uuid>dfe224cb-28fb-8dd0-c4b2-64eb3f0f4566</uuid>\n"
               "  <capacity unit='bytes'>107374182400</capacity>\n"
               "  <allocation unit='bytes'>0</allocation>\n"
               "  <available unit='bytes'>107374182400</available>\n  <source>\n  </source>\n"
               "  <target>\n    <path>/default-pool</path>\n  </target>\n</pool>\n"
            << "default-pool"
            << "dir"
            << "/default-pool" << quint64(107374182400) << quint64(0) << quint64(107374182400)
            << "";
        QTest::newRow("logical pool without a target path, sizes in GiB")
            << "<pool type='logical'><name>vg0</name><source><name>vg0</name></source>"
               "<capacity unit='GiB'>10</capacity><allocation unit='GiB'>4</allocation>"
               "<available unit='GiB'>6</available></pool>"
            << "vg0"
            << "logical"
            << "" << (quint64(10) << 30) << (quint64(4) << 30) << (quint64(6) << 30) << "";
        QTest::newRow("a volume is not a pool")
            << "<volume><name>a</name></volume>"
            << ""
            << ""
            << "" << quint64(0) << quint64(0) << quint64(0) << "not <pool>";
        QTest::newRow("broken XML") << "<pool type='dir'><name>x</pool>"
                                    << ""
                                    << ""
                                    << "" << quint64(0) << quint64(0) << quint64(0) << "line 1";
        QTest::newRow("bad capacity")
            << "<pool type='dir'><name>x</name><capacity unit='bytes'>-1</capacity></pool>"
            << ""
            << ""
            << "" << quint64(0) << quint64(0) << quint64(0) << "<capacity>";
    }
    void pools()
    {
        QFETCH(QString, xml);
        QFETCH(QString, error);
        const auto r = StorageXml::parsePool(xml);
        if (!error.isEmpty()) {
            QVERIFY(!r.ok());
            QVERIFY2(r.error().text().contains(error), qPrintable(r.error().text()));
            QVERIFY(r.error().text().startsWith(QLatin1String("Read a storage pool's XML")));
            return;
        }
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QTEST(r->name, "name");
        QTEST(r->type, "type");
        QTEST(r->targetPath, "path");
        QTEST(r->capacityBytes, "capacity");
        QTEST(r->allocationBytes, "allocation");
        QTEST(r->availableBytes, "available");
    }

    void volumes_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("path");
        QTest::addColumn<quint64>("capacity");
        QTest::addColumn<quint64>("allocation");
        QTest::addColumn<QString>("backing");
        QTest::newRow("test driver's qcow2")
            << "<volume type='file'>\n  <name>a.qcow2</name>\n  <key>/default-pool/a.qcow2</key>\n"
               "  <capacity unit='bytes'>21474836480</capacity>\n"
               "  <allocation unit='bytes'>0</allocation>\n  <target>\n"
               "    <path>/default-pool/a.qcow2</path>\n    <format type='qcow2'/>\n"
               "  </target>\n</volume>\n"
            << "qcow2"
            << "/default-pool/a.qcow2" << quint64(21474836480) << quint64(0) << "";
        QTest::newRow("qcow2 overlay of a raw image")
            << "<volume type='file'><name>c.qcow2</name>"
               "<capacity unit='bytes'>21474836480</capacity>"
               "<allocation unit='bytes'>200704</allocation>"
               "<target><path>/var/lib/libvirt/images/c.qcow2</path><format type='qcow2'/>"
               "</target><backingStore><path>/var/lib/libvirt/images/base.img</path>"
               "<format type='raw'/></backingStore></volume>"
            << "qcow2"
            << "/var/lib/libvirt/images/c.qcow2" << quint64(21474836480) << quint64(200704)
            << "/var/lib/libvirt/images/base.img";
        QTest::newRow("raw in KiB")
            << "<volume><name>r.img</name><capacity unit='KiB'>1024</capacity>"
               "<allocation unit='KiB'>1024</allocation><target><path>/p/r.img</path>"
               "<format type='raw'/></target></volume>"
            << "raw"
            << "/p/r.img" << quint64(1 << 20) << quint64(1 << 20) << "";
    }
    void volumes()
    {
        QFETCH(QString, xml);
        const auto r = StorageXml::parseVolume(xml);
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QTEST(r->format, "format");
        QTEST(r->path, "path");
        QTEST(r->capacityBytes, "capacity");
        QTEST(r->allocationBytes, "allocation");
        QTEST(r->backingPath, "backing");
    }

    void volumeRefusals()
    {
        const auto empty = StorageXml::parseVolume(QString());
        QVERIFY(!empty.ok());
        QVERIFY2(empty.error().text().contains("empty"), qPrintable(empty.error().text()));
        const auto unit = StorageXml::parseVolume(
            "<volume><name>x</name><capacity unit='furlongs'>1</capacity></volume>");
        QVERIFY(!unit.ok());
        QVERIFY2(unit.error().text().contains("furlongs"), qPrintable(unit.error().text()));
    }

    void poolCapabilities_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QStringList>("types");
        // In the shape of libvirt's formatstoragecaps (a QEMU host's storage driver).
        QTest::newRow("dir, fs, logical supported; iscsi-direct not")
            << "<storagepoolCapabilities>\n"
               "  <pool type='dir' supported='yes'>\n    <volOptions>\n"
               "      <defaultFormat type='raw'/>\n"
               "      <enum name='targetFormatType'><value>raw</value><value>qcow2</value></enum>\n"
               "    </volOptions>\n  </pool>\n"
               "  <pool type='fs' supported='yes'><poolOptions><defaultFormat type='auto'/>"
               "</poolOptions></pool>\n"
               "  <pool type='iscsi-direct' supported='no'>\n  </pool>\n"
               "  <pool type='logical' supported='yes'/>\n"
               "</storagepoolCapabilities>"
            << QStringList{"dir", "fs", "logical"};
        QTest::newRow("none supported") << "<storagepoolCapabilities/>" << QStringList{};
    }
    void poolCapabilities()
    {
        QFETCH(QString, xml);
        const auto r = StorageXml::parsePoolCapabilities(xml);
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QStringList types;
        for (const PoolTypeOffer &o : r.value())
            types << o.type;
        QTEST(types, "types");
        QVERIFY(!StorageXml::parsePoolCapabilities("<capabilities/>").ok());
    }

    void volumeXmlWithBacking()
    {
        const QString xml = StorageXml::volumeXml("over<lay>.qcow2", "qcow2", 1ull << 30, 0,
                                                  "/p/base & co.img", "raw");
        // What we write reads back the same through the parser.
        const auto r = StorageXml::parseVolume(xml);
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QCOMPARE(r->name, QStringLiteral("over<lay>.qcow2"));
        QCOMPARE(r->format, QStringLiteral("qcow2"));
        QCOMPARE(r->capacityBytes, 1ull << 30);
        QCOMPARE(r->backingPath, QStringLiteral("/p/base & co.img"));
        QCOMPARE(r->backingFormat, QStringLiteral("raw"));
        QVERIFY(xml.contains("backingStore"));
        QVERIFY(!StorageXml::volumeXml("a", "raw", 1, 1).contains("backingStore"));
    }
    void qcow2IsVersion3()
    {
        // qemu-img's own default (compat 1.1), not libvirt's (0.10); raw has no such thing.
        QVERIFY(StorageXml::volumeXml("a", "qcow2", 1, 0).contains("<compat>1.1</compat>"));
        QVERIFY(!StorageXml::volumeXml("a", "raw", 1, 0).contains("compat"));
    }
};

QTEST_GUILESS_MAIN(TestStorageXml)
#include "tst_storagexml.moc"
