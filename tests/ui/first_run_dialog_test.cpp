// The first-run choice, the remembered settings and the --server address.

#include <gtest/gtest.h>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>

#include "qt_printers.h"
#include "ui/startup/first_run_dialog.h"
#include "ui/startup/launch_options.h"
#include "ui/widgets/inline_message.h"

namespace outpost::ui {
namespace {

TEST(FirstRunDialogTest, EmbeddedIsTheDefault) {
    FirstRunDialog dialog;
    dialog.show();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.choice().mode, LaunchChoice::Mode::embedded);
}

TEST(FirstRunDialogTest, AServerNeedsAHost) {
    FirstRunDialog dialog;
    dialog.show();
    dialog.findChild<QRadioButton*>(QStringLiteral("serverChoice"))->setChecked(true);
    dialog.accept();
    EXPECT_TRUE(dialog.isVisible());
    auto* error = dialog.findChild<InlineMessage*>();
    ASSERT_NE(error, nullptr);
    EXPECT_TRUE(error->isVisible());
    EXPECT_FALSE(error->text().isEmpty());

    dialog.findChild<QLineEdit*>(QStringLiteral("serverHost"))->setText(QStringLiteral("10.0.0.5:9000"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const LaunchChoice choice = dialog.choice();
    EXPECT_EQ(choice.mode, LaunchChoice::Mode::server);
    EXPECT_EQ(choice.server.host, QStringLiteral("10.0.0.5"));
    EXPECT_EQ(choice.server.port, 9000);
}

TEST(FirstRunDialogTest, TlsIsOnAndOffOnlyForLoopback) {
    FirstRunDialog dialog;
    dialog.show();
    dialog.findChild<QRadioButton*>(QStringLiteral("serverChoice"))->setChecked(true);
    auto* tls = dialog.findChild<QCheckBox*>(QStringLiteral("serverTls"));
    ASSERT_NE(tls, nullptr);
    EXPECT_TRUE(tls->isChecked());
    auto* host = dialog.findChild<QLineEdit*>(QStringLiteral("serverHost"));
    host->setText(QStringLiteral("192.0.2.10"));
    tls->setChecked(false);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_TRUE(dialog.findChild<InlineMessage*>()->text().contains(QStringLiteral("Without TLS")));
    host->setText(QStringLiteral("127.0.0.1"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.choice().server.tls);
    EXPECT_TRUE(isLoopbackHost(QStringLiteral("localhost")));
    EXPECT_FALSE(isLoopbackHost(QStringLiteral("128.0.0.1")));
}

TEST(LaunchOptionsTest, ParsesServerAddresses) {
    EXPECT_EQ(parseServerAddress(QStringLiteral("192.0.2.10:8443")),
              (ServerAddress{QStringLiteral("192.0.2.10"), 8443}));
    EXPECT_EQ(parseServerAddress(QStringLiteral("10.1.2.3")),
              (ServerAddress{QStringLiteral("10.1.2.3"), kDefaultServerPort}));
    EXPECT_EQ(parseServerAddress(QStringLiteral("[::1]:9000")), (ServerAddress{QStringLiteral("::1"), 9000}));
    EXPECT_EQ(parseServerAddress(QStringLiteral("::1")), (ServerAddress{QStringLiteral("::1"), kDefaultServerPort}));
    EXPECT_FALSE(parseServerAddress(QStringLiteral("")));
    EXPECT_FALSE(parseServerAddress(QStringLiteral("host:0")));
    EXPECT_FALSE(parseServerAddress(QStringLiteral("host:70000")));
    EXPECT_FALSE(parseServerAddress(QStringLiteral("host:port")));
    EXPECT_FALSE(parseServerAddress(QStringLiteral(":8443")));
}

TEST(LaunchOptionsTest, RemembersTheChoice) {
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("outpost.ini")), QSettings::IniFormat);
    EXPECT_FALSE(StartupSettings::load(settings));
    const LaunchChoice server{LaunchChoice::Mode::server, {QStringLiteral("10.0.0.5"), 9000}};
    StartupSettings::save(settings, server);
    EXPECT_EQ(StartupSettings::load(settings), server);
    StartupSettings::save(settings, LaunchChoice{});
    EXPECT_EQ(StartupSettings::load(settings), LaunchChoice{});
}

}  // namespace
}  // namespace outpost::ui
