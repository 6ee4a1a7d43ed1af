#pragma once
// Decides, before the QApplication exists, how the console can draw: offscreen for the commands
// that need no screen (--help, --version, --screenshots), or on the desktop when there is one.

namespace outpost::ui {

enum class PlatformCheck { ready, noDisplay };

// Sets QT_QPA_PLATFORM=offscreen for the screenless commands unless a platform was chosen; reports
// noDisplay when a window is needed and neither X11 nor Wayland is available.
[[nodiscard]] PlatformCheck preparePlatform(int argc, char** argv);

// What to tell the user when there is no display.
[[nodiscard]] const char* noDisplayMessage();

}  // namespace outpost::ui
