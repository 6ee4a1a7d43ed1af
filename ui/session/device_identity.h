#pragma once
// What a desk tells the engine at login besides the credentials: a stable device id (a random
// UUID made once per computer account), kept in QSettings. The sync client id the engine binds to
// the person and device is the replica's own (ReplicaKeeper).

#include <QSettings>
#include <QString>

namespace outpost::ui {

class DeviceIdentity {
  public:
    // Makes and keeps the id on first use.
    [[nodiscard]] static QString deviceId(QSettings& settings);
    // A file- and key-safe name for a person on an engine.
    [[nodiscard]] static QString userKey(const QString& engineKey, const QString& username);
};

}  // namespace outpost::ui
