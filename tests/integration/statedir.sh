# SPDX-License-Identifier: GPL-2.0-or-later
# Sourced by the integration tier's scripts (libvirtd.sh, setup.sh): the folder where they keep
# their state, which libvirtd.sh sources as shell code, and the tier's private files.
#
#   dir=$(vireo_state_dir) || exit 1
#
# As root /run/vireo-integration; otherwise $XDG_RUNTIME_DIR/vireo-integration-UID, or, without a
# runtime folder, /tmp/vireo-integration-UID; VIREO_INTEGRATION_STATE overrides. In a shared /tmp
# anyone may create that name first, so the folder is created 0700 and used only while it is
# private: a symlink, one owned by someone else, or one that others may write to (they could have
# planted the state we source) is refused. One of ours that others may only read is closed (0700).

vireo_state_dir() {
    local dir uid owner mode
    uid=$(id -u)
    if [[ -n ${VIREO_INTEGRATION_STATE:-} ]]; then
        dir=$VIREO_INTEGRATION_STATE
    elif [[ $uid -eq 0 ]]; then
        dir=/run/vireo-integration
    else
        dir=${XDG_RUNTIME_DIR:-/tmp}/vireo-integration-$uid
    fi
    if [[ ! -e $dir && ! -L $dir ]]; then
        (umask 077 && mkdir -p "$dir") || {
            echo "vireo-integration: cannot create $dir" >&2
            return 1
        }
    fi
    if [[ -L $dir || ! -d $dir ]]; then
        echo "vireo-integration: $dir is not a folder of its own (a symlink?); refusing it" >&2
        return 1
    fi
    owner=$(stat -c %u "$dir")
    mode=$(stat -c %a "$dir")
    if [[ $owner != "$uid" ]]; then
        echo "vireo-integration: $dir belongs to uid $owner, not to us (uid $uid); refusing it" >&2
        return 1
    fi
    if (((8#$mode & 8#022) != 0)); then
        echo "vireo-integration: others may write to $dir (mode $mode); refusing it" >&2
        return 1
    fi
    if [[ $mode != 700 ]]; then
        chmod 0700 "$dir" || return 1
    fi
    echo "$dir"
}
