#include "ui/logging.h"

namespace outpost::ui {

Q_LOGGING_CATEGORY(lcBridge, "outpost.ui.bridge", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReviews, "outpost.ui.reviews", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "outpost.ui.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcShell, "outpost.ui.shell", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStartup, "outpost.ui.startup", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "outpost.ui.sync", QtInfoMsg)

}  // namespace outpost::ui
