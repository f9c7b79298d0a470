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
    // Greys what a running guest cannot take (the page emits changed, which lands here again).
    m_page->setRunning(m_context->isActive());
    m_note->setText(m_context->isActive()
                        ? m_page->restartNote()
                        : UiTr::tr("The domain is shut off: the changes are there at the next "
                                   "start."));
    QString problem = m_page->pageProblem();
    if (problem.isEmpty())
        problem = deviceSpecProblem(m_page->spec());
    m_problem->setText(problem);
    ErrorStyle::setError(m_problem, !problem.isEmpty());
    m_apply->setEnabled(problem.isEmpty() && !m_busy &&
                        (!m_context->isActive() || m_page->changesLive()));
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
    DeviceSpec spec = m_page->spec();
    if (m_context->isActive()) {
        // What the page greys stays as the device has it (whatever was typed before it started).
        if (auto *nic = std::get_if<NicDeviceSpec>(&spec)) {
            const auto &was = std::get<NicDeviceSpec>(m_original);
            nic->model = was.model;
            nic->mac = was.mac;
        } else if (auto *disk = std::get_if<DiskDeviceSpec>(&spec)) {
            DiskDeviceSpec kept = std::get<DiskDeviceSpec>(m_original);
            kept.source = disk->source;
            kept.pool = disk->pool;
            kept.volume = disk->volume;
            kept.path = disk->path;
            kept.format = disk->format;
            *disk = kept;
        }
    }
    Result<QString> xml = buildDeviceXml(spec);
    if (!xml) {
        fail(xml.error().message);
        return;
    }
    m_busy = true;
    m_apply->setEnabled(false);
    if (!m_context->isActive()) {
        redefine(*xml, UiTr::tr("%1 changed.").arg(m_title));
        return;
    }
    // Running: only the fields the page leaves open (a CD-ROM's media, a NIC's source and link)
    // differ from the device as it was; they go to the running guest and the configuration.
    if (std::holds_alternative<NicDeviceSpec>(spec)) {
        // A NIC's link and source change live (virDomainUpdateDeviceFlags); the test driver
        // and older hosts refuse a live+config update in one call, so the configuration follows
        // by a redefinition.
        Devices::update(m_context->session(), m_context->uuid(), m_key, *xml, DomainControl::Live,
                        this, [this, xml = *xml](Status s) {
                            if (!s) {
                                fail(s.error().text());
                                return;
                            }
                            redefine(xml, UiTr::tr("%1 changed in the running guest and its "
                                                   "configuration.")
                                              .arg(m_title));
                        });
        return;
    }
    Devices::update(m_context->session(), m_context->uuid(), m_key, *xml,
                    DomainControl::LiveAndConfig, this, [this](Status s) {
                        if (!s) {
                            fail(s.error().text());
                            return;
                        }
                        if (m_context)
                            m_context->reloadXml();
                        Q_EMIT deviceChanged(UiTr::tr("%1 changed in the running guest and its "
                                                      "configuration.")
                                                 .arg(m_title));
                        accept();
                    });
}

} // namespace Vireo
