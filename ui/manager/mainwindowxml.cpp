// SPDX-License-Identifier: GPL-2.0-or-later
// The manager's XML actions: Define from XML File and View XML (MainWindow's members; one job,
// so one file).
#include "core/domain/domainactions.h"
#include "core/session/hostsession.h"
#include "ui/manager/mainwindow.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace Vireo {

static constexpr qint64 MaxXmlFileBytes = 4 * 1024 * 1024;

void MainWindow::defineFromFile()
{
    HostSession *host = currentHost();
    if (!host || host->state() != HostState::Connected) {
        showMessage(tr("Select a connected host first."), true);
        return;
    }
    const QString path =
        m_chooseXml ? m_chooseXml()
                    : QFileDialog::getOpenFileName(this, tr("Define from XML file"), {},
                                                   tr("Domain XML (*.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    if (file.size() > MaxXmlFileBytes) {
        showMessage(tr("%1 is too large for a domain definition (over 4 MiB)").arg(path), true);
        return;
    }
    const QString xml = QString::fromUtf8(file.readAll());
    if (!xml.contains(QLatin1String("<domain"))) {
        showMessage(tr("%1 does not contain a <domain> definition").arg(path), true);
        return;
    }
    DomainActions::defineXml(host, xml, this, [this, host, path](Result<QString> r) {
        if (!r) {
            showMessage(r.error().text() + tr(" (from %1)").arg(path), true);
            return;
        }
        showMessage(tr("Defined a domain from %1").arg(path));
        const QString uuid = r.value();
        // The new row arrives with the worker's refresh; select it once it is there.
        QTimer::singleShot(200, this, [this, host, uuid] { selectDomain(host, uuid); });
    });
}

void MainWindow::viewXml()
{
    const auto domains = selectedDomains();
    if (domains.size() != 1)
        return;
    const auto [session, info] = domains.first();
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("XML of %1").arg(info.name));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("xmlText"));
    text->setAccessibleName(tr("Domain XML"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(tr("Loading…"));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(720, 560);
    dialog->show();
    DomainActions::fetchDomainXml(
        session, info.uuid, {.shownToPerson = true}, dialog,
        [text](Result<QString> r) { text->setPlainText(r ? r.value() : r.error().text()); });
}

} // namespace Vireo
