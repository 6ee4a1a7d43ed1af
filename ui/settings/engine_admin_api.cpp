#include "ui/settings/engine_admin_api.h"

#include "ui/bridge/engine_bridge.h"
#include "ui/logging.h"
#include "ui/settings/admin_protocol.h"

namespace outpost::ui {
namespace {

QString userPath(std::int64_t id, const char* rest = "") {
    return QStringLiteral("/v1/users/%1%2").arg(id).arg(QLatin1String(rest));
}

}  // namespace

EngineAdminApi::EngineAdminApi(Sender sender) : m_sender(std::move(sender)) {}

EngineAdminApi::EngineAdminApi(EngineBridge& bridge)
    : m_sender([&bridge](const QString& method, const QString& path, const QByteArray& body,
                         std::function<void(Result<Json>)> onGuiThread) {
          return bridge.send(method, path, body, std::move(onGuiThread));
      }) {}

template <typename T>
void EngineAdminApi::call(const QString& method, const QString& path, const Json& body,
                          Result<T> (*decode)(const Json&), Callback<T> done) {
    const QByteArray bytes = body.is_null() ? QByteArray() : QByteArray::fromStdString(body.dump());
    qCDebug(lcSettings) << method << path;
    m_sender(method, path, bytes, [decode, done = std::move(done)](Result<Json> answer) {
        if (!answer) {
            done(answer.error());
            return;
        }
        done(decode(*answer));
    });
}

void EngineAdminApi::listUsers(Callback<std::vector<AdminUser>> done) {
    call<std::vector<AdminUser>>(QStringLiteral("GET"), QStringLiteral("/v1/users"), Json(),
                                 &admin_protocol::parseUserList, std::move(done));
}

void EngineAdminApi::createUser(const NewUser& user, Callback<CreatedUser> done) {
    call<CreatedUser>(QStringLiteral("POST"), QStringLiteral("/v1/users"), admin_protocol::toJson(user),
                      &admin_protocol::parseCreated, std::move(done));
}

void EngineAdminApi::updateUser(std::int64_t id, const UserChange& change, Callback<AdminUser> done) {
    call<AdminUser>(QStringLiteral("PATCH"), userPath(id), admin_protocol::toJson(change),
                    &admin_protocol::parseUserAnswer, std::move(done));
}

void EngineAdminApi::resetPassword(std::int64_t id, const std::string& password, Callback<bool> done) {
    call<bool>(QStringLiteral("POST"), userPath(id, "/password"), admin_protocol::passwordBody(password),
               &admin_protocol::parseReset, std::move(done));
}

void EngineAdminApi::enrollMfa(std::int64_t id, Callback<std::string> done) {
    call<std::string>(QStringLiteral("POST"), userPath(id, "/mfa"), Json{{"v", 1}}, &admin_protocol::parseOtpauth,
                      std::move(done));
}

void EngineAdminApi::listLocations(Callback<OrgSnapshot> done) {
    call<OrgSnapshot>(QStringLiteral("GET"), QStringLiteral("/v1/locations"), Json(), &admin_protocol::parseLocations,
                      std::move(done));
}

void EngineAdminApi::queryAudit(const AuditQuery& query, Callback<std::vector<AuditEntry>> done) {
    call<std::vector<AuditEntry>>(QStringLiteral("GET"), QString::fromStdString(query.target()), Json(),
                                  &admin_protocol::parseAuditEntries, std::move(done));
}

void EngineAdminApi::verifyAudit(Callback<AuditVerdict> done) {
    call<AuditVerdict>(QStringLiteral("GET"), QStringLiteral("/v1/audit/verify"), Json(), &admin_protocol::parseVerdict,
                       std::move(done));
}

}  // namespace outpost::ui
