#pragma once
// How the console starts: with the embedded engine or against a server. The choice made on the
// first run is remembered in QSettings; command-line options override it.

#include <optional>

#include <QSettings>
#include <QString>

namespace outpost::ui {

struct ServerAddress {
    QString host;
    quint16 port = 0;
    bool tls = true;  // plain HTTP only to a loopback address
    bool operator==(const ServerAddress&) const = default;
};

struct LaunchChoice {
    enum class Mode { embedded, server };
    Mode mode = Mode::embedded;
    ServerAddress server;  // when mode == server
    bool operator==(const LaunchChoice&) const = default;
};

struct LaunchOptions {
    std::optional<LaunchChoice> choice;  // empty: use the remembered one, or ask
    QString screenshotFile;              // grab the window here once reviews are shown, then quit
    QString storePath;                   // the embedded store; empty: the user's data folder
    std::optional<int> lockAfterMinutes;  // idle time before the window locks; empty: the setting
};

inline constexpr quint16 kDefaultServerPort = 8443;

// "host:port", "host" (default port), "[::1]:8443"; std::nullopt when malformed. TLS on.
[[nodiscard]] std::optional<ServerAddress> parseServerAddress(const QString& text);
// 127.0.0.0/8, ::1 and "localhost": the only hosts plain HTTP may go to.
[[nodiscard]] bool isLoopbackHost(const QString& host);

class StartupSettings {
  public:
    [[nodiscard]] static std::optional<LaunchChoice> load(const QSettings& settings);
    static void save(QSettings& settings, const LaunchChoice& choice);
    // <AppDataLocation>/engine.db
    [[nodiscard]] static QString defaultStorePath();
};

}  // namespace outpost::ui
