#pragma once
// AdminApi over the engine's HTTP API: encodes each call, hands it to a sender (in the console,
// EngineBridge::send, which answers on the GUI thread) and decodes the answer.

#include <QByteArray>
#include <QString>

#include "ui/settings/admin_api.h"

namespace outpost::ui {

class EngineBridge;

class EngineAdminApi final : public AdminApi {
  public:
    // The signature of EngineBridge::send: method, path with query, JSON body (empty for GET) and
    // the callback that receives the answer's JSON or the engine's error on the GUI thread.
    using Sender = std::function<quint64(const QString& method, const QString& path, const QByteArray& body,
                                         std::function<void(Result<Json>)> onGuiThread)>;

    explicit EngineAdminApi(Sender sender);
    // Sends through `bridge`, which must outlive this object.
    explicit EngineAdminApi(EngineBridge& bridge);

    void listUsers(Callback<std::vector<AdminUser>> done) override;
    void createUser(const NewUser& user, Callback<CreatedUser> done) override;
    void updateUser(std::int64_t id, const UserChange& change, Callback<AdminUser> done) override;
    void resetPassword(std::int64_t id, const std::string& password, Callback<bool> done) override;
    void enrollMfa(std::int64_t id, Callback<std::string> done) override;
    void listLocations(Callback<OrgSnapshot> done) override;
    void queryAudit(const AuditQuery& query, Callback<std::vector<AuditEntry>> done) override;
    void verifyAudit(Callback<AuditVerdict> done) override;

  private:
    template <typename T>
    void call(const QString& method, const QString& path, const Json& body, Result<T> (*decode)(const Json&),
              Callback<T> done);

    Sender m_sender;
};

}  // namespace outpost::ui
