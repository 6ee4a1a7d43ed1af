// UsersPresenter with a fake AdminApi: what a new user sends, the checks before sending, the
// scopes each role uses, the engine's refusals, and the second factor shown once.

#include <gtest/gtest.h>

#include <QSignalSpy>

#include "fake_admin_api.h"
#include "ui/settings/users_presenter.h"

namespace outpost::ui {
namespace {

using testing::FakeAdminApi;
using testing::makeOrg;
using testing::makeUser;
using testing::makeUsers;

class UsersPresenterTest : public ::testing::Test {
  protected:
    void SetUp() override {
        presenter.start();
        api.answerLoads(makeUsers(), makeOrg());
    }

    static UserDraft validDraft() {
        UserDraft d;
        d.username = QStringLiteral("ana.lopez");
        d.displayName = QStringLiteral("Ana López");
        d.role = Role::front_desk;
        d.locations = {"loc-b", "loc-a"};
        d.regions = {"reg-east"};  // left over from another role: not sent
        d.password = QStringLiteral("harbor-morning-7");
        return d;
    }

    FakeAdminApi api;
    UsersPresenter presenter{api};
};

TEST_F(UsersPresenterTest, StartLoadsUsersAndLocations) {
    EXPECT_TRUE(presenter.hasLoaded());
    EXPECT_FALSE(presenter.isLoading());
    EXPECT_EQ(presenter.model()->rowCount(), 5);
    EXPECT_FALSE(presenter.directory().isEmpty());
}

TEST_F(UsersPresenterTest, CreateSendsTheRightUser) {
    ASSERT_TRUE(presenter.createUser(validDraft()));
    ASSERT_EQ(api.creates.size(), 1u);
    const NewUser& sent = api.creates[0].user;
    EXPECT_EQ(sent.username, "ana.lopez");
    EXPECT_EQ(sent.displayName, "Ana López");
    EXPECT_EQ(sent.role, Role::front_desk);
    EXPECT_EQ(sent.locations, (std::vector<std::string>{"loc-a", "loc-b"}));
    EXPECT_TRUE(sent.regions.empty());
    EXPECT_EQ(sent.password, "harbor-morning-7");
    EXPECT_FALSE(sent.mfa);
    EXPECT_TRUE(presenter.isBusy());

    QSignalSpy created(&presenter, &UsersPresenter::userCreated);
    api.creates[0].done(
        CreatedUser{makeUser(9, "ana.lopez", "Ana López", Role::front_desk, {}, {"loc-a", "loc-b"}), std::nullopt});
    EXPECT_EQ(created.count(), 1);
    EXPECT_FALSE(presenter.isBusy());
    EXPECT_EQ(presenter.model()->rowCount(), 6);
    EXPECT_EQ(presenter.notice(), QStringLiteral("ana.lopez can now sign in."));
    EXPECT_FALSE(presenter.hasMfaSecret());
}

TEST_F(UsersPresenterTest, AdministratorsAlwaysGetASecondFactor) {
    UserDraft d = validDraft();
    d.role = Role::corporate_admin;
    d.secondFactor = false;
    ASSERT_TRUE(presenter.createUser(d));
    EXPECT_TRUE(api.creates[0].user.mfa);
    EXPECT_TRUE(api.creates[0].user.locations.empty());
    EXPECT_TRUE(api.creates[0].user.regions.empty());
    EXPECT_TRUE(UsersPresenter::secondFactorRequired(Role::corporate_admin));
    EXPECT_FALSE(UsersPresenter::secondFactorRequired(Role::front_desk));
}

TEST_F(UsersPresenterTest, EachRoleUsesItsOwnScopeList) {
    EXPECT_EQ(UsersPresenter::scopeKind(Role::corporate_admin), ScopeKind::everything);
    EXPECT_EQ(UsersPresenter::scopeKind(Role::corporate_ops), ScopeKind::everything);
    EXPECT_EQ(UsersPresenter::scopeKind(Role::regional_manager), ScopeKind::regions);
    EXPECT_EQ(UsersPresenter::scopeKind(Role::location_manager), ScopeKind::locations);
    EXPECT_EQ(UsersPresenter::scopeKind(Role::front_desk), ScopeKind::locations);

    UserDraft d = validDraft();
    d.role = Role::regional_manager;
    ASSERT_TRUE(presenter.createUser(d));
    EXPECT_EQ(api.creates[0].user.regions, std::vector<std::string>{"reg-east"});
    EXPECT_TRUE(api.creates[0].user.locations.empty());
}

TEST_F(UsersPresenterTest, ValidationNamesTheFieldAndSendsNothing) {
    UserDraft d;
    d.username = QStringLiteral("Ana");
    d.role = Role::regional_manager;
    d.password = QStringLiteral("1234567890123");
    EXPECT_FALSE(presenter.createUser(d));
    EXPECT_TRUE(api.creates.empty());
    ASSERT_TRUE(presenter.problemFor(UserField::username).has_value());
    EXPECT_TRUE(presenter.problemFor(UserField::username)->startsWith(QStringLiteral("Username:")));
    EXPECT_EQ(presenter.problemFor(UserField::displayName), QStringLiteral("Display name: enter the person's name."));
    EXPECT_EQ(presenter.problemFor(UserField::scope),
              QStringLiteral("Regions: choose at least one region for a regional manager."));
    EXPECT_EQ(presenter.problemFor(UserField::password),
              QStringLiteral("Password: digits alone are too easy to guess; add letters or symbols."));

    d = validDraft();
    d.password = QStringLiteral("short");
    d.locations.clear();
    EXPECT_FALSE(presenter.createUser(d));
    EXPECT_EQ(presenter.problemFor(UserField::password), QStringLiteral("Password: use at least 10 characters."));
    EXPECT_EQ(presenter.problemFor(UserField::scope),
              QStringLiteral("Locations: choose at least one location for front desk staff."));
    EXPECT_FALSE(presenter.problemFor(UserField::username).has_value());

    EXPECT_TRUE(presenter.createUser(validDraft()));
    EXPECT_TRUE(presenter.problems().empty());
}

TEST_F(UsersPresenterTest, PasswordHintSaysWhatIsMissing) {
    EXPECT_EQ(UsersPresenter::passwordHint({}), QStringLiteral("At least 10 characters, not only digits."));
    EXPECT_EQ(UsersPresenter::passwordHint(QStringLiteral("abcdefg")), QStringLiteral("3 more characters needed."));
    EXPECT_EQ(UsersPresenter::passwordHint(QStringLiteral("abcdefghi")), QStringLiteral("1 more character needed."));
    EXPECT_TRUE(UsersPresenter::passwordHint(QStringLiteral("0123456789")).startsWith(QStringLiteral("Digits alone")));
    EXPECT_TRUE(UsersPresenter::passwordHint(QStringLiteral("abcdefghij")).startsWith(QStringLiteral("Acceptable")));
    EXPECT_EQ(UsersPresenter::passwordHint(QStringLiteral("Harbor-Morning-7")), QStringLiteral("Strong password."));
}

TEST_F(UsersPresenterTest, TheEnginesRefusalIsShownAsItWroteIt) {
    QSignalSpy refused(&presenter, &UsersPresenter::actionErrorChanged);
    ASSERT_TRUE(presenter.createUser(validDraft()));
    api.creates[0].done(Error{ErrorCode::conflict, "user.username: 'ana.lopez' is already taken"});
    EXPECT_EQ(refused.count(), 1);
    EXPECT_EQ(presenter.actionError(), QStringLiteral("user.username: 'ana.lopez' is already taken"));
    EXPECT_FALSE(presenter.isBusy());
    EXPECT_EQ(presenter.model()->rowCount(), 5);
    // The next attempt clears it.
    ASSERT_TRUE(presenter.createUser(validDraft()));
    EXPECT_TRUE(presenter.actionError().isEmpty());
}

TEST_F(UsersPresenterTest, EditSendsTheChangedFields) {
    UserDraft d = presenter.draftOf(*presenter.model()->find(4));
    d.displayName = QStringLiteral("Luis Ortega Ruiz");
    d.role = Role::regional_manager;
    d.regions = {"reg-central"};
    ASSERT_TRUE(presenter.saveUser(4, d));
    ASSERT_EQ(api.updates.size(), 1u);
    const UserChange& change = api.updates[0].change;
    EXPECT_EQ(change.displayName, "Luis Ortega Ruiz");
    EXPECT_EQ(change.role, Role::regional_manager);
    EXPECT_EQ(change.regions, std::vector<std::string>{"reg-central"});
    EXPECT_EQ(change.locations, std::vector<std::string>{});
    EXPECT_FALSE(change.disabled.has_value());
    api.updates[0].done(makeUser(4, "luis.riverside", "Luis Ortega Ruiz", Role::regional_manager, {"reg-central"}));
    EXPECT_EQ(presenter.model()->index(3, UserTableModel::ScopeColumn).data().toString(),
              QStringLiteral("Regions: Central"));
}

TEST_F(UsersPresenterTest, DisableAndEnableSendOnlyTheFlag) {
    presenter.setUserDisabled(5, true);
    ASSERT_EQ(api.updates.size(), 1u);
    EXPECT_EQ(api.updates[0].id, 5);
    EXPECT_EQ(api.updates[0].change.disabled, true);
    EXPECT_FALSE(api.updates[0].change.role.has_value());
    AdminUser disabled = *presenter.model()->find(5);
    disabled.disabled = true;
    api.updates[0].done(disabled);
    EXPECT_TRUE(presenter.model()->find(5)->disabled);
    EXPECT_EQ(presenter.notice(), QStringLiteral("fiona.desk is disabled and can no longer sign in."));
}

TEST_F(UsersPresenterTest, PasswordResetIsEnteredTwice) {
    EXPECT_FALSE(presenter.resetPassword(4, QStringLiteral("new-password-1"), QStringLiteral("new-password-2")));
    EXPECT_EQ(presenter.problemFor(UserField::confirmation), QStringLiteral("The two passwords differ."));
    EXPECT_TRUE(api.resets.empty());
    QSignalSpy done(&presenter, &UsersPresenter::passwordResetDone);
    ASSERT_TRUE(presenter.resetPassword(4, QStringLiteral("new-password-1"), QStringLiteral("new-password-1")));
    ASSERT_EQ(api.resets.size(), 1u);
    EXPECT_EQ(api.resets[0].password, "new-password-1");
    api.resets[0].done(true);
    EXPECT_EQ(done.count(), 1);
    EXPECT_EQ(presenter.notice(), QStringLiteral("Password reset for luis.riverside. Their open sessions have ended."));
}

TEST_F(UsersPresenterTest, TheSecondFactorIsHandedOverOnce) {
    QSignalSpy ready(&presenter, &UsersPresenter::mfaSecretReady);
    presenter.enrollSecondFactor(4);
    ASSERT_EQ(api.mfas.size(), 1u);
    api.mfas[0].done(std::string("otpauth://totp/Outpost:luis.riverside?secret=JBSWY3DPEHPK3PXP&issuer=Outpost"));
    EXPECT_EQ(ready.count(), 1);
    EXPECT_TRUE(presenter.model()->find(4)->mfaEnabled);
    auto secret = presenter.takeMfaSecret();
    ASSERT_TRUE(secret.has_value());
    EXPECT_EQ(secret->userId, 4);
    EXPECT_EQ(secret->username, QStringLiteral("luis.riverside"));
    EXPECT_EQ(secret->secret, QStringLiteral("JBSWY3DPEHPK3PXP"));
    EXPECT_TRUE(secret->uri.startsWith(QStringLiteral("otpauth://totp/")));
    EXPECT_FALSE(presenter.takeMfaSecret().has_value());
    EXPECT_FALSE(presenter.hasMfaSecret());
}

TEST_F(UsersPresenterTest, CreatingAnAdministratorShowsTheirSecondFactor) {
    UserDraft d = validDraft();
    d.role = Role::corporate_admin;
    ASSERT_TRUE(presenter.createUser(d));
    api.creates[0].done(CreatedUser{makeUser(10, "ana.lopez", "Ana López", Role::corporate_admin),
                                    std::string("otpauth://totp/Outpost:ana.lopez?secret=ABCDEFGH&issuer=Outpost")});
    auto secret = presenter.takeMfaSecret();
    ASSERT_TRUE(secret.has_value());
    EXPECT_EQ(secret->secret, QStringLiteral("ABCDEFGH"));
}

TEST_F(UsersPresenterTest, AnswersAfterThePresenterIsGoneAreDropped) {
    FakeAdminApi other;
    auto doomed = std::make_unique<UsersPresenter>(other);
    doomed->start();
    doomed.reset();
    other.answerLoads(makeUsers(), makeOrg());  // must not touch the deleted presenter
    SUCCEED();
}

TEST_F(UsersPresenterTest, ALoadFailureIsShown) {
    presenter.refresh();
    api.locationLists[0].done(makeOrg());
    api.userLists[0].done(Error{ErrorCode::unavailable, "connection refused"});
    EXPECT_TRUE(presenter.errorText().startsWith(QStringLiteral("Cannot reach the engine")));
    EXPECT_FALSE(presenter.isLoading());
}

}  // namespace
}  // namespace outpost::ui
