// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// What the storage and network tier tests share (tst_storagereal, tst_poolsreal,
// tst_networkbridge): the tier's environment, a scratch folder readied for QEMU, a session on the
// tier's libvirtd with the statistics off, loop devices on image files in that folder, a pool
// removed whole, a program run to its end, and a wait for a core call's answer.
//
// Everything here runs on the test's main thread.

#include "guest.h"

#include "core/session/hostsession.h"
#include "core/storage/storage.h"

#include <QStringList>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Vireo::Integration {

/// Calls call(callback) and waits (spinning the event loop) up to kLibvirtCallMs for the value the
/// callback gets; an Error "no answer" if none came.
template<typename T, typename Call>
T waitFor(Call call)
{
    Pending<T> p;
    call(p.callback());
    if (!QTest::qWaitFor([&] { return p.ready(); }, kLibvirtCallMs))
        return T(Error{QStringLiteral("test"), QStringLiteral("no answer"), 0});
    return p.value();
}

/// Runs a program to its end (up to timeoutMs): whether it exited with 0. What it printed
/// (standard output, then standard error, trimmed) goes to *out.
bool runProgram(const QString &program, const QStringList &args, QString *out = nullptr,
                int timeoutMs = 60000);

class ScratchHost
{
public:
    ScratchHost() = default;
    ScratchHost(const ScratchHost &) = delete;
    ScratchHost &operator=(const ScratchHost &) = delete;
    /// Detaches the loop devices still attached (detachLoops()).
    ~ScratchHost();

    /// Detects the tier, readies the scratch folder and connects. Empty when ready; else why, and
    /// *skip says whether the tier is not on this machine (skip) or failed (fail). See
    /// VIREO_SCRATCH_SET_UP.
    QString setUp(bool *skip);

    const Environment &env() const { return m_env; }
    HostSession *session() const { return m_session.get(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

    /// A loop device on a fresh (sparse) image file of `mib` MiB in the scratch folder, or empty
    /// (and why in *why). Attached until detachLoops().
    QString loopDevice(const QString &name, quint64 mib, QString *why);
    QStringList loops() const { return m_loops; }
    /// losetup -d for each loop device made here (after whatever must come first: pvremove).
    void detachLoops();

    /// A volume made with VolumeCreation (what the Storage page's Create does), or why not.
    Result<StorageVolumeInfo> createVolume(const QString &pool, const QString &name,
                                           const QString &format, quint64 bytes);
    /// Deletes the pool's volumes, stops it, deletes its storage when asked (a dir pool's
    /// folder) and undefines it; says with qWarning if it could not be undefined.
    void removePool(const QString &name, bool deleteStorage);

private:
    Environment m_env;
    QTemporaryDir m_dir;
    std::unique_ptr<HostSession> m_session;
    QStringList m_loops;
};

} // namespace Vireo::Integration

/// In initTestCase: sets the ScratchHost up, or skips (no tier here) or fails, saying why.
#define VIREO_SCRATCH_SET_UP(scratch)                                                              \
    do {                                                                                           \
        bool skip_ = false;                                                                        \
        const QString why_ = (scratch).setUp(&skip_);                                              \
        if (!why_.isEmpty() && skip_)                                                              \
            QSKIP(qPrintable(why_));                                                               \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                \
    } while (false)
