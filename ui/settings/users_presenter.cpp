#include "ui/settings/users_presenter.h"

#include <QPointer>
#include <QRegularExpression>

#include "ui/logging.h"
#include "ui/settings/admin_protocol.h"

namespace outpost::ui {
namespace {

std::vector<std::string> sorted(const std::set<std::string>& ids) {
    return {ids.begin(), ids.end()};
}

}  // namespace

UsersPresenter::UsersPresenter(AdminApi& api, QObject* parent) : QObject(parent), m_api(api), m_model(m_directory) {}

template <typename T>
AdminApi::Callback<T> UsersPresenter::guarded(std::function<void(UsersPresenter&, Result<T>)> handler) {
    return [self = QPointer<UsersPresenter>(this), handler = std::move(handler)](Result<T> answer) {
        if (self) handler(*self, std::move(answer));
    };
}

void UsersPresenter::start() {
    refresh();
}

void UsersPresenter::refresh() {
    ++m_generation;
    const bool wasLoading = isLoading();
    m_loadsPending = 2;
    if (!wasLoading) emit loadingChanged(true);
    loadLocations();
    loadUsers();
}

void UsersPresenter::loadLocations() {
    const quint64 generation = m_generation;
    m_api.listLocations(guarded<OrgSnapshot>([generation](UsersPresenter& p, Result<OrgSnapshot> org) {
        if (generation != p.m_generation) return;
        if (org) {
            p.m_directory.reset(std::move(*org));
            p.m_model.locationsChanged();
            emit p.locationsChanged();
        } else {
            qCWarning(lcSettings) << "locations failed:" << QString::fromStdString(org.error().message);
            p.setError(p.refusal(org.error()));
        }
        p.finishLoad();
    }));
}

void UsersPresenter::loadUsers() {
    const quint64 generation = m_generation;
    m_api.listUsers(
        guarded<std::vector<AdminUser>>([generation](UsersPresenter& p, Result<std::vector<AdminUser>> users) {
            if (generation != p.m_generation) return;
            if (users) {
                p.m_model.resetUsers(std::move(*users));
                p.m_loaded = true;
                p.setError({});
                emit p.usersChanged();
            } else {
                qCWarning(lcSettings) << "users failed:" << QString::fromStdString(users.error().message);
                p.setError(p.refusal(users.error()));
            }
            p.finishLoad();
        }));
}

void UsersPresenter::finishLoad() {
    if (m_loadsPending == 0) return;
    if (--m_loadsPending == 0) emit loadingChanged(false);
}

UserDraft UsersPresenter::draftOf(const AdminUser& user) const {
    UserDraft draft;
    draft.username = QString::fromStdString(user.username);
    draft.displayName = QString::fromStdString(user.displayName);
    draft.role = user.role;
    draft.regions = {user.regions.begin(), user.regions.end()};
    draft.locations = {user.locations.begin(), user.locations.end()};
    draft.secondFactor = user.mfaEnabled;
    return draft;
}

std::optional<QString> UsersPresenter::passwordProblem(const QString& password) {
    if (password.size() < kMinPasswordLength) {
        return tr("Password: use at least %1 characters.").arg(kMinPasswordLength);
    }
    static const QRegularExpression digitsOnly(QStringLiteral("^[0-9]+$"));
    if (digitsOnly.match(password).hasMatch()) {
        return tr("Password: digits alone are too easy to guess; add letters or symbols.");
    }
    return std::nullopt;
}

QString UsersPresenter::passwordHint(const QString& password) {
    if (password.isEmpty()) return tr("At least %1 characters, not only digits.").arg(kMinPasswordLength);
    if (password.size() < kMinPasswordLength) {
        return tr("%n more character(s) needed.", nullptr, static_cast<int>(kMinPasswordLength - password.size()));
    }
    if (passwordProblem(password)) return tr("Digits alone are too easy to guess: add letters or symbols.");
    int kinds = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (const QChar c : password) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            other = true;
    }
    kinds = int(lower) + int(upper) + int(digit) + int(other);
    if (password.size() >= 16 || (password.size() >= 12 && kinds >= 3)) return tr("Strong password.");
    return tr("Acceptable. A longer password, or a mix of letters, digits and symbols, is stronger.");
}

std::vector<FieldProblem> UsersPresenter::validate(const UserDraft& draft, bool creating) const {
    std::vector<FieldProblem> out;
    if (creating) {
        static const QRegularExpression usernamePattern(QStringLiteral("^[a-z0-9._-]{3,64}$"));
        if (!usernamePattern.match(draft.username).hasMatch()) {
            out.push_back({UserField::username,
                           tr("Username: use 3 to 64 characters: lower-case letters, digits, dots, underscores or "
                              "hyphens.")});
        }
    }
    if (draft.displayName.trimmed().isEmpty()) {
        out.push_back({UserField::displayName, tr("Display name: enter the person's name.")});
    } else if (draft.displayName.size() > 200) {
        out.push_back({UserField::displayName, tr("Display name: use at most 200 characters.")});
    }
    switch (scopeKind(draft.role)) {
        case ScopeKind::regions:
            if (draft.regions.empty()) {
                out.push_back({UserField::scope, tr("Regions: choose at least one region for a regional manager.")});
            }
            break;
        case ScopeKind::locations:
            if (draft.locations.empty()) {
                out.push_back(
                    {UserField::scope, draft.role == Role::front_desk
                                           ? tr("Locations: choose at least one location for front desk staff.")
                                           : tr("Locations: choose at least one location for a location "
                                                "manager.")});
            }
            break;
        case ScopeKind::everything:
            break;
    }
    if (creating) {
        if (auto problem = passwordProblem(draft.password)) out.push_back({UserField::password, *problem});
    }
    return out;
}

std::optional<QString> UsersPresenter::problemFor(UserField field) const {
    for (const auto& p : m_problems) {
        if (p.field == field) return p.message;
    }
    return std::nullopt;
}

bool UsersPresenter::createUser(const UserDraft& draft) {
    setProblems(validate(draft, true));
    if (!m_problems.empty() || m_busy) return false;
    NewUser user;
    user.username = draft.username.toStdString();
    user.displayName = draft.displayName.trimmed().toStdString();
    user.role = draft.role;
    const ScopeKind kind = scopeKind(draft.role);
    if (kind == ScopeKind::regions) user.regions = sorted(draft.regions);
    if (kind == ScopeKind::locations) user.locations = sorted(draft.locations);
    user.password = draft.password.toStdString();
    user.mfa = draft.secondFactor || secondFactorRequired(draft.role);
    setActionError({});
    setNotice({});
    setBusy(true);
    m_api.createUser(user, guarded<CreatedUser>([](UsersPresenter& p, Result<CreatedUser> created) {
                         p.setBusy(false);
                         if (!created) {
                             p.setActionError(p.refusal(created.error()));
                             return;
                         }
                         p.m_model.upsert(created->user);
                         const QString name = QString::fromStdString(created->user.username);
                         p.setNotice(tr("%1 can now sign in.").arg(name));
                         emit p.userCreated(created->user.id);
                         // After the views have moved to the new user, so the secret is shown with them.
                         if (created->otpauthUri) p.holdSecret(created->user.id, name, *created->otpauthUri);
                     }));
    return true;
}

bool UsersPresenter::saveUser(std::int64_t id, const UserDraft& draft) {
    setProblems(validate(draft, false));
    if (!m_problems.empty() || m_busy) return false;
    UserChange change;
    change.displayName = draft.displayName.trimmed().toStdString();
    change.role = draft.role;
    const ScopeKind kind = scopeKind(draft.role);
    change.regions = kind == ScopeKind::regions ? sorted(draft.regions) : std::vector<std::string>{};
    change.locations = kind == ScopeKind::locations ? sorted(draft.locations) : std::vector<std::string>{};
    setActionError({});
    setNotice({});
    setBusy(true);
    m_api.updateUser(id, change, guarded<AdminUser>([](UsersPresenter& p, Result<AdminUser> user) {
                         p.setBusy(false);
                         if (!user) {
                             p.setActionError(p.refusal(user.error()));
                             return;
                         }
                         p.m_model.upsert(*user);
                         p.setNotice(tr("Changes to %1 saved.").arg(QString::fromStdString(user->username)));
                         emit p.userSaved(user->id);
                     }));
    return true;
}

void UsersPresenter::setUserDisabled(std::int64_t id, bool disabled) {
    if (m_busy) return;
    UserChange change;
    change.disabled = disabled;
    setProblems({});
    setActionError({});
    setNotice({});
    setBusy(true);
    m_api.updateUser(id, change, guarded<AdminUser>([disabled](UsersPresenter& p, Result<AdminUser> user) {
                         p.setBusy(false);
                         if (!user) {
                             p.setActionError(p.refusal(user.error()));
                             return;
                         }
                         p.m_model.upsert(*user);
                         const QString name = QString::fromStdString(user->username);
                         p.setNotice(disabled ? tr("%1 is disabled and can no longer sign in.").arg(name)
                                              : tr("%1 can sign in again.").arg(name));
                         emit p.userSaved(user->id);
                     }));
}

bool UsersPresenter::resetPassword(std::int64_t id, const QString& password, const QString& again) {
    std::vector<FieldProblem> problems;
    if (auto problem = passwordProblem(password)) problems.push_back({UserField::password, *problem});
    if (password != again) problems.push_back({UserField::confirmation, tr("The two passwords differ.")});
    setProblems(std::move(problems));
    if (!m_problems.empty() || m_busy) return false;
    setActionError({});
    setNotice({});
    setBusy(true);
    m_api.resetPassword(id, password.toStdString(), guarded<bool>([id](UsersPresenter& p, Result<bool> reset) {
                            p.setBusy(false);
                            if (!reset) {
                                p.setActionError(p.refusal(reset.error()));
                                return;
                            }
                            p.setNotice(tr("Password reset for %1. Their open sessions have ended.").arg(p.nameOf(id)));
                            emit p.passwordResetDone(id);
                        }));
    return true;
}

void UsersPresenter::enrollSecondFactor(std::int64_t id) {
    if (m_busy) return;
    setProblems({});
    setActionError({});
    setNotice({});
    setBusy(true);
    m_api.enrollMfa(id, guarded<std::string>([id](UsersPresenter& p, Result<std::string> uri) {
                        p.setBusy(false);
                        if (!uri) {
                            p.setActionError(p.refusal(uri.error()));
                            return;
                        }
                        if (const AdminUser* user = p.m_model.find(id)) {
                            AdminUser updated = *user;
                            updated.mfaEnabled = true;
                            p.m_model.upsert(updated);
                        }
                        p.setNotice(tr("Second factor enrolled for %1.").arg(p.nameOf(id)));
                        emit p.userSaved(id);
                        p.holdSecret(id, p.nameOf(id), *uri);
                    }));
}

void UsersPresenter::holdSecret(std::int64_t id, const QString& username, const std::string& uri) {
    m_secret =
        MfaSecret{id, username, QString::fromStdString(uri), QString::fromStdString(admin_protocol::secretOf(uri))};
    emit mfaSecretReady();
}

std::optional<MfaSecret> UsersPresenter::takeMfaSecret() {
    std::optional<MfaSecret> out;
    out.swap(m_secret);
    return out;
}

QString UsersPresenter::nameOf(std::int64_t id) const {
    const AdminUser* user = m_model.find(id);
    return user ? QString::fromStdString(user->username) : QString::number(id);
}

QString UsersPresenter::refusal(const Error& error) const {
    const QString message = QString::fromStdString(error.message);
    switch (error.code) {
        case ErrorCode::unavailable:
            return tr("Cannot reach the engine right now; nothing was changed. %1").arg(message);
        case ErrorCode::permission_denied:
            return tr("Only corporate administrators manage users: %1").arg(message);
        default:
            return message;
    }
}

void UsersPresenter::setBusy(bool busy) {
    if (busy == m_busy) return;
    m_busy = busy;
    emit busyChanged(busy);
}

void UsersPresenter::setProblems(std::vector<FieldProblem> problems) {
    if (problems.empty() && m_problems.empty()) return;
    m_problems = std::move(problems);
    emit problemsChanged();
}

void UsersPresenter::setActionError(QString message) {
    if (message == m_actionError) return;
    m_actionError = std::move(message);
    emit actionErrorChanged(m_actionError);
}

void UsersPresenter::setNotice(QString message) {
    if (message == m_notice) return;
    m_notice = std::move(message);
    emit noticeChanged(m_notice);
}

void UsersPresenter::setError(QString message) {
    if (message == m_error) return;
    m_error = std::move(message);
    emit errorChanged(m_error);
}

}  // namespace outpost::ui
