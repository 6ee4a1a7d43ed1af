#pragma once
// core/sync's headers for Qt code. core/ is Qt-free and may use `slots`, `signals` or `emit` as
// ordinary names, which Qt defines as macros: include core's sync headers through this one.

#pragma push_macro("slots")
#pragma push_macro("signals")
#pragma push_macro("emit")
#undef slots
#undef signals
#undef emit
#include "sync/commands.h"
#include "sync/desk_sync.h"
#include "sync/replica.h"
#include "sync/task_views.h"
#pragma pop_macro("emit")
#pragma pop_macro("signals")
#pragma pop_macro("slots")
