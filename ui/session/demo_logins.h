#pragma once
// The demo data's documented accounts (one per role) for the login dialog's chooser, and the
// administrator's current one-time code from the documented demo secret.

#include <vector>

#include <QString>

#include "domain/clock.h"
#include "ui/session/login_dialog.h"

namespace outpost::ui {

[[nodiscard]] std::vector<DemoLogin> demoLogins();
// The demo administrator's one-time code at `at`; empty if it cannot be computed.
[[nodiscard]] QString demoOneTimeCode(Timestamp at);

}  // namespace outpost::ui
