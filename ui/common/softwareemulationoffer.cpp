// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/common/softwareemulationoffer.h"

#include "ui/common/uitr.h"

#include "core/domain/domainconfig.h"
#include "core/session/hostsession.h"
#include "ui/common/hosteventlog.h"
#include "ui/common/messagelog.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace Vireo::SoftwareEmulationOffer {

QMessageBox *ask(QWidget *window, const QString &name, const Error &error, const QString &more,
                 std::function<void(bool accepted)> answered)
{
    auto *box = new QMessageBox(window);
    box->setObjectName(QLatin1String(ObjectName));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(UiTr::tr("KVM Is Not Usable"));
    box->setText(UiTr::tr("'%1' could not start: KVM is not usable on this host.").arg(name));
    QString info = UiTr::tr("Software emulation (QEMU TCG) runs the guest without hardware "
                            "virtualization: it works on any host, but several times slower. Vireo "
                            "changes the domain's type from kvm to qemu and starts it.");
    if (!more.isEmpty())
        info += QStringLiteral("\n\n") + more;
    box->setInformativeText(info);
    box->setDetailedText(error.text());
    QPushButton *use =
        box->addButton(UiTr::tr("Use Software Emulation Instead"), QMessageBox::AcceptRole);
    use->setObjectName(QStringLiteral("useSoftwareEmulation"));
    use->setAccessibleName(UiTr::tr("Use software emulation instead"));
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(use);
    box->setAccessibleName(UiTr::tr("KVM is not usable: use software emulation instead?"));
    // finished() comes once, whether a button was clicked or the box was closed.
    QObject::connect(
        box, &QMessageBox::finished, box,
        [box, use, answered = std::move(answered)](int) { answered(box->clickedButton() == use); });
    box->setWindowModality(Qt::WindowModal);
    box->open();
    return box;
}

void offer(QWidget *window, HostSession *session, const QString &uuid, const QString &name,
           const Error &error)
{
    QPointer<HostSession> s(session);
    ask(window, name, error, {}, [s, uuid, name](bool accepted) {
        if (!accepted || !s)
            return;
        MessageLog *log = MessageLog::instance();
        log->info(UiTr::tr("Switching '%1' to software emulation and starting it…").arg(name));
        HostEventLog::expectChange(s, uuid);
        // The log outlives the window that asked (which the user may close meanwhile).
        DomainConfig::startWithSoftwareEmulation(s, uuid, log, [name](Status started) {
            if (started)
                MessageLog::instance()->info(
                    UiTr::tr("'%1' now runs with software emulation (its type is qemu)").arg(name));
            else
                MessageLog::instance()->error(started.error().text());
        });
    });
}

} // namespace Vireo::SoftwareEmulationOffer
