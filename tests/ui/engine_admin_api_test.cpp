// EngineAdminApi over a recording sender: the method, path and JSON of every call, and how the
// answers and the engine's errors come back.

#include <gtest/gtest.h>

#include "qt_printers.h"
#include "ui/settings/admin_protocol.h"
#include "ui/settings/engine_admin_api.h"

namespace outpost::ui {
namespace {

struct Sent {
    QString method;
    QString path;
    Json body;
    std::function<void(Result<Json>)> answer;
};

class EngineAdminApiTest : public ::testing::Test {
  protected:
    std::vector<Sent> sent;
    EngineAdminApi api{[this](const QString& method, const QString& path, const QByteArray& body,
                              std::function<void(Result<Json>)> onGuiThread) {
        sent.push_back(
            {method, path, body.isEmpty() ? Json() : Json::parse(body.toStdString()), std::move(onGuiThread)});
        return static_cast<quint64>(sent.size());
    }};
};

TEST_F(EngineAdminApiTest, CreateSendsTheUserAndReadsTheSecondFactor) {
    NewUser user;
    user.username = "ana.lopez";
    user.displayName = "Ana López";
    user.role = Role::location_manager;
    user.locations = {"loc-a"};
    user.password = "correct horse";
    user.mfa = true;
    std::optional<Result<CreatedUser>> got;
    api.createUser(user, [&](Result<CreatedUser> r) { got.emplace(std::move(r)); });
    ASSERT_EQ(sent.size(), 1u);
    EXPECT_EQ(sent[0].method, QStringLiteral("POST"));
    EXPECT_EQ(sent[0].path, QStringLiteral("/v1/users"));
    EXPECT_EQ(sent[0].body, Json::parse(R"({"v":1,"username":"ana.lopez","display_name":"Ana López",
        "role":"location_manager","regions":[],"locations":["loc-a"],"password":"correct horse","mfa":true})"));
    sent[0].answer(Json::parse(R"({"v":1,"user":{"id":9,"username":"ana.lopez","display_name":"Ana López",
        "role":"location_manager","mfa_enabled":true,"disabled":false,"regions":[],"locations":["loc-a"]},
        "otpauth_uri":"otpauth://totp/Outpost:ana.lopez?secret=JBSWY3DPEHPK3PXP&issuer=Outpost"})"));
    ASSERT_TRUE(got && got->ok());
    EXPECT_EQ((*got)->user.id, 9);
    EXPECT_EQ((*got)->user.role, Role::location_manager);
    ASSERT_TRUE((*got)->otpauthUri.has_value());
    EXPECT_EQ(admin_protocol::secretOf(*(*got)->otpauthUri), "JBSWY3DPEHPK3PXP");
}

TEST_F(EngineAdminApiTest, EditsResetsAndEnrolmentsGoToTheUsersPath) {
    UserChange change;
    change.disabled = true;
    api.updateUser(4, change, [](Result<AdminUser>) {});
    api.resetPassword(4, "new password 1", [](Result<bool>) {});
    api.enrollMfa(4, [](Result<std::string>) {});
    ASSERT_EQ(sent.size(), 3u);
    EXPECT_EQ(sent[0].method, QStringLiteral("PATCH"));
    EXPECT_EQ(sent[0].path, QStringLiteral("/v1/users/4"));
    EXPECT_EQ(sent[0].body, Json::parse(R"({"v":1,"disabled":true})"));
    EXPECT_EQ(sent[1].path, QStringLiteral("/v1/users/4/password"));
    EXPECT_EQ(sent[1].body, Json::parse(R"({"v":1,"password":"new password 1"})"));
    EXPECT_EQ(sent[2].method, QStringLiteral("POST"));
    EXPECT_EQ(sent[2].path, QStringLiteral("/v1/users/4/mfa"));
}

TEST_F(EngineAdminApiTest, AuditQueriesAreEncodedAndDecoded) {
    AuditQuery q;
    q.actor = "ana lopez";
    q.actionPrefix = "user.";
    q.location = "loc-a";
    q.from = *parse_iso8601("2026-11-01T00:00:00Z");
    q.limit = 200;
    q.before = 57;
    std::optional<Result<std::vector<AuditEntry>>> got;
    api.queryAudit(q, [&](Result<std::vector<AuditEntry>> r) { got.emplace(std::move(r)); });
    EXPECT_EQ(sent[0].method, QStringLiteral("GET"));
    EXPECT_EQ(sent[0].path, QStringLiteral("/v1/audit?actor=ana%20lopez&action=user.&location=loc-a&from=2026-11-01T00%"
                                           "3A00%3A00Z&limit=200&before=57"));
    EXPECT_TRUE(sent[0].body.is_null());
    sent[0].answer(Json::parse(R"({"v":1,"entries":[{"seq":56,"at":"2026-11-24T15:00:00Z","device_time":null,
        "actor":"admin","actor_id":1,"action":"user.create","location_id":null,"subject":"user:9",
        "details":{"role":"front_desk"},"hash":"ab"}]})"));
    ASSERT_TRUE(got && got->ok());
    ASSERT_EQ((*got)->size(), 1u);
    EXPECT_EQ((*got)->at(0).seq, 56);
    EXPECT_TRUE((*got)->at(0).locationId.empty());
    EXPECT_FALSE((*got)->at(0).deviceTime.has_value());
}

TEST_F(EngineAdminApiTest, VerdictsAndRefusalsComeBack) {
    std::optional<Result<AuditVerdict>> verdict;
    api.verifyAudit([&](Result<AuditVerdict> r) { verdict.emplace(std::move(r)); });
    EXPECT_EQ(sent[0].path, QStringLiteral("/v1/audit/verify"));
    sent[0].answer(Json::parse(R"({"v":1,"rows_checked":12,"intact":false,"first_broken_seq":5,"problem":"hash"})"));
    ASSERT_TRUE(verdict && verdict->ok());
    EXPECT_FALSE((*verdict)->intact);
    EXPECT_EQ((*verdict)->firstBrokenSeq, 5);

    std::optional<Result<std::vector<AdminUser>>> users;
    api.listUsers([&](Result<std::vector<AdminUser>> r) { users.emplace(std::move(r)); });
    sent[1].answer(Error{ErrorCode::permission_denied, "only corporate administrators manage users"});
    ASSERT_TRUE(users && !users->ok());
    EXPECT_EQ(users->error().code, ErrorCode::permission_denied);

    std::optional<Result<std::vector<AdminUser>>> malformed;
    api.listUsers([&](Result<std::vector<AdminUser>> r) { malformed.emplace(std::move(r)); });
    sent[2].answer(Json::parse(R"({"users":[{"id":"x"}]})"));
    ASSERT_TRUE(malformed && !malformed->ok());
    EXPECT_NE(malformed->error().message.find("user.id"), std::string::npos);
}

}  // namespace
}  // namespace outpost::ui
