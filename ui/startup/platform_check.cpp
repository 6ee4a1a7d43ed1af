#include "ui/startup/platform_check.h"

#include <cstring>

#include <QByteArray>
#include <QtGlobal>

namespace outpost::ui {

PlatformCheck preparePlatform(int argc, char** argv) {
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) return PlatformCheck::ready;
    for (int i = 1; i < argc; ++i) {
        for (const char* screenless : {"--screenshots", "--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], screenless) == 0) {
                qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
                return PlatformCheck::ready;
            }
        }
    }
#if defined(Q_OS_LINUX)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        return PlatformCheck::noDisplay;
    }
#endif
    return PlatformCheck::ready;
}

const char* noDisplayMessage() {
    return "outpost: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
           "  Run it under a virtual screen, with the store's passphrase in OUTPOST_PASSPHRASE:\n"
           "    OUTPOST_PASSPHRASE=... xvfb-run -a outpost --demo --screenshot outpost.png\n"
           "  or render every screen offscreen: outpost --screenshots DIR\n";
}

}  // namespace outpost::ui
