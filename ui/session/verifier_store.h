#pragma once
// Offline unlock: after each successful login the desk keeps an argon2id verifier of the person's
// password (never the password) in a file of its own under the app data folder, one per engine and
// person. The idle lock checks a typed password against it, so unlocking works with the network
// down. Hashing takes about 70 ms: it runs on a worker thread and answers on this object's thread.

#include <functional>
#include <memory>

#include <QObject>
#include <QString>

#include "ui/bridge/queued_relay.h"

namespace outpost::ui {

class VerifierStore final : public QObject {
    Q_OBJECT

  public:
    // `folder` holds the verifier files; made on first write (owner-only permissions).
    explicit VerifierStore(QString folder, QObject* parent = nullptr);
    ~VerifierStore() override;

    // <AppDataLocation>/verifiers
    [[nodiscard]] static QString defaultFolder();

    [[nodiscard]] bool has(const QString& engineKey, const QString& username) const;
    // Hashes `password` and replaces the person's verifier; answers with remembered().
    void remember(const QString& engineKey, const QString& username, const QString& password);
    // Checks `password` against the kept verifier; false when there is none. `onResult` runs on
    // this object's thread, unless the store is destroyed first.
    void verify(const QString& engineKey, const QString& username, const QString& password,
                std::function<void(bool)> onResult);

  signals:
    void remembered(bool saved);

  private:
    [[nodiscard]] QString fileFor(const QString& engineKey, const QString& username) const;

    QString m_folder;
    std::shared_ptr<QueuedRelay<VerifierStore>> m_relay;
};

}  // namespace outpost::ui
