#include "ui/session/verifier_store.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

#include "access/crypto.h"
#include "ui/logging.h"
#include "ui/session/device_identity.h"

namespace outpost::ui {

VerifierStore::VerifierStore(QString folder, QObject* parent)
    : QObject(parent), m_folder(std::move(folder)), m_relay(std::make_shared<QueuedRelay<VerifierStore>>(this)) {}

VerifierStore::~VerifierStore() {
    m_relay->detach();
}

QString VerifierStore::defaultFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("verifiers"));
}

QString VerifierStore::fileFor(const QString& engineKey, const QString& username) const {
    return QDir(m_folder).filePath(DeviceIdentity::userKey(engineKey, username) + QStringLiteral(".argon2id"));
}

bool VerifierStore::has(const QString& engineKey, const QString& username) const {
    return QFile::exists(fileFor(engineKey, username));
}

void VerifierStore::remember(const QString& engineKey, const QString& username, const QString& password) {
    const QString path = fileFor(engineKey, username);
    const QString folder = m_folder;
    QThreadPool::globalInstance()->start([relay = m_relay, path, folder, password = password.toStdString()] {
        bool saved = false;
        if (auto hash = access::hash_password(password); hash && QDir().mkpath(folder)) {
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSaveFile file(path);
            if (file.open(QIODevice::WriteOnly)) {
                file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
                file.write(QByteArray::fromStdString(*hash));
                saved = file.commit();
            }
        }
        relay->post([saved](VerifierStore& store) {
            if (!saved) qCWarning(lcShell) << "could not keep the offline unlock verifier";
            emit store.remembered(saved);
        });
    });
}

void VerifierStore::verify(const QString& engineKey, const QString& username, const QString& password,
                           std::function<void(bool)> onResult) {
    const QString path = fileFor(engineKey, username);
    QThreadPool::globalInstance()->start(
        [relay = m_relay, path, password = password.toStdString(), onResult = std::move(onResult)] {
            bool ok = false;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                const std::string stored = file.readAll().toStdString();
                ok = !stored.empty() && access::verify_password(password, stored);
            }
            relay->post([ok, onResult](VerifierStore&) { onResult(ok); });
        });
}

}  // namespace outpost::ui
