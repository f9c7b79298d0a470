// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once
// A VncConnection connected to the scripted RFB server (rfbtestserver.h), for the tests of
// tst_vncconnection and tst_vnchostile.

#include "rfbtestserver.h"

#include "vnc/vncconnection.h"

#include <QDebug>

#include <memory>

namespace RfbTest {

/// A client connected over a socketpair to a server that has completed the handshake.
struct Session
{
    std::unique_ptr<Vireo::VncConnection> client;
    std::unique_ptr<Server> server;
};

inline Session connected(int w = 320, int h = 240)
{
    Session s;
    auto [c, sv] = socketPair();
    s.client = std::make_unique<Vireo::VncConnection>();
    s.server = std::make_unique<Server>(sv);
    s.client->connectToSocket(c);
    QString error;
    if (!s.server->handshake(w, h, 1, {}, &error))
        qWarning() << "handshake failed:" << error;
    return s;
}

/// Reads the client's messages until its own SetEncodings (the second one) arrived.
inline QList<ClientMessage> initialMessages(Server &server)
{
    QList<ClientMessage> msgs;
    int setEncodings = 0;
    while (setEncodings < 2) {
        ClientMessage m = server.readMessage();
        if (m.type == -1)
            break;
        if (m.type == 2)
            ++setEncodings;
        msgs << m;
    }
    return msgs;
}

inline bool finishedBadly(Vireo::VncConnection::State s)
{
    return s == Vireo::VncConnection::State::Closed || s == Vireo::VncConnection::State::Error;
}

} // namespace RfbTest
