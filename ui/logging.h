#pragma once
// Logging categories of the desktop console, one per area (enable with QT_LOGGING_RULES,
// e.g. "outpost.ui.bridge.debug=true").

#include <QLoggingCategory>

namespace outpost::ui {

Q_DECLARE_LOGGING_CATEGORY(lcBridge)
Q_DECLARE_LOGGING_CATEGORY(lcReviews)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcShell)
Q_DECLARE_LOGGING_CATEGORY(lcStartup)
Q_DECLARE_LOGGING_CATEGORY(lcSync)

}  // namespace outpost::ui
