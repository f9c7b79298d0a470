#pragma once

#include <QString>

namespace Vireo {

/// Writes the embedded demo host's fixture (a libvirt test-driver file) to a private runtime
/// folder and returns its test:// URI. The test driver needs a real file; the binary carries it.
QString demoHostUri();
/// The same fixture as text (for tests).
QByteArray demoHostFixture();

} // namespace Vireo
