#include "ui/sync/replica_keeper.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimeZone>

#include "access/crypto.h"
#include "ui/logging.h"

namespace outpost::ui {
namespace {

constexpr std::size_t kSaltBytes = 16;
const QStringList kSqliteCompanions = {QStringLiteral("-wal"), QStringLiteral("-shm")};

struct Paths {
    QString db;
    QString salt;
    QString freshDb;
    QString freshSalt;
};

Paths pathsOf(const QString& folder, const QString& username) {
    const QString stem = QDir(folder).filePath(ReplicaKeeper::fileStem(username));
    return {stem + QStringLiteral(".db"), stem + QStringLiteral(".salt"), stem + QStringLiteral(".new.db"),
            stem + QStringLiteral(".new.salt")};
}

std::optional<std::vector<std::uint8_t>> readSalt(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return std::nullopt;
    const QByteArray bytes = file.read(kSaltBytes + 1);
    if (bytes.size() != static_cast<qsizetype>(kSaltBytes)) return std::nullopt;
    return std::vector<std::uint8_t>(bytes.begin(), bytes.end());
}

Result<void> writeSalt(const QString& path, const std::vector<std::uint8_t>& salt) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return make_error(ErrorCode::io, "cannot write " + path.toStdString() + ": " + file.errorString().toStdString());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto written = file.write(reinterpret_cast<const char*>(salt.data()), static_cast<qint64>(salt.size()));
    if (written != static_cast<qint64>(salt.size()) || !file.flush()) {
        return make_error(ErrorCode::io, "cannot write " + path.toStdString());
    }
    return {};
}

// "20261124-150000" (UTC): sorts by time, safe in file names.
QString fileStamp(Timestamp t) {
    return QDateTime::fromMSecsSinceEpoch(t.time_since_epoch().count(),
                                          QTimeZone::utc())
        .toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

void restrictToOwner(const QString& path) {
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void removeDatabase(const QString& path) {
    QFile::remove(path);
    for (const QString& suffix : kSqliteCompanions) QFile::remove(path + suffix);
}

bool renameDatabase(const QString& from, const QString& to) {
    if (!QFile::rename(from, to)) return false;
    for (const QString& suffix : kSqliteCompanions) {
        if (QFile::exists(from + suffix)) QFile::rename(from + suffix, to + suffix);
    }
    return true;
}

}  // namespace

ReplicaKeeper::ReplicaKeeper(QString folder, std::shared_ptr<const Clock> clock, QObject* parent)
    : QObject(parent), m_folder(std::move(folder)), m_clock(std::move(clock)) {}

ReplicaKeeper::~ReplicaKeeper() {
    joinWorker();
    m_candidate.reset();
    m_current.reset();
}

void ReplicaKeeper::joinWorker() {
    if (m_worker.joinable()) m_worker.join();
}

QString ReplicaKeeper::folderFor(const QString& engineKey) {
    QString safe = engineKey;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]")), QStringLiteral("_"));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/replicas/") + safe;
}

QString ReplicaKeeper::fileStem(const QString& username) {
    const QString name = username.trimmed().toLower();
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    if (plain.match(name).hasMatch() && !name.endsWith(QStringLiteral(".new"))) return name;
    return QStringLiteral("user-") + QString::fromLatin1(name.toUtf8().toHex());
}

void ReplicaKeeper::prepare(const QString& username, const QString& password) {
    const quint64 generation = ++m_generation;
    m_candidate.reset();
    const QString who = username.trimmed().toLower();
    if (m_current && who == m_currentUser) {
        // The person's replica is open already; the engine checks the password.
        const QString clientId = QString::fromStdString(m_current->client_id());
        QMetaObject::invokeMethod(
            this,
            [this, generation, clientId] {
                if (generation == m_generation) emit prepared(clientId);
            },
            Qt::QueuedConnection);
        return;
    }
    joinWorker();
    m_preparing = true;
    if (!QDir().mkpath(m_folder)) {
        m_preparing = false;
        const Error error = make_error(ErrorCode::io, "cannot create the folder " + m_folder.toStdString());
        QMetaObject::invokeMethod(this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
        return;
    }
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const Paths paths = pathsOf(m_folder, who);
    // The worker owns copies of what it reads; it reaches this object only through queued calls,
    // which cannot outlive it: the destructor joins the worker first.
    m_worker = std::thread([this, generation, paths, who, secret = password.toStdString(), clock = m_clock]() mutable {
        auto outcome = std::make_shared<Result<Candidate>>([&]() -> Result<Candidate> {
            if (QFileInfo::exists(paths.db)) {
                if (auto salt = readSalt(paths.salt)) {
                    auto key = access::derive_database_key(secret, *salt);
                    if (!key) return key.error();
                    auto opened = sync::Replica::open(paths.db.toStdString(), *key, *clock);
                    if (opened) return Candidate{std::move(*opened), who, false, *key};
                    if (opened.error().code != ErrorCode::wrong_key) return opened.error();
                }
            }
            // No replica yet, or one this password does not open: a new one at the side names.
            removeDatabase(paths.freshDb);
            const auto salt = access::random_bytes(kSaltBytes);
            if (auto w = writeSalt(paths.freshSalt, salt); !w) return w.error();
            auto key = access::derive_database_key(secret, salt);
            if (!key) return key.error();
            auto opened = sync::Replica::open(paths.freshDb.toStdString(), *key, *clock);
            if (!opened) return opened.error();
            restrictToOwner(paths.freshDb);
            return Candidate{std::move(*opened), who, true, *key};
        }());
        std::fill(secret.begin(), secret.end(), '\0');
        QMetaObject::invokeMethod(
            this, [this, generation, outcome] { finishPrepare(generation, outcome); }, Qt::QueuedConnection);
    });
}

void ReplicaKeeper::finishPrepare(quint64 generation, std::shared_ptr<Result<Candidate>> outcome) {
    m_preparing = false;
    if (generation != m_generation) return;  // a later prepare() or abandon() replaced it
    if (!*outcome) {
        qCWarning(lcSync) << "cannot open the replica:" << QString::fromStdString(outcome->error().message);
        emit failed(outcome->error());
        return;
    }
    m_candidate = std::move(outcome->value());
    qCInfo(lcSync) << (m_candidate->fresh ? "made a new replica" : "opened the replica");
    emit prepared(QString::fromStdString(m_candidate->replica->client_id()));
}

Result<QString> ReplicaKeeper::commit() {
    if (!m_candidate) return QString();  // the open replica is the person's already
    Candidate candidate = std::move(*m_candidate);
    m_candidate.reset();
    m_current.reset();
    m_currentUser.clear();
    if (!candidate.fresh) {
        m_current = std::move(candidate.replica);
        m_currentUser = candidate.username;
        return QString();
    }
    const Paths paths = pathsOf(m_folder, candidate.username);
    candidate.replica.reset();  // closed, so that its file can be renamed
    QString aside;
    if (QFileInfo::exists(paths.db)) {
        const QString stamp = fileStamp(m_clock->now());
        const QString base = QDir(m_folder).filePath(fileStem(candidate.username) + QLatin1Char('-') + stamp);
        aside = base + QStringLiteral(".db");
        for (int n = 2; QFileInfo::exists(aside); ++n) aside = base + QStringLiteral("-%1.db").arg(n);
        if (!renameDatabase(paths.db, aside)) {
            return make_error(ErrorCode::io, "cannot move the old replica aside to " + aside.toStdString());
        }
        const QString asideSalt = aside.chopped(3) + QStringLiteral(".salt");
        if (QFileInfo::exists(paths.salt)) QFile::rename(paths.salt, asideSalt);
        qCWarning(lcSync) << "the replica did not open with this password; the old one was kept aside";
    }
    QFile::remove(paths.salt);
    if (!renameDatabase(paths.freshDb, paths.db) || !QFile::rename(paths.freshSalt, paths.salt)) {
        return make_error(ErrorCode::io, "cannot put the new replica in place at " + paths.db.toStdString());
    }
    auto opened = sync::Replica::open(paths.db.toStdString(), candidate.key, *m_clock);
    std::fill(candidate.key.begin(), candidate.key.end(), '\0');
    if (!opened) return opened.error();
    m_current = std::move(*opened);
    m_currentUser = candidate.username;
    return aside;
}

void ReplicaKeeper::abandon() {
    ++m_generation;
    if (!m_candidate) return;
    const bool fresh = m_candidate->fresh;
    const QString username = m_candidate->username;
    m_candidate.reset();
    if (fresh) removeFreshFiles(username);
}

void ReplicaKeeper::removeFreshFiles(const QString& username) {
    const Paths paths = pathsOf(m_folder, username);
    removeDatabase(paths.freshDb);
    QFile::remove(paths.freshSalt);
}

void ReplicaKeeper::close() {
    abandon();
    m_current.reset();
    m_currentUser.clear();
}

}  // namespace outpost::ui
