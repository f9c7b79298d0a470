// SPDX-License-Identifier: GPL-2.0-or-later
// vireo-askpass: OpenSSH's SSH_ASKPASS program for Vireo. ssh runs it with its question as the
// only argument; it shows the question in a small dialog and prints the answer on standard
// output (exit 0), or prints nothing and exits 1 on Cancel. Vireo's main() points SSH_ASKPASS
// at it (with SSH_ASKPASS_REQUIRE=force), so ssh never asks on a terminal.
#include "ui/common/askpassdialog.h"

#include <QApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Vireo"));
    const QStringList args = QApplication::arguments();
    Vireo::AskpassDialog dialog(args.value(1));
    dialog.exec();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 1;
    return dialog.finish(out);
}
