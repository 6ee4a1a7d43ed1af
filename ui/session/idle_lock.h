#pragma once
// Locks the window after a stretch without keyboard or mouse input: a LockView covers it until
// the signed-in person types their password, checked offline against the VerifierStore.

#include <chrono>

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

class QWidget;

namespace outpost::ui {

class LockView;
class VerifierStore;

class IdleLock final : public QObject {
    Q_OBJECT

  public:
    static constexpr int kDefaultMinutes = 15;

    IdleLock(QWidget& window, VerifierStore& verifiers, QString engineKey, QString username, QString displayName,
             std::chrono::milliseconds idleTime, QObject* parent = nullptr);
    ~IdleLock() override;

    void lock();
    [[nodiscard]] bool isLocked() const { return m_locked; }
    [[nodiscard]] LockView* view() const { return m_view; }
    [[nodiscard]] std::chrono::milliseconds idleTime() const { return m_idleTime; }

    // The idle time from QSettings ("session/lockAfterMinutes"), at least one minute.
    [[nodiscard]] static int configuredMinutes();

  signals:
    void locked();
    void unlocked();
    void signOutRequested();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    void tryUnlock(const QString& password);
    void onVerified(quint64 attempt, bool ok);

    QPointer<QWidget> m_window;
    VerifierStore& m_verifiers;
    const QString m_engineKey;
    const QString m_username;
    const std::chrono::milliseconds m_idleTime;
    QPointer<LockView> m_view;
    QTimer m_timer;
    bool m_locked = false;
    quint64 m_attempt = 0;
};

}  // namespace outpost::ui
