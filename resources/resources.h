// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace Vireo {

/// Writes the embedded demo host's fixture (a libvirt test-driver file) to a private folder (0700,
/// ours: the runtime folder's vireo/, else <tmp>/vireo-UID; a folder there that is not private is
/// refused or closed) and returns its test:// URI. The test driver needs a real file; the binary
/// carries it. Empty when no private folder can be made. Any thread.
QString demoHostUri();
/// The same fixture as text (for tests).
QByteArray demoHostFixture();

} // namespace Vireo
