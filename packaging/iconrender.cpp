// SPDX-License-Identifier: GPL-2.0-or-later
// Build-time tool: renders the scalable icon to the PNG sizes of the hicolor theme.
// usage: vireo-iconrender ICON.svg OUTDIR SIZE...   (writes OUTDIR/SIZExSIZE/apps/vireo.png)
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>

#include <cstdio>

int main(int argc, char **argv)
{
    // No display at build time; Qt's SVG image plugin needs only a GUI application object.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4) {
        std::fputs("usage: vireo-iconrender ICON.svg OUTDIR SIZE...\n", stderr);
        return 2;
    }
    for (const QString &sizeText : args.mid(3)) {
        const int size = sizeText.toInt();
        QImageReader reader(args.at(1));
        reader.setScaledSize(QSize(size, size));
        const QImage image = reader.read();
        if (image.isNull()) {
            std::fprintf(stderr, "vireo-iconrender: %s: %s\n", qPrintable(args.at(1)),
                         qPrintable(reader.errorString()));
            return 1;
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(args.at(2)).arg(size);
        if (!QDir().mkpath(dir) || !image.save(dir + QStringLiteral("/vireo.png"))) {
            std::fprintf(stderr, "vireo-iconrender: cannot write %s\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}
