#include "ui/session/device_identity.h"

#include <QUuid>

namespace outpost::ui {
namespace {

constexpr char kDeviceKey[] = "device/id";

QString newUuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

}  // namespace

QString DeviceIdentity::deviceId(QSettings& settings) {
    QString id = settings.value(QLatin1String(kDeviceKey)).toString();
    if (id.isEmpty()) {
        id = newUuid();
        settings.setValue(QLatin1String(kDeviceKey), id);
    }
    return id;
}

QString DeviceIdentity::userKey(const QString& engineKey, const QString& username) {
    // Hex keeps ':' and '/' of addresses and any character of a username out of keys and file names.
    return QString::fromLatin1(engineKey.toUtf8().toHex()) + QLatin1Char('-') +
           QString::fromLatin1(username.trimmed().toLower().toUtf8().toHex());
}

}  // namespace outpost::ui
