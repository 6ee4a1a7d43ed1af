// The unlock dialog: passphrase rules when creating a store, and a real wrong passphrase against
// a real store giving the inline message, then a retry that opens it.

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "engine/engine.h"
#include "qt_printers.h"
#include "ui/startup/embedded_engine_host.h"
#include "ui/startup/unlock_dialog.h"
#include "ui/startup/unlock_flow.h"

namespace outpost::ui {
namespace {

TEST(UnlockDialogTest, CreatingRefusesAShortPassphrase) {
    UnlockDialog dialog(UnlockDialog::Mode::create);
    QSignalSpy submitted(&dialog, &UnlockDialog::passphraseSubmitted);
    dialog.submitPassphrase(QStringLiteral("short"));
    EXPECT_EQ(submitted.count(), 0);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("at least 8 characters")))
        << dialog.errorText().toStdString();
}

TEST(UnlockDialogTest, CreatingNeedsTheSamePassphraseTwice) {
    UnlockDialog dialog(UnlockDialog::Mode::create);
    dialog.show();
    QSignalSpy submitted(&dialog, &UnlockDialog::passphraseSubmitted);
    auto* first = dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"));
    auto* second = dialog.findChild<QLineEdit*>(QStringLiteral("confirmPassphrase"));
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("unlockButton"));
    ASSERT_TRUE(first && second && button);
    EXPECT_EQ(first->echoMode(), QLineEdit::Password);
    QTest::keyClicks(first, QStringLiteral("correct horse"));
    QTest::keyClicks(second, QStringLiteral("correct house"));
    QTest::mouseClick(button, Qt::LeftButton);
    EXPECT_EQ(submitted.count(), 0);
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("differ")));

    QTest::keyClicks(second, QStringLiteral("correct horse"));
    EXPECT_TRUE(dialog.errorText().isEmpty());  // typing clears the message
    QTest::mouseClick(button, Qt::LeftButton);
    ASSERT_EQ(submitted.count(), 1);
    EXPECT_EQ(submitted.at(0).at(0).toString(), QStringLiteral("correct horse"));
}

TEST(UnlockDialogTest, UnlockingAsksForOneField) {
    UnlockDialog dialog(UnlockDialog::Mode::unlock);
    EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("confirmPassphrase")), nullptr);
    QSignalSpy submitted(&dialog, &UnlockDialog::passphraseSubmitted);
    dialog.submitPassphrase(QString());
    EXPECT_EQ(submitted.count(), 0);
    dialog.submitPassphrase(QStringLiteral("x"));  // no length rule for an existing store
    EXPECT_EQ(submitted.count(), 1);
}

TEST(UnlockDialogTest, AWrongPassphraseShowsTheMessageAndARetryWorks) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("engine.db"));
    auto clock = std::make_shared<SystemClock>();
    {
        engine::EngineConfig config;
        config.store_path = path.toStdString();
        auto created = engine::Engine::open(config, "correct horse battery", *clock);
        ASSERT_TRUE(created.ok()) << created.error().message;
    }

    UnlockDialog dialog(UnlockDialog::Mode::unlock);
    EmbeddedEngineHost host(clock);
    UnlockFlow flow(dialog, host, {path, false});
    dialog.show();
    QSignalSpy errors(&dialog, &UnlockDialog::errorShown);
    QSignalSpy unlocked(&flow, &UnlockFlow::unlocked);

    dialog.submitPassphrase(QStringLiteral("wrong passphrase"));
    EXPECT_TRUE(dialog.isBusy());
    ASSERT_TRUE(errors.wait(20000));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Wrong passphrase or not an Outpost database")))
        << dialog.errorText().toStdString();
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(unlocked.count(), 0);

    dialog.submitPassphrase(QStringLiteral("correct horse battery"));
    ASSERT_TRUE(unlocked.wait(20000));
    EXPECT_GT(unlocked.at(0).at(0).toInt(), 0);
    EXPECT_TRUE(host.isRunning());
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    host.stop();
}

}  // namespace
}  // namespace outpost::ui
