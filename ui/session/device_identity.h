#pragma once
// What a desk tells the engine at login besides the credentials: a stable device id (a random
// UUID made once per computer account) and, per engine and person, the sync client id the engine
// binds to that person and device. Both live in QSettings.

#include <QSettings>
#include <QString>

namespace outpost::ui {

class DeviceIdentity {
  public:
    // Makes and keeps the id on first use.
    [[nodiscard]] static QString deviceId(QSettings& settings);
    // One per engine ("embedded" or "host:port") and username (case-insensitive).
    [[nodiscard]] static QString clientId(QSettings& settings, const QString& engineKey, const QString& username);
    // A file- and key-safe name for a person on an engine.
    [[nodiscard]] static QString userKey(const QString& engineKey, const QString& username);
};

}  // namespace outpost::ui
