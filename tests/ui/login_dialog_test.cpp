// The login dialog: the one-time code field appears when the engine answers mfa_required, each
// refusal has its own inline message, the dialog is busy while waiting, and the demo chooser fills
// in the documented accounts.

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include "access/totp.h"
#include "engine/demo_users.h"
#include "fake_review_source.h"
#include "qt_printers.h"
#include "ui/session/demo_logins.h"
#include "ui/session/login_dialog.h"

namespace outpost::ui {
namespace {

TEST(LoginDialogTest, ShowsTheCodeFieldWhenTheEngineAsksForIt) {
    LoginDialog dialog;
    dialog.show();
    QSignalSpy requested(&dialog, &LoginDialog::loginRequested);
    EXPECT_FALSE(dialog.isCodeVisible());
    dialog.submitCredentials(QStringLiteral("admin"), QStringLiteral("outpost-admin-demo"));
    ASSERT_EQ(requested.count(), 1);
    EXPECT_TRUE(requested.at(0).at(2).toString().isEmpty());
    EXPECT_TRUE(dialog.isBusy());
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("loginButton"));
    ASSERT_NE(button, nullptr);
    EXPECT_FALSE(button->isEnabled());

    dialog.showError(make_error(ErrorCode::mfa_required, "a one-time code is required"));
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_TRUE(dialog.isCodeVisible());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("one-time code"))) << dialog.errorText().toStdString();

    // A short code is refused in the dialog; six digits go to the engine with the credentials.
    auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("oneTimeCode"));
    ASSERT_NE(code, nullptr);
    code->setText(QStringLiteral("123"));
    button->click();
    EXPECT_EQ(requested.count(), 1);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("6-digit"))) << dialog.errorText().toStdString();
    code->setText(QStringLiteral("123456"));
    button->click();
    ASSERT_EQ(requested.count(), 2);
    EXPECT_EQ(requested.at(1).at(2).toString(), QStringLiteral("123456"));

    // A wrong code says so.
    dialog.showError(make_error(ErrorCode::mfa_required, "a one-time code is required"));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("wrong or has expired"))) << dialog.errorText().toStdString();
}

TEST(LoginDialogTest, ExplainsEachRefusal) {
    LoginDialog dialog;
    dialog.show();
    dialog.submitCredentials(QStringLiteral("austin"), QStringLiteral("nope"));
    dialog.showError(make_error(ErrorCode::locked,
                                "too many failed logins; try again in 14 minutes or ask an administrator to reset the "
                                "password"));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("locked"))) << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("14 minutes"))) << dialog.errorText().toStdString();
    EXPECT_FALSE(dialog.isCodeVisible());

    dialog.submitCredentials(QStringLiteral("austin"), QStringLiteral("nope"));
    dialog.showError(make_error(ErrorCode::unauthenticated, "wrong username or password"));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Wrong username or password")));
    EXPECT_TRUE(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());

    dialog.submitCredentials(QStringLiteral("austin"), QStringLiteral("nope"));
    dialog.showError(make_error(ErrorCode::permission_denied, "this account is disabled"));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("disabled")));

    dialog.submitCredentials(QStringLiteral("austin"), QStringLiteral("nope"));
    dialog.showError(make_error(ErrorCode::unavailable, "connection refused"));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Cannot reach the engine")));
}

TEST(LoginDialogTest, RefusesEmptyFieldsWithoutAskingTheEngine) {
    LoginDialog dialog;
    QSignalSpy requested(&dialog, &LoginDialog::loginRequested);
    dialog.submitCredentials(QString(), QStringLiteral("secret"));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("username")));
    dialog.submitCredentials(QStringLiteral("austin"), QString());
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("password")));
    EXPECT_EQ(requested.count(), 0);
}

TEST(LoginDialogTest, DemoChooserFillsTheDocumentedAccounts) {
    LoginDialog dialog;
    dialog.show();
    auto* chooser = dialog.findChild<QComboBox*>(QStringLiteral("demoAccounts"));
    ASSERT_NE(chooser, nullptr);
    EXPECT_FALSE(chooser->isVisible());
    dialog.setDemoAccounts(demoLogins(), [] { return QStringLiteral("654321"); });
    EXPECT_TRUE(chooser->isVisible());
    EXPECT_EQ(chooser->count(), 6);  // the prompt and one account per role

    ASSERT_TRUE(dialog.chooseDemoAccount(QStringLiteral("frontdesk")));
    EXPECT_EQ(dialog.username(), QStringLiteral("frontdesk"));
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->text(), QStringLiteral("outpost-desk-demo"));
    EXPECT_FALSE(dialog.isCodeVisible());

    QSignalSpy requested(&dialog, &LoginDialog::loginRequested);
    ASSERT_TRUE(dialog.chooseDemoAccount(QStringLiteral("admin")));
    EXPECT_TRUE(dialog.isCodeVisible());
    dialog.findChild<QPushButton*>(QStringLiteral("loginButton"))->click();
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(requested.at(0).at(0).toString(), QStringLiteral("admin"));
    EXPECT_EQ(requested.at(0).at(2).toString(), QStringLiteral("654321"));
}

TEST(LoginDialogTest, DemoCodeIsTheAdministratorsCurrentCode) {
    const Timestamp now = testing::at("2026-11-24T15:00:00Z");
    const QString code = demoOneTimeCode(now);
    ASSERT_EQ(code.size(), 6);
    auto secret = access::base32_decode(std::string(demo::kAdminTotpSecretBase32));
    ASSERT_TRUE(secret.ok());
    EXPECT_TRUE(access::totp_valid(*secret, code.toStdString(), now));
    EXPECT_FALSE(access::totp_valid(*secret, code.toStdString(), now + std::chrono::minutes(10)));
}

}  // namespace
}  // namespace outpost::ui
