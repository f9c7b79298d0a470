#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Builds Vireo's .deb with CPack, lints it, installs it with apt (which brings its Depends), checks
# the installed program (--version, a headless start on the demo host in English and Chinese)
# and removes the package again. For CI (as root, on Debian 12); prints how long each step took.
#   bash packaging/build-deb.sh             build in build-deb/ (no tests), as a clean CI would
#   VIREO_BUILD_DIR=build bash ...          reuse a build directory (only the package's targets
#                                           are built; its tests stay as they are)
# Environment: VIREO_BUILD_DIR, VIREO_JOBS (default: nproc), VIREO_KEEP_INSTALLED=1 leaves the
# package installed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${VIREO_BUILD_DIR:-$root/build-deb}
jobs=${VIREO_JOBS:-$(nproc)}
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
step() { echo "build-deb: $* ($((SECONDS - started)) s so far)"; }
started=$SECONDS

for tool in lintian desktop-file-validate appstreamcli dpkg-shlibdeps; do
    command -v "$tool" >/dev/null || { echo "build-deb: $tool is missing (bash packaging/install-deps.sh)" >&2; exit 1; }
done

step "configuring $build"
extra=()
if [ ! -f "$build/CMakeCache.txt" ]; then
    extra=(-DVIREO_BUILD_TESTS=OFF -DVIREO_BUILD_BENCH=OFF)
    # A fresh tree through ccache: what another tree of this checkout compiled is reused (the
    # package is stripped, so the other tree's debug paths do not matter). A reused tree keeps
    # its own settings.
    if command -v ccache >/dev/null; then
        extra+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root} CCACHE_NOHASHDIR=1
    fi
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "${extra[@]}" >/dev/null
step "building what the package holds"
# cpack only installs: it builds nothing, so a developer's tree with tests works as well.
cmake --build "$build" --parallel "$jobs" --target vireo vireo-askpass vireo_icons \
    vireo_debian_changelog vireo_resources_lrelease
step "packaging"
rm -f "$build"/vireo_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/vireo_*.deb)
echo "build-deb: $deb ($(du -h "$deb" | cut -f1))"
dpkg-deb --field "$deb" Package Version Depends Recommends Installed-Size

step "linting"
# --fail-on error: warnings are reported, errors fail the build.
lintian --fail-on error --tag-display-limit 0 "$deb"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
desktop-file-validate "$tmp/usr/share/applications/org.vireo.Vireo.desktop"
appstreamcli validate --no-net "$tmp/usr/share/metainfo/org.vireo.Vireo.metainfo.xml"
for size in 16 22 24 32 48 64 128 256; do
    test -s "$tmp/usr/share/icons/hicolor/${size}x${size}/apps/vireo.png" || { echo "build-deb: no ${size}px icon" >&2; exit 1; }
done

step "installing with apt"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get install -y -q --no-install-recommends "$deb" >/dev/null
remove() { $sudo apt-get remove -y -q vireo >/dev/null && echo "build-deb: vireo removed"; }
if [ "${VIREO_KEEP_INSTALLED:-}" != 1 ]; then trap 'remove; rm -rf "$tmp"' EXIT; fi

step "checking the installed program"
test "$(command -v vireo)" = /usr/bin/vireo
/usr/bin/vireo --version
home=$(mktemp -d)
for lang in en_US.UTF-8 zh_CN.UTF-8; do
    # A private home: the first run's settings and the demo host's fixture go there.
    HOME=$home XDG_CONFIG_HOME=$home/.config XDG_RUNTIME_DIR=$home LANG=$lang \
        QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/vireo --connect demo --quit-after 3000
    echo "build-deb: headless start on the demo host in $lang: ok"
done
rm -rf "$home"
step "done"
