// SettingsScreen with a fake AdminApi: the role chooses which scope list can be ticked, problems
// show under their fields, the second factor is shown once, and the audit tab's controls.

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTranslator>
#include <QTreeWidget>

#include "fake_admin_api.h"
#include "ui/settings/audit_page.h"
#include "ui/settings/audit_presenter.h"
#include "ui/settings/mfa_secret_panel.h"
#include "ui/settings/settings_screen.h"
#include "ui/settings/user_editor.h"
#include "ui/settings/users_page.h"
#include "ui/settings/users_presenter.h"
#include "ui/widgets/inline_message.h"

namespace outpost::ui {
namespace {

using testing::FakeAdminApi;
using testing::makeEntries;
using testing::makeOrg;
using testing::makeUsers;

class SettingsScreenTest : public ::testing::Test {
  protected:
    void SetUp() override {
        screen.resize(1300, 800);
        screen.show();
        screen.start();
        api.answerLoads(makeUsers(), makeOrg());
        ASSERT_EQ(api.audits.size(), 1u);
        api.audits[0].done(makeEntries(400, 200));
    }

    void selectRole(Role role) {
        QComboBox* combo = editor()->roleCombo();
        combo->setCurrentIndex(combo->findData(static_cast<int>(role)));
    }

    [[nodiscard]] UserEditor* editor() const { return screen.usersPage()->editor(); }

    FakeAdminApi api;
    SettingsScreen screen{api};
};

TEST_F(SettingsScreenTest, LoadsBothTabs) {
    EXPECT_EQ(screen.title(), QStringLiteral("Settings"));
    EXPECT_TRUE(screen.isContentReady());
    EXPECT_EQ(screen.usersPage()->table()->model()->rowCount(), 5);
    EXPECT_EQ(screen.auditPage()->table()->model()->rowCount(), 200);
    EXPECT_TRUE(screen.auditPage()->loadOlderButton()->isEnabled());
}

TEST_F(SettingsScreenTest, TheRoleEnablesTheRightScopeList) {
    screen.usersPage()->startCreate();
    QTreeWidget* tree = editor()->scopeTree();
    ASSERT_EQ(tree->topLevelItemCount(), 2);
    QTreeWidgetItem* region = tree->topLevelItem(0);
    QTreeWidgetItem* location = region->child(0);

    selectRole(Role::front_desk);
    EXPECT_TRUE(tree->isEnabled());
    EXPECT_FALSE(region->flags() & Qt::ItemIsUserCheckable);
    EXPECT_TRUE(location->flags() & Qt::ItemIsUserCheckable);
    EXPECT_TRUE(location->flags() & Qt::ItemIsEnabled);

    selectRole(Role::regional_manager);
    EXPECT_TRUE(region->flags() & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(location->flags() & Qt::ItemIsEnabled);

    selectRole(Role::corporate_ops);
    EXPECT_FALSE(tree->isEnabled());
    EXPECT_TRUE(editor()->secondFactorBox()->isEnabled());

    selectRole(Role::corporate_admin);
    EXPECT_TRUE(editor()->secondFactorBox()->isChecked());
    EXPECT_FALSE(editor()->secondFactorBox()->isEnabled());
}

TEST_F(SettingsScreenTest, ProblemsShowUnderTheirFieldsAndNothingIsSent) {
    screen.usersPage()->startCreate();
    selectRole(Role::location_manager);
    editor()->submit();
    EXPECT_TRUE(api.creates.empty());
    EXPECT_TRUE(editor()->problemLabelFor(UserField::username)->isVisible());
    EXPECT_TRUE(editor()->problemLabelFor(UserField::scope)->isVisible());
    EXPECT_EQ(editor()->problemLabelFor(UserField::scope)->text(),
              QStringLiteral("Locations: choose at least one location for a location manager."));

    UserDraft d;
    d.username = QStringLiteral("ana.lopez");
    d.displayName = QStringLiteral("Ana López");
    d.role = Role::location_manager;
    d.locations = {"loc-b"};
    d.password = QStringLiteral("harbor-morning-7");
    editor()->setDraft(d);
    EXPECT_EQ(editor()->draft().locations, (std::set<std::string>{"loc-b"}));
    editor()->submit();
    ASSERT_EQ(api.creates.size(), 1u);
    EXPECT_FALSE(editor()->problemLabelFor(UserField::username)->isVisible());
    api.creates[0].done(Error{ErrorCode::conflict, "user.username: 'ana.lopez' is already taken"});
    EXPECT_TRUE(editor()->message()->isVisible());
    EXPECT_EQ(editor()->message()->text(), QStringLiteral("user.username: 'ana.lopez' is already taken"));
}

TEST_F(SettingsScreenTest, TheSecondFactorIsShownOnceAndThenForgotten) {
    ASSERT_TRUE(screen.selectUser(QStringLiteral("luis.riverside")));
    EXPECT_EQ(editor()->userId(), 4);
    auto* enroll = editor()->findChild<QPushButton*>(QStringLiteral("enrollMfa"));
    ASSERT_NE(enroll, nullptr);
    enroll->click();
    ASSERT_EQ(api.mfas.size(), 1u);
    api.mfas[0].done(std::string("otpauth://totp/Outpost:luis.riverside?secret=JBSWY3DPEHPK3PXP&issuer=Outpost"));
    MfaSecretPanel* panel = editor()->secretPanel();
    EXPECT_TRUE(panel->isVisible());
    EXPECT_EQ(panel->secret(), QStringLiteral("JBSWY3DPEHPK3PXP"));
    EXPECT_FALSE(screen.usersPresenter().hasMfaSecret());
    panel->findChild<QPushButton*>(QStringLiteral("mfaDone"))->click();
    EXPECT_FALSE(panel->isVisible());
    EXPECT_TRUE(panel->secret().isEmpty());
    EXPECT_TRUE(panel->uri().isEmpty());
}

TEST_F(SettingsScreenTest, AuditFiltersVerifyAndPaging) {
    screen.showTab(SettingsScreen::Tab::audit);
    AuditPage* page = screen.auditPage();
    page->actorField()->setText(QStringLiteral("admin"));
    emit page->actorField()->editingFinished();
    ASSERT_EQ(api.audits.size(), 2u);
    EXPECT_EQ(api.audits[1].query.target(), "/v1/audit?actor=admin&limit=200");
    page->locationField()->setCurrentIndex(page->locationField()->findData(QStringLiteral("loc-b")));
    EXPECT_EQ(api.audits.back().query.location, "loc-b");
    api.audits.back().done(makeEntries(400, 200));
    page->loadOlderButton()->click();
    EXPECT_EQ(api.audits.back().query.before, 201);
    EXPECT_EQ(api.audits.back().query.actor, "admin");

    page->verifyButton()->click();
    ASSERT_EQ(api.verifies.size(), 1u);
    api.verifies[0].done(AuditVerdict{1500, true, std::nullopt, {}});
    EXPECT_TRUE(page->verdictLabel()->isVisible());
    EXPECT_EQ(page->verdictLabel()->text(), QStringLiteral("Intact: 1,500 entries checked"));
    page->clearFilters();
    EXPECT_EQ(api.audits.back().query.target(), "/v1/audit?limit=200");
}

TEST(SettingsTranslationTest, SpanishAndFrenchReadTheSettings) {
    QTranslator es;
    ASSERT_TRUE(es.load(QStringLiteral(":/i18n/outpost_es.qm")));
    EXPECT_EQ(es.translate("outpost::ui::SettingsScreen", "Users && Locations"), QStringLiteral("Usuarios y sedes"));
    EXPECT_EQ(es.translate("outpost::ui::AuditPresenter", "Intact: %1 entries checked"),
              QStringLiteral("Intacta: %1 entradas comprobadas"));
    QTranslator fr;
    ASSERT_TRUE(fr.load(QStringLiteral(":/i18n/outpost_fr.qm")));
    EXPECT_EQ(fr.translate("outpost::ui::SettingsScreen", "Settings"), QStringLiteral("Paramètres"));
    EXPECT_EQ(fr.translate("outpost::ui::UsersPresenter", "%n more character(s) needed.", nullptr, 2),
              QStringLiteral("Encore %n caractères nécessaires."));
}

}  // namespace
}  // namespace outpost::ui
