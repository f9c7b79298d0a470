#pragma once
// Private to vireo_core: what core's feature files (domain control, storage, consoles...) need
// to run their libvirt work on a host's worker thread.
#ifndef VIREO_CORE_PRIVATE
#error "private to vireo_core: the rest of Vireo sees value types, never libvirt"
#endif

#include "hostworker_p.h"
#include "libvirtutil_p.h"
