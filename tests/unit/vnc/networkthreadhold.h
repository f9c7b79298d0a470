// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// Holds a console's network thread where a test wants it, without a hook in the product: the
// thread logs libvncclient's messages to the vireo.vnc category, and a message handler installed
// here blocks the thread that logs "Received TextChat Open" (the scripted server sends that
// message: libvncclient logs it and carries on) until release(). Also counts the calling
// thread's voluntary context switches, which show whether it blocked (waited) in between, without
// measuring time.

#include "rfbtestserver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <mutex>

#include <sys/resource.h>

namespace RfbTest {

class NetworkThreadHold
{
public:
    NetworkThreadHold()
    {
        s_self = this;
        m_previous = qInstallMessageHandler(&NetworkThreadHold::handler);
        QLoggingCategory::setFilterRules(QStringLiteral("vireo.vnc.debug=true"));
    }
    ~NetworkThreadHold()
    {
        {
            // Let a held thread go, and wait until it has left the handler.
            std::unique_lock lock(m_mutex);
            m_released = true;
            m_cond.notify_all();
            m_cond.wait(lock, [this] { return !m_holding; });
        }
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(m_previous);
        s_self = nullptr;
    }
    NetworkThreadHold(const NetworkThreadHold &) = delete;
    NetworkThreadHold &operator=(const NetworkThreadHold &) = delete;

    /// The server message whose log line holds the thread that reads it.
    static QByteArray holdingMessage() { return u8(11) + QByteArray(3, 0) + u32(0xffffffffu); }
    bool isHolding() const { return m_holding; }
    void release()
    {
        std::lock_guard lock(m_mutex);
        m_released = true;
        m_cond.notify_all();
    }

    /// Voluntary context switches of the calling thread so far: a thread that waits on a
    /// condition, a process or a socket gives up the CPU and adds at least one.
    static long voluntarySwitches()
    {
        rusage usage{};
        getrusage(RUSAGE_THREAD, &usage);
        return usage.ru_nvcsw;
    }

private:
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &msg)
    {
        NetworkThreadHold *self = s_self;
        const bool vnc = context.category && qstrcmp(context.category, "vireo.vnc") == 0;
        if (self && vnc && msg.contains(QLatin1String("Received TextChat Open")) &&
            QThread::currentThread() != QCoreApplication::instance()->thread()) {
            std::unique_lock lock(self->m_mutex);
            self->m_holding = true;
            self->m_cond.wait(lock, [self] { return self->m_released; });
            self->m_holding = false;
            self->m_cond.notify_all();
            return;
        }
        if (vnc && type == QtDebugMsg)
            return; // libvncclient's chatter, turned on only to see the line above
        if (self && self->m_previous)
            self->m_previous(type, context, msg);
    }

    static inline NetworkThreadHold *s_self = nullptr;
    QtMessageHandler m_previous = nullptr;
    std::mutex m_mutex;
    std::condition_variable m_cond;
    bool m_released = false;
    std::atomic<bool> m_holding{false};
};

} // namespace RfbTest
