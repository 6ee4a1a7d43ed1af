#pragma once
// Where a desk keeps its people's replicas, and which one is open.
//
// One encrypted replica per engine and person: <folder>/<username>.db, keyed with
// access::derive_database_key(password, salt); the 16 random bytes of salt are kept beside it in
// <username>.salt (owner-only). A login needs the replica first, because it sends the replica's
// sync client id:
//
//   keeper.prepare(username, password);  // off the GUI thread (the key derivation takes ~70 ms)
//   -> prepared(clientId)                // log in with it
//   keeper.commit();                     // after the engine said yes
//   keeper.abandon();                    // after it said no
//
// A person without a replica, or whose replica does not open with the password (it was reset on
// the engine), gets a new one beside the old file. Only a successful login makes it theirs: then
// the old file is moved aside under a name with the time, never deleted, so that changes it still
// held are not lost; a refused login leaves everything as it was.

#include <memory>
#include <optional>
#include <string>
#include <thread>

#include <QObject>
#include <QString>

#include "domain/clock.h"
#include "domain/result.h"
#include "ui/sync/core_sync.h"

namespace outpost::ui {

class ReplicaKeeper final : public QObject {
    Q_OBJECT

  public:
    // `folder` holds the replicas of one engine (see folderFor()).
    ReplicaKeeper(QString folder, std::shared_ptr<const Clock> clock, QObject* parent = nullptr);
    ~ReplicaKeeper() override;

    // <app data>/replicas/<engine key made safe for a file name>.
    [[nodiscard]] static QString folderFor(const QString& engineKey);
    // The file name (without extension) of a person's replica.
    [[nodiscard]] static QString fileStem(const QString& username);

    // Opens the replica of `username` for a login with `password`; answers prepared() or failed().
    // The open replica of the same person is kept as it is.
    void prepare(const QString& username, const QString& password);
    // The login succeeded: the prepared replica becomes the open one. Answers the file an old
    // replica was moved to (empty when none was).
    [[nodiscard]] Result<QString> commit();
    // The login was refused: a replica made for it is removed; the open one stays.
    void abandon();
    // Closes the open replica (logout).
    void close();

    [[nodiscard]] sync::Replica* replica() const { return m_current.get(); }
    [[nodiscard]] QString username() const { return m_currentUser; }
    [[nodiscard]] QString folder() const { return m_folder; }
    [[nodiscard]] bool isPreparing() const { return m_preparing; }

  signals:
    void prepared(const QString& clientId);
    void failed(const outpost::Error& error);

  private:
    struct Candidate {
        std::unique_ptr<sync::Replica> replica;
        QString username;
        bool fresh = false;  // made at the side names; becomes the person's file at commit()
        std::string key;
    };

    void finishPrepare(quint64 generation, std::shared_ptr<Result<Candidate>> outcome);
    void removeFreshFiles(const QString& username);
    void joinWorker();

    const QString m_folder;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<sync::Replica> m_current;
    QString m_currentUser;
    std::optional<Candidate> m_candidate;
    std::thread m_worker;
    quint64 m_generation = 0;
    bool m_preparing = false;
};

}  // namespace outpost::ui
