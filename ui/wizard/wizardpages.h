// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// The five pages of NewVmWizard, one header each. Include the one you need; this header stays for
// code that uses several (the integration test of the wizard).
#include "ui/wizard/wizardcpumemorypage.h"
#include "ui/wizard/wizardfinishpage.h"
#include "ui/wizard/wizardospage.h"
#include "ui/wizard/wizardsourcepage.h"
#include "ui/wizard/wizardstoragepage.h"
