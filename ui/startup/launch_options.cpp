#include "ui/startup/launch_options.h"

#include <QStandardPaths>

namespace outpost::ui {
namespace {

const QString kModeKey = QStringLiteral("connection/mode");
const QString kHostKey = QStringLiteral("connection/host");
const QString kPortKey = QStringLiteral("connection/port");
const QString kTlsKey = QStringLiteral("connection/tls");

}  // namespace

std::optional<ServerAddress> parseServerAddress(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) return std::nullopt;
    QString host = trimmed;
    QString port;
    if (trimmed.startsWith(QLatin1Char('['))) {
        const auto close = trimmed.indexOf(QLatin1Char(']'));
        if (close < 0) return std::nullopt;
        host = trimmed.mid(1, close - 1);
        const QString rest = trimmed.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(QLatin1Char(':'))) return std::nullopt;
            port = rest.mid(1);
        }
    } else if (trimmed.count(QLatin1Char(':')) == 1) {
        const auto colon = trimmed.indexOf(QLatin1Char(':'));
        host = trimmed.left(colon);
        port = trimmed.mid(colon + 1);
    }
    if (host.isEmpty() || host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('/'))) return std::nullopt;
    ServerAddress address{host, kDefaultServerPort};
    if (!port.isNull()) {
        bool ok = false;
        const uint value = port.toUInt(&ok);
        if (!ok || value == 0 || value > 65535) return std::nullopt;
        address.port = static_cast<quint16>(value);
    }
    return address;
}

bool isLoopbackHost(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || host == QLatin1String("::1")) {
        return true;
    }
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.size() != 4 || parts.first() != QLatin1String("127")) return false;
    for (const QString& part : parts) {
        bool ok = false;
        const uint value = part.toUInt(&ok);
        if (!ok || value > 255) return false;
    }
    return true;
}

std::optional<LaunchChoice> StartupSettings::load(const QSettings& settings) {
    const QString mode = settings.value(kModeKey).toString();
    if (mode == QLatin1String("embedded")) return LaunchChoice{LaunchChoice::Mode::embedded, {}};
    if (mode == QLatin1String("server")) {
        const QString host = settings.value(kHostKey).toString();
        const uint port = settings.value(kPortKey).toUInt();
        if (host.isEmpty() || port == 0 || port > 65535) return std::nullopt;
        // Plain HTTP is kept only for loopback; anything else speaks TLS whatever the file says.
        const bool tls = settings.value(kTlsKey, true).toBool() || !isLoopbackHost(host);
        return LaunchChoice{LaunchChoice::Mode::server, {host, static_cast<quint16>(port), tls}};
    }
    return std::nullopt;
}

void StartupSettings::save(QSettings& settings, const LaunchChoice& choice) {
    if (choice.mode == LaunchChoice::Mode::embedded) {
        settings.setValue(kModeKey, QStringLiteral("embedded"));
        settings.remove(kHostKey);
        settings.remove(kPortKey);
        settings.remove(kTlsKey);
    } else {
        settings.setValue(kModeKey, QStringLiteral("server"));
        settings.setValue(kHostKey, choice.server.host);
        settings.setValue(kPortKey, choice.server.port);
        settings.setValue(kTlsKey, choice.server.tls);
    }
    settings.sync();
}

QString StartupSettings::defaultStorePath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/engine.db");
}

}  // namespace outpost::ui
