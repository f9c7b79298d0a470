// SPDX-License-Identifier: GPL-2.0-or-later
#include "ui/details/domaincontext.h"

#include "core/domain/domainactions.h"
#include "core/domain/domainconfig.h"
#include "core/session/hostsession.h"

namespace Vireo {

DomainContext::DomainContext(HostSession *session, const QString &uuid, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_uuid(uuid)
{
    connect(session, &HostSession::domainChanged, this, [this](const DomainInfo &info) {
        if (info.uuid.compare(m_uuid, Qt::CaseInsensitive) != 0)
            return;
        setInfo(info);
        reloadXml();
    });
    connect(session, &HostSession::domainsListed, this, [this](const QList<DomainInfo> &all) {
        for (const DomainInfo &info : all) {
            if (info.uuid.compare(m_uuid, Qt::CaseInsensitive) == 0) {
                setInfo(info);
                reloadXml();
                return;
            }
        }
    });
    connect(session, &HostSession::domainRemoved, this, [this](const QString &removed) {
        if (removed.compare(m_uuid, Qt::CaseInsensitive) != 0)
            return;
        m_removed = true;
        Q_EMIT domainRemoved();
    });
    connect(session, &HostSession::statsUpdated, this, [this](const QList<DomainStats> &all) {
        for (const DomainStats &s : all) {
            if (s.uuid.compare(m_uuid, Qt::CaseInsensitive) == 0) {
                Q_EMIT statsArrived(s);
                return;
            }
        }
    });
}

bool DomainContext::isActive() const
{
    return m_hasInfo && Vireo::isActive(m_info.state);
}

void DomainContext::setBalloonTargetKiB(qint64 kib)
{
    if (kib == m_targetKiB)
        return;
    m_targetKiB = kib;
    Q_EMIT balloonTargetChanged();
}

void DomainContext::reload()
{
    if (!m_session)
        return;
    DomainConfig::fetchDomainInfo(m_session, m_uuid, this, [this](Result<DomainInfo> info) {
        if (!info) {
            Q_EMIT errorOccurred(info.error().text());
            return;
        }
        setInfo(info.value());
    });
    reloadXml();
}

void DomainContext::reloadXml()
{
    if (!m_session)
        return;
    // One read at a time; changes that arrive meanwhile ask for one more read afterwards.
    if (m_xmlInFlight) {
        m_xmlAgain = true;
        return;
    }
    m_xmlInFlight = true;
    DomainActions::fetchDomainXml(m_session, m_uuid, {}, this, [this](Result<QString> xml) {
        m_xmlInFlight = false;
        if (xml) {
            auto parsed = parseDomainXml(xml.value());
            if (parsed) {
                m_description = parsed.value();
                m_hasDescription = true;
                Q_EMIT descriptionChanged();
            } else {
                Q_EMIT errorOccurred(parsed.error().text());
            }
        } else {
            Q_EMIT errorOccurred(xml.error().text());
        }
        if (m_xmlAgain) {
            m_xmlAgain = false;
            reloadXml();
        }
    });
}

void DomainContext::setInfo(const DomainInfo &info)
{
    const bool wasActive = isActive();
    m_info = info;
    const bool first = !m_hasInfo;
    m_hasInfo = true;
    // Shut off, the definition's current memory is the target; running, the target is what the
    // user last asked for (libvirt's figure follows the guest).
    if (first || !isActive() || wasActive != isActive())
        setBalloonTargetKiB(qint64(info.memoryKiB));
    Q_EMIT infoChanged();
}

} // namespace Vireo
