// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace Vireo {

/// Registers libvirt's default event loop and runs it on its own thread until stop().
/// Must be started before the first connection opens. Safe to call start() more than once.
/// Called from the GUI thread; the loop itself runs on a thread of its own.
class LibvirtEventLoop
{
public:
    static void start();
    static void stop();
    static bool isRunning();
};

} // namespace Vireo
