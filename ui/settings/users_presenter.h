#pragma once
// Users & Locations without widgets: the user list, the checks a form passes before anything is
// sent, creating and editing users, disabling, password resets and second factors. The engine's
// refusal is kept as it wrote it (it names the field). Tested offscreen with a fake AdminApi.

#include <optional>
#include <set>
#include <string>
#include <vector>

#include <QObject>
#include <QString>

#include "ui/models/location_directory.h"
#include "ui/settings/admin_api.h"
#include "ui/settings/admin_text.h"
#include "ui/settings/user_table_model.h"

namespace outpost::ui {

// What the user form holds.
struct UserDraft {
    QString username;
    QString displayName;
    Role role = Role::front_desk;
    std::set<std::string> regions;
    std::set<std::string> locations;
    QString password;  // only when creating
    bool secondFactor = false;
};

enum class UserField { username, displayName, scope, password, confirmation };

struct FieldProblem {
    UserField field;
    QString message;
};

// A new second factor, to show once: the authenticator app's URI and its base32 secret.
struct MfaSecret {
    std::int64_t userId = 0;
    QString username;
    QString uri;
    QString secret;
};

class UsersPresenter final : public QObject {
    Q_OBJECT

  public:
    static constexpr int kMinPasswordLength = 10;

    explicit UsersPresenter(AdminApi& api, QObject* parent = nullptr);

    [[nodiscard]] UserTableModel* model() { return &m_model; }
    [[nodiscard]] const LocationDirectory& directory() const { return m_directory; }

    // Loads the locations and the users.
    void start();
    void refresh();

    [[nodiscard]] bool hasLoaded() const { return m_loaded; }
    [[nodiscard]] bool isLoading() const { return m_loadsPending > 0; }
    [[nodiscard]] QString errorText() const { return m_error; }

    // The form: which list of scopes the role uses, and whether it always gets a second factor.
    [[nodiscard]] static ScopeKind scopeKind(Role role) { return scopeKindFor(role); }
    [[nodiscard]] static bool secondFactorRequired(Role role) { return role == Role::corporate_admin; }
    [[nodiscard]] UserDraft draftOf(const AdminUser& user) const;
    // Problems with a draft; `creating` also checks the username and the password.
    [[nodiscard]] std::vector<FieldProblem> validate(const UserDraft& draft, bool creating) const;
    [[nodiscard]] static std::optional<QString> passwordProblem(const QString& password);
    // A hint under the password field: what is missing, or how strong it is.
    [[nodiscard]] static QString passwordHint(const QString& password);

    // Each returns false, with problems(), when the form is not ready; otherwise the request is sent.
    bool createUser(const UserDraft& draft);
    bool saveUser(std::int64_t id, const UserDraft& draft);
    bool resetPassword(std::int64_t id, const QString& password, const QString& again);
    void setUserDisabled(std::int64_t id, bool disabled);
    void enrollSecondFactor(std::int64_t id);

    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] const std::vector<FieldProblem>& problems() const { return m_problems; }
    [[nodiscard]] std::optional<QString> problemFor(UserField field) const;
    // The engine's refusal of the last change, or empty.
    [[nodiscard]] QString actionError() const { return m_actionError; }
    // What the last change did, for a note: "Password reset for ana. Their sessions have ended."
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] bool hasMfaSecret() const { return m_secret.has_value(); }
    // Hands the new second factor over and forgets it: it is shown once.
    [[nodiscard]] std::optional<MfaSecret> takeMfaSecret();

  signals:
    void usersChanged();
    void locationsChanged();
    void loadingChanged(bool loading);
    void errorChanged(const QString& message);
    void busyChanged(bool busy);
    void problemsChanged();
    void actionErrorChanged(const QString& message);
    void noticeChanged(const QString& message);
    void userCreated(qint64 id);
    void userSaved(qint64 id);
    void passwordResetDone(qint64 id);
    void mfaSecretReady();

  private:
    template <typename T>
    [[nodiscard]] AdminApi::Callback<T> guarded(std::function<void(UsersPresenter&, Result<T>)> handler);
    void loadUsers();
    void loadLocations();
    void finishLoad();
    void setBusy(bool busy);
    void setProblems(std::vector<FieldProblem> problems);
    void setActionError(QString message);
    void setNotice(QString message);
    void setError(QString message);
    void holdSecret(std::int64_t id, const QString& username, const std::string& uri);
    [[nodiscard]] QString refusal(const Error& error) const;
    [[nodiscard]] QString nameOf(std::int64_t id) const;

    AdminApi& m_api;
    LocationDirectory m_directory;
    UserTableModel m_model;
    quint64 m_generation = 0;
    int m_loadsPending = 0;
    bool m_loaded = false;
    bool m_busy = false;
    QString m_error;
    std::vector<FieldProblem> m_problems;
    QString m_actionError;
    QString m_notice;
    std::optional<MfaSecret> m_secret;
};

}  // namespace outpost::ui
