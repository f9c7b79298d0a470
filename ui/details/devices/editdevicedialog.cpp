// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/devices/editdevicedialog.h"

#include "core/domain/devices.h"
#include "ui/common/uitr.h"
#include "ui/details/devices/diskdevicepage.h"
#include "ui/details/devices/nicdevicepage.h"
#include "ui/details/devices/simpledevicepages.h"
#include "ui/details/domaincontext.h"
#include "widgets/errorstyle.h"

#include "core/common/uri.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Vireo {

EditDeviceDialog::EditDeviceDialog(DomainContext *context, const DeviceKey &key,
                                   const DeviceSpec &spec, const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_key(key)
    , m_original(spec)
    , m_title(title)
    , m_note(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(UiTr::tr("Edit %1").arg(title));
    HostSession *session = context->session();
    if (const auto *d = std::get_if<DiskDeviceSpec>(&spec)) {
        QStringList others;
        for (const DomainDisk &disk : context->description().disks) {
            if (disk.target != d->target)
                others << disk.target;
        }
        m_page = new DiskDevicePage(d->cdrom, session, others, this);
    } else if (std::holds_alternative<NicDeviceSpec>(spec)) {
        m_page = new NicDevicePage(session, session && Uri::isSession(session->uri()), this);
    } else {
        m_page = new VideoDevicePage(this);
    }
    m_page->setSpec(spec);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(UiTr::tr("When the changes take effect"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(UiTr::tr("What is wrong"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(UiTr::tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setAccessibleName(UiTr::tr("Apply the changes to %1").arg(title));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(UiTr::tr("Cancel"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &EditDeviceDialog::apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page, 1);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_page, &DevicePage::changed, this, &EditDeviceDialog::refresh);
    connect(m_context, &DomainContext::infoChanged, this, &EditDeviceDialog::refresh);
    refresh();
    resize(560, 480);
}

void EditDeviceDialog::refresh()
{
    if (!m_context)
        return;
    m_note->setText(m_context->isActive()
                        ? m_page->restartNote()
                        : UiTr::tr("The domain is shut off: the changes are there at the next "
                                   "start."));
    QString problem = m_page->pageProblem();
    if (problem.isEmpty())
        problem = deviceSpecProblem(m_page->spec());
    m_problem->setText(problem);
    ErrorStyle::setError(m_problem, !problem.isEmpty());
    m_apply->setEnabled(problem.isEmpty() && !m_busy);
}

void EditDeviceDialog::fail(const QString &message)
{
    m_busy = false;
    refresh();
    m_problem->setText(message);
    ErrorStyle::setError(m_problem, true);
}

void EditDeviceDialog::redefine(const QString &xml, const QString &message)
{
    Devices::redefine(m_context->session(), m_context->uuid(), m_key, xml, this,
                      [this, message](Status s) {
                          if (!s) {
                              fail(s.error().text());
                              return;
                          }
                          if (m_context)
                              m_context->reloadXml();
                          Q_EMIT deviceChanged(message);
                          accept();
                      });
}

void EditDeviceDialog::apply()
{
    if (!m_context || m_busy)
        return;
    const DeviceSpec spec = m_page->spec();
    Result<QString> xml = buildDeviceXml(spec);
    if (!xml) {
        fail(xml.error().message);
        return;
    }
    m_busy = true;
    m_apply->setEnabled(false);
    const bool running = m_context->isActive();
    const QString later = running ? UiTr::tr("%1 changed in the configuration: the guest gets it "
                                             "at the next start.")
                                        .arg(m_title)
                                  : UiTr::tr("%1 changed.").arg(m_title);
    const auto *nic = std::get_if<NicDeviceSpec>(&spec);
    const auto *before = std::get_if<NicDeviceSpec>(&m_original);
    if (!running || !nic || !before ||
        (nic->source == before->source && nic->sourceName == before->sourceName &&
         nic->linkUp == before->linkUp)) {
        redefine(*xml, later);
        return;
    }
    // The running guest takes the new source and link now; the model and MAC it keeps (libvirt
    // refuses to change them live), and the configuration gets everything.
    NicDeviceSpec live = *nic;
    live.model = before->model;
    live.mac = before->mac;
    Result<QString> liveXml = buildDeviceXml(live);
    if (!liveXml) {
        fail(liveXml.error().message);
        return;
    }
    const bool restartToo = nic->model != before->model || nic->mac != before->mac;
    Devices::update(m_context->session(), m_context->uuid(), m_key, *liveXml, DomainControl::Live,
                    this, [this, xml = *xml, restartToo, later](Status s) {
                        if (!s) {
                            fail(s.error().text());
                            return;
                        }
                        redefine(xml, restartToo
                                          ? later
                                          : UiTr::tr("%1 changed in the running guest and its "
                                                     "configuration.")
                                                .arg(m_title));
                    });
}

} // namespace Vireo
