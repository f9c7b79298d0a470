// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>

namespace Vireo {

/// A failure the user can read: what we were doing and why it did not work.
/// Value type; safe to pass between threads.
struct Error
{
    QString operation; ///< e.g. "Start domain 'web1'"
    QString message;   ///< libvirt's (or our) explanation
    int code = 0;      ///< virErrorNumber where it came from libvirt, else 0
    /// The domain the operation was on, when it was on one (a domain action's failure): so the
    /// window that asked can offer what fits, such as software emulation after a KVM error.
    QString domainUuid;

    QString text() const
    {
        if (operation.isEmpty())
            return message;
        if (message.isEmpty())
            return operation;
        return operation + QStringLiteral(": ") + message;
    }
};

/// expected<T, Error>: a value or the error that prevented it.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

/// For operations that return nothing but may fail.
struct Done
{
};
using Status = Result<Done>;

} // namespace Vireo

Q_DECLARE_METATYPE(Vireo::Error)
