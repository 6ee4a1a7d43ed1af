// The idle lock: after the idle time a lock view covers the window, and only the signed-in
// person's password (checked offline against the kept argon2id verifier) takes it away.

#include <gtest/gtest.h>

#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "qt_printers.h"
#include "ui/session/idle_lock.h"
#include "ui/session/lock_view.h"
#include "ui/session/verifier_store.h"

namespace outpost::ui {
namespace {

constexpr int kWaitMs = 20000;
const QString kEngine = QStringLiteral("embedded");

TEST(IdleLockTest, VerifierStoreKeepsNoPasswordAndChecksOffline) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    VerifierStore store(dir.filePath(QStringLiteral("verifiers")));
    EXPECT_FALSE(store.has(kEngine, QStringLiteral("austin")));
    QSignalSpy remembered(&store, &VerifierStore::remembered);
    store.remember(kEngine, QStringLiteral("Austin"), QStringLiteral("outpost-manager-demo"));
    ASSERT_TRUE(remembered.wait(kWaitMs));
    EXPECT_TRUE(remembered.at(0).at(0).toBool());
    EXPECT_TRUE(store.has(kEngine, QStringLiteral("austin")));
    EXPECT_FALSE(store.has(QStringLiteral("192.0.2.10:8443"), QStringLiteral("austin")));

    // The file holds an argon2id verifier, not the password.
    QDir folder(dir.filePath(QStringLiteral("verifiers")));
    const auto files = folder.entryList(QDir::Files);
    ASSERT_EQ(files.size(), 1);
    QFile file(folder.filePath(files.first()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    EXPECT_TRUE(stored.startsWith("$argon2id$"));
    EXPECT_FALSE(stored.contains("outpost-manager-demo"));

    std::optional<bool> right;
    std::optional<bool> wrong;
    std::optional<bool> unknown;
    store.verify(kEngine, QStringLiteral("austin"), QStringLiteral("outpost-manager-demo"), [&](bool ok) { right = ok; });
    store.verify(kEngine, QStringLiteral("austin"), QStringLiteral("guess"), [&](bool ok) { wrong = ok; });
    store.verify(kEngine, QStringLiteral("nobody"), QStringLiteral("guess"), [&](bool ok) { unknown = ok; });
    ASSERT_TRUE(QTest::qWaitFor([&] { return right && wrong && unknown; }, kWaitMs));
    EXPECT_TRUE(*right);
    EXPECT_FALSE(*wrong);
    EXPECT_FALSE(*unknown);
}

TEST(IdleLockTest, LocksAfterTheIdleTimeAndUnlocksOnlyWithThePassword) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    VerifierStore store(dir.filePath(QStringLiteral("verifiers")));
    QSignalSpy remembered(&store, &VerifierStore::remembered);
    store.remember(kEngine, QStringLiteral("austin"), QStringLiteral("outpost-manager-demo"));
    ASSERT_TRUE(remembered.wait(kWaitMs));

    QWidget window;
    window.resize(900, 600);
    window.show();
    IdleLock lock(window, store, kEngine, QStringLiteral("austin"), QStringLiteral("Luis Ortega"),
                  std::chrono::milliseconds(150));
    QSignalSpy locked(&lock, &IdleLock::locked);
    QSignalSpy unlocked(&lock, &IdleLock::unlocked);
    EXPECT_FALSE(lock.isLocked());
    ASSERT_TRUE(locked.wait(kWaitMs));
    ASSERT_TRUE(lock.isLocked());
    LockView* view = lock.view();
    ASSERT_NE(view, nullptr);
    EXPECT_TRUE(view->isVisible());
    EXPECT_EQ(view->geometry(), window.rect());  // covers the whole window

    // Follows the window's size.
    window.resize(1000, 700);
    EXPECT_TRUE(QTest::qWaitFor([&] { return view->geometry() == window.rect(); }, kWaitMs));

    view->submitPassword(QStringLiteral("not-my-password"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return !view->errorText().isEmpty(); }, kWaitMs));
    EXPECT_TRUE(lock.isLocked());
    EXPECT_TRUE(view->isVisible());
    EXPECT_EQ(unlocked.count(), 0);

    view->submitPassword(QStringLiteral("outpost-manager-demo"));
    ASSERT_TRUE(unlocked.wait(kWaitMs));
    EXPECT_FALSE(lock.isLocked());
    EXPECT_FALSE(view->isVisible());

    // Idle again: locks again.
    ASSERT_TRUE(locked.wait(kWaitMs));
    EXPECT_EQ(locked.count(), 2);
}

}  // namespace
}  // namespace outpost::ui
