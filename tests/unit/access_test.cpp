#include <gtest/gtest.h>

#include "access/access_service.h"
#include "access/crypto.h"
#include "access/totp.h"
#include "store/repositories.h"
#include "store/schema.h"
#include "support/temp_dir.h"

namespace outpost::access {
namespace {

using namespace std::chrono_literals;

Timestamp at_seconds(std::int64_t s) { return Timestamp(std::chrono::seconds(s)); }

std::vector<std::uint8_t> rfc_secret() {
    const std::string s = "12345678901234567890";
    return {s.begin(), s.end()};
}

TEST(Totp, MatchesTheRfc6238TestVectors) {
    const std::pair<std::int64_t, const char*> vectors[] = {
        {59, "94287082"},         {1111111109, "07081804"}, {1111111111, "14050471"},
        {1234567890, "89005924"}, {2000000000, "69279037"}, {20000000000, "65353130"},
    };
    for (const auto& [time, code] : vectors) {
        auto generated = totp_code(rfc_secret(), at_seconds(time), 8);
        ASSERT_TRUE(generated.ok());
        EXPECT_EQ(*generated, code) << time;
    }
}

TEST(Totp, AcceptsOneStepOfDriftAndNoMore) {
    const auto secret = new_totp_secret();
    const Timestamp now = at_seconds(1'800'000'000);
    const std::string code = *totp_code(secret, now);
    EXPECT_TRUE(totp_valid(secret, code, now));
    EXPECT_TRUE(totp_valid(secret, code, now + 30s));
    EXPECT_TRUE(totp_valid(secret, code, now - 30s));
    EXPECT_FALSE(totp_valid(secret, code, now + 90s));
    EXPECT_FALSE(totp_valid(secret, "12345", now));
}

TEST(Totp, Base32RoundTripsAndBuildsAnOtpauthUri) {
    const auto secret = rfc_secret();
    const std::string text = base32_encode(secret);
    EXPECT_EQ(text, "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    EXPECT_EQ(*base32_decode(text), secret);
    EXPECT_EQ(otpauth_uri("ana", secret),
              "otpauth://totp/Outpost:ana?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Outpost&digits=6&period=30");
}

TEST(Passwords, HashWithArgon2idAndVerify) {
    auto hash = hash_password("correct horse battery");
    ASSERT_TRUE(hash.ok());
    EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
    EXPECT_TRUE(verify_password("correct horse battery", *hash));
    EXPECT_FALSE(verify_password("correct horse battery!", *hash));
    EXPECT_NE(*hash, *hash_password("correct horse battery"));  // salted
    EXPECT_FALSE(check_password_strength("short").ok());
    EXPECT_FALSE(check_password_strength("12345678901234").ok());
    EXPECT_TRUE(check_password_strength("a long enough phrase").ok());
}

TEST(Pseudonym, IsStablePerKeyAndHidesTheId) {
    const auto key = random_bytes(32);
    EXPECT_EQ(pseudonym(key, "M-000042"), pseudonym(key, "M-000042"));
    EXPECT_NE(pseudonym(key, "M-000042"), pseudonym(key, "M-000043"));
    EXPECT_NE(pseudonym(random_bytes(32), "M-000042"), pseudonym(key, "M-000042"));
    // Sixteen hex digits of a keyed hash, not the id: any two digits ("42") turn up by chance in
    // about one key of sixteen, the id's six digits about once in a million.
    const std::string hidden = pseudonym(key, "M-000042");
    EXPECT_EQ(hidden.size(), 16u);
    EXPECT_EQ(hidden.find_first_not_of("0123456789abcdef"), std::string::npos);
    EXPECT_EQ(hidden.find("000042"), std::string::npos);
}

class AccessTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto db = store::open_engine_store(m_dir.file("engine.db"), "pass", store::OpenMode::create_if_missing);
        ASSERT_TRUE(db.ok()) << db.error().message;
        m_db = std::make_unique<store::Database>(std::move(*db));
        store::SqlOrgRepository org(*m_db);
        ASSERT_TRUE(org.save(Brand{BrandId("b"), "Brand"}).ok());
        ASSERT_TRUE(org.save(Region{RegionId("north"), BrandId("b"), "North"}).ok());
        ASSERT_TRUE(org.save(Region{RegionId("south"), BrandId("b"), "South"}).ok());
        for (const auto& [loc, region] : {std::pair{"n1", "north"}, {"n2", "north"}, {"s1", "south"}}) {
            ASSERT_TRUE(org.save(Location{LocationId(loc), RegionId(region), loc, "", "America/Chicago", {}}).ok());
        }
        m_access = std::make_unique<AccessService>(*m_db, m_clock);
        auto admin = m_access->create_first_admin("admin", "Admin", kAdminPassword);
        ASSERT_TRUE(admin.ok()) << admin.error().message;
        ASSERT_TRUE(admin->otpauth_uri.has_value());
        const std::string uri = *admin->otpauth_uri;
        const auto start = uri.find("secret=") + 7;
        m_admin_secret = *base32_decode(uri.substr(start, uri.find('&', start) - start));
    }

    Result<Session> login(const std::string& user, const std::string& password, std::string code = {},
                          std::string client = {}, std::string device = "desk-1") {
        return m_access->login(LoginRequest{user, password, std::move(code), std::move(device), std::move(client)});
    }

    Caller admin() {
        auto s = login("admin", kAdminPassword, *totp_code(m_admin_secret, m_clock.now()));
        EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
        return s->caller;
    }

    User make_user(const std::string& name, Role role) {
        User u;
        u.username = name;
        u.display_name = name;
        u.role = role;
        if (role == Role::regional_manager) u.regions = {RegionId("north")};
        if (role == Role::location_manager || role == Role::front_desk) u.locations = {LocationId("n1")};
        return u;
    }

    static constexpr const char* kAdminPassword = "admin passphrase 1";
    static constexpr const char* kPassword = "member of staff 1";
    testing::TempDir m_dir;
    ManualClock m_clock{at_seconds(1'800'000'000)};
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<AccessService> m_access;
    std::vector<std::uint8_t> m_admin_secret;
};

TEST_F(AccessTest, AdminsMustGiveASecondFactor) {
    auto without = login("admin", kAdminPassword);
    ASSERT_FALSE(without.ok());
    EXPECT_EQ(without.error().code, ErrorCode::mfa_required);
    auto wrong = login("admin", kAdminPassword, "000000");
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::mfa_required);
    auto right = login("admin", kAdminPassword, *totp_code(m_admin_secret, m_clock.now()));
    ASSERT_TRUE(right.ok()) << right.error().message;
    EXPECT_TRUE(right->caller.scope.all());
}

TEST_F(AccessTest, WrongPasswordAndUnknownUserGiveTheSameAnswer) {
    auto wrong = login("admin", "not the password");
    auto unknown = login("nobody", "not the password");
    ASSERT_FALSE(wrong.ok());
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::unauthenticated);
    EXPECT_EQ(wrong.error().message, unknown.error().message);
}

TEST_F(AccessTest, RepeatedFailuresLockTheAccountForAWhile) {
    ASSERT_TRUE(m_access->create_user(admin(), make_user("desk", Role::front_desk), kPassword).ok());
    for (int i = 0; i < 4; ++i) EXPECT_EQ(login("desk", "wrong password").error().code, ErrorCode::unauthenticated);
    EXPECT_EQ(login("desk", "wrong password").error().code, ErrorCode::locked);
    // Even the right password is refused while locked.
    auto locked = login("desk", kPassword);
    ASSERT_FALSE(locked.ok());
    EXPECT_EQ(locked.error().code, ErrorCode::locked);
    m_clock.advance(16min);
    EXPECT_TRUE(login("desk", kPassword).ok());
}

TEST_F(AccessTest, SessionsExpireAndLogoutEndsThem) {
    ASSERT_TRUE(m_access->create_user(admin(), make_user("desk", Role::front_desk), kPassword).ok());
    auto s = login("desk", kPassword);
    ASSERT_TRUE(s.ok());
    EXPECT_TRUE(m_access->authenticate(s->token).ok());
    EXPECT_FALSE(m_access->authenticate(s->token + "x").ok());
    m_clock.advance(13h);
    auto expired = m_access->authenticate(s->token);
    ASSERT_FALSE(expired.ok());
    EXPECT_EQ(expired.error().code, ErrorCode::unauthenticated);

    auto again = login("desk", kPassword);
    ASSERT_TRUE(again.ok());
    ASSERT_TRUE(m_access->logout(again->caller).ok());
    EXPECT_FALSE(m_access->authenticate(again->token).ok());
}

TEST_F(AccessTest, DisablingAUserEndsTheirSessions) {
    const Caller a = admin();
    auto created = m_access->create_user(a, make_user("desk", Role::front_desk), kPassword);
    ASSERT_TRUE(created.ok());
    auto s = login("desk", kPassword);
    ASSERT_TRUE(s.ok());
    User u = created->user;
    u.disabled = true;
    ASSERT_TRUE(m_access->update_user(a, u).ok());
    EXPECT_FALSE(m_access->authenticate(s->token).ok());
    EXPECT_EQ(login("desk", kPassword).error().code, ErrorCode::permission_denied);
}

TEST_F(AccessTest, ScopesFollowTheRole) {
    const Caller a = admin();
    User regional = make_user("regional", Role::regional_manager);
    User manager = make_user("manager", Role::location_manager);
    manager.locations = {LocationId("n2"), LocationId("s1")};
    for (const User& u : {regional, manager, make_user("ops", Role::corporate_ops)}) {
        ASSERT_TRUE(m_access->create_user(a, u, kPassword).ok());
    }
    auto r = login("regional", kPassword);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->caller.scope.locations(), (std::set<std::string>{"n1", "n2"}));
    auto m = login("manager", kPassword);
    EXPECT_EQ(m->caller.scope.locations(), (std::set<std::string>{"n2", "s1"}));
    EXPECT_FALSE(m->caller.scope.contains(LocationId("n1")));
    EXPECT_TRUE(login("ops", kPassword)->caller.scope.all());
}

TEST_F(AccessTest, OnlyAdminsManageUsersAndInputIsChecked) {
    const Caller a = admin();
    ASSERT_TRUE(m_access->create_user(a, make_user("manager", Role::location_manager), kPassword).ok());
    const Caller manager = login("manager", kPassword)->caller;
    auto refused = m_access->create_user(manager, make_user("other", Role::front_desk), kPassword);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::permission_denied);

    EXPECT_EQ(m_access->create_user(a, make_user("manager", Role::front_desk), kPassword).error().code,
              ErrorCode::conflict);
    EXPECT_FALSE(m_access->create_user(a, make_user("Bad Name", Role::front_desk), kPassword).ok());
    EXPECT_FALSE(m_access->create_user(a, make_user("weak", Role::front_desk), "short").ok());
    User nowhere = make_user("nowhere", Role::front_desk);
    nowhere.locations = {LocationId("mars")};
    EXPECT_FALSE(m_access->create_user(a, nowhere, kPassword).ok());
    User unassigned = make_user("unassigned", Role::location_manager);
    unassigned.locations.clear();
    EXPECT_FALSE(m_access->create_user(a, unassigned, kPassword).ok());

    auto second_admin = m_access->create_user(a, make_user("admin2", Role::corporate_admin), kPassword);
    ASSERT_TRUE(second_admin.ok());
    EXPECT_TRUE(second_admin->otpauth_uri.has_value());
    EXPECT_FALSE(m_access->create_first_admin("late", "Late", kPassword).ok());
}

TEST_F(AccessTest, PasswordResetRevokesSessions) {
    const Caller a = admin();
    auto created = m_access->create_user(a, make_user("desk", Role::front_desk), kPassword);
    auto s = login("desk", kPassword);
    ASSERT_TRUE(m_access->reset_password(a, created->user.id, "a brand new phrase").ok());
    EXPECT_FALSE(m_access->authenticate(s->token).ok());
    EXPECT_FALSE(login("desk", kPassword).ok());
    EXPECT_TRUE(login("desk", "a brand new phrase").ok());
}

TEST_F(AccessTest, OptionalMfaCanBeEnrolledForAnyone) {
    const Caller a = admin();
    auto created = m_access->create_user(a, make_user("desk", Role::front_desk), kPassword);
    auto uri = m_access->enroll_mfa(a, created->user.id);
    ASSERT_TRUE(uri.ok());
    EXPECT_EQ(login("desk", kPassword).error().code, ErrorCode::mfa_required);
    const auto start = uri->find("secret=") + 7;
    auto secret = *base32_decode(uri->substr(start, uri->find('&', start) - start));
    EXPECT_TRUE(login("desk", kPassword, *totp_code(secret, m_clock.now())).ok());
}

TEST_F(AccessTest, ASyncClientBelongsToTheUserAndDeviceThatRegisteredIt) {
    const Caller a = admin();
    ASSERT_TRUE(m_access->create_user(a, make_user("desk", Role::front_desk), kPassword).ok());
    ASSERT_TRUE(m_access->create_user(a, make_user("other", Role::front_desk), kPassword).ok());
    auto desk = login("desk", kPassword, {}, "client-A", "device-1");
    ASSERT_TRUE(desk.ok());
    EXPECT_TRUE(m_access->check_client(desk->caller, "client-A").ok());
    // Another user presenting the same client id is refused, at login and at sync time.
    auto other_login = login("other", kPassword, {}, "client-A", "device-1");
    ASSERT_FALSE(other_login.ok());
    EXPECT_EQ(other_login.error().code, ErrorCode::permission_denied);
    auto other = login("other", kPassword, {}, "", "device-1");
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(m_access->check_client(other->caller, "client-A").error().code, ErrorCode::permission_denied);
    EXPECT_EQ(m_access->check_client(desk->caller, "client-unknown").error().code, ErrorCode::permission_denied);
}

TEST_F(AccessTest, EveryLoginAndAdminActionIsAudited) {
    const Caller a = admin();
    ASSERT_TRUE(m_access->create_user(a, make_user("desk", Role::front_desk), kPassword).ok());
    (void)login("desk", "wrong password");
    auto rows = m_access->audit().query({});
    ASSERT_TRUE(rows.ok());
    std::vector<std::string> actions;
    for (const auto& r : *rows) actions.push_back(r.event.action);
    EXPECT_EQ(actions, (std::vector<std::string>{"login.failed", "user.create", "login", "user.create"}));
    auto verdict = m_access->audit().verify();
    ASSERT_TRUE(verdict.ok());
    EXPECT_FALSE(verdict->first_broken_seq.has_value()) << verdict->problem;
    EXPECT_EQ(verdict->rows_checked, 4);
}

class AuditChainTest : public AccessTest {
protected:
    void SetUp() override {
        AccessTest::SetUp();
        for (int i = 0; i < 6; ++i) {
            AuditEvent e;
            e.at = m_clock.now();
            e.actor = "admin";
            e.action = "test.action";
            e.subject = "item:" + std::to_string(i);
            e.details = {{"n", i}};
            ASSERT_TRUE(m_access->audit().append(e).ok());
        }
    }
    std::optional<std::int64_t> first_broken() {
        auto verdict = m_access->audit().verify();
        EXPECT_TRUE(verdict.ok());
        return verdict->first_broken_seq;
    }
};

TEST_F(AuditChainTest, AnIntactChainVerifies) { EXPECT_FALSE(first_broken().has_value()); }

TEST_F(AuditChainTest, AModifiedRowIsFound) {
    ASSERT_TRUE(m_db->exec("UPDATE audit_log SET details = '{\"n\":99}' WHERE seq = 4").ok());
    EXPECT_EQ(first_broken(), 4);
}

TEST_F(AuditChainTest, AModifiedActorIsFound) {
    ASSERT_TRUE(m_db->exec("UPDATE audit_log SET actor = 'someone else' WHERE seq = 3").ok());
    EXPECT_EQ(first_broken(), 3);
}

TEST_F(AuditChainTest, ADeletedRowIsFound) {
    ASSERT_TRUE(m_db->exec("DELETE FROM audit_log WHERE seq = 5").ok());
    EXPECT_EQ(first_broken(), 6);
}

TEST_F(AuditChainTest, ReorderedRowsAreFound) {
    ASSERT_TRUE(m_db->exec("UPDATE audit_log SET seq = -1 WHERE seq = 3").ok());
    ASSERT_TRUE(m_db->exec("UPDATE audit_log SET seq = 3 WHERE seq = 4").ok());
    ASSERT_TRUE(m_db->exec("UPDATE audit_log SET seq = 4 WHERE seq = -1").ok());
    EXPECT_EQ(first_broken(), 3);
}

TEST_F(AuditChainTest, ARowRewrittenWithAFreshHashBreaksTheNextLink) {
    // Someone recomputes row 2's hash after changing it; row 3 no longer follows.
    ASSERT_TRUE(m_db->exec("UPDATE audit_log SET subject = 'forged', hash = 'ffff' WHERE seq = 2").ok());
    EXPECT_EQ(first_broken(), 2);
}

}  // namespace
}  // namespace outpost::access
