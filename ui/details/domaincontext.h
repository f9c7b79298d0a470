// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "core/common/types.h"
#include "core/domain/domainxml.h"
#include "core/session/hostsession.h"

#include <QObject>
#include <QPointer>

namespace Vireo {

/// What the pages of one domain's details window share: the domain's reported state (DomainInfo),
/// its parsed XML, its statistics samples and the balloon target last set. Lives on the GUI
/// thread.
///
/// It follows the host session's signals for its UUID only (domainChanged, statsUpdated,
/// domainRemoved) and re-reads the XML after each change; pages never poll.
class DomainContext : public QObject
{
    Q_OBJECT
public:
    DomainContext(HostSession *session, const QString &uuid, QObject *parent = nullptr);

    HostSession *session() const { return m_session; }
    QString uuid() const { return m_uuid; }

    bool hasInfo() const { return m_hasInfo; }
    const DomainInfo &info() const { return m_info; }
    bool isActive() const;
    bool hasDescription() const { return m_hasDescription; }
    /// The live XML when the domain runs, else its definition.
    const DomainDescription &description() const { return m_description; }
    bool removed() const { return m_removed; }

    /// The balloon target in KiB: what the memory page last set, else the domain's current memory
    /// when the window opened. libvirt folds the guest's progress into its own figure, so the
    /// target the user asked for is remembered here. -1 until known.
    qint64 balloonTargetKiB() const { return m_targetKiB; }
    void setBalloonTargetKiB(qint64 kib);

    /// Reads the domain's info and XML again.
    void reload();
    void reloadXml();

Q_SIGNALS:
    void infoChanged();
    void descriptionChanged();
    void statsArrived(const Vireo::DomainStats &stats);
    void balloonTargetChanged();
    /// Reading the domain failed (e.g. it was undefined elsewhere).
    void errorOccurred(const QString &message);
    void domainRemoved();

private:
    void setInfo(const DomainInfo &info);

    QPointer<HostSession> m_session;
    QString m_uuid;
    DomainInfo m_info;
    DomainDescription m_description;
    qint64 m_targetKiB = -1;
    bool m_hasInfo = false;
    bool m_hasDescription = false;
    bool m_removed = false;
    bool m_xmlInFlight = false;
    bool m_xmlAgain = false;
};

} // namespace Vireo
