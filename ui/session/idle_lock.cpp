#include "ui/session/idle_lock.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QWidget>

#include "ui/logging.h"
#include "ui/session/lock_view.h"
#include "ui/session/verifier_store.h"

namespace outpost::ui {
namespace {

constexpr char kMinutesKey[] = "session/lockAfterMinutes";

bool isActivity(QEvent::Type type) {
    switch (type) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
            return true;
        default:
            return false;
    }
}

}  // namespace

IdleLock::IdleLock(QWidget& window, VerifierStore& verifiers, QString engineKey, QString username,
                   QString displayName, std::chrono::milliseconds idleTime, QObject* parent)
    : QObject(parent),
      m_window(&window),
      m_verifiers(verifiers),
      m_engineKey(std::move(engineKey)),
      m_username(std::move(username)),
      m_idleTime(idleTime),
      m_view(new LockView(&window)) {
    m_view->setPerson(displayName, m_username);
    m_view->hide();
    connect(m_view, &LockView::unlockRequested, this, &IdleLock::tryUnlock);
    connect(m_view, &LockView::signOutRequested, this, &IdleLock::signOutRequested);
    m_timer.setSingleShot(true);
    m_timer.setInterval(m_idleTime);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::lock);
    window.installEventFilter(this);
    qApp->installEventFilter(this);
    m_timer.start();
}

IdleLock::~IdleLock() {
    qApp->removeEventFilter(this);
    delete m_view.data();
}

int IdleLock::configuredMinutes() {
    const int minutes = QSettings().value(QLatin1String(kMinutesKey), kDefaultMinutes).toInt();
    return minutes > 0 ? minutes : kDefaultMinutes;
}

void IdleLock::lock() {
    if (m_locked || !m_window || !m_view) return;
    qCInfo(lcShell) << "locking the window after" << m_idleTime.count() / 1000 << "s without input";
    m_locked = true;
    m_timer.stop();
    m_view->setGeometry(m_window->rect());
    m_view->reset();
    m_view->show();
    m_view->raise();
    m_view->reset();
    emit locked();
}

void IdleLock::tryUnlock(const QString& password) {
    const quint64 attempt = ++m_attempt;
    m_verifiers.verify(m_engineKey, m_username, password, [self = QPointer<IdleLock>(this), attempt](bool ok) {
        if (self) self->onVerified(attempt, ok);
    });
}

void IdleLock::onVerified(quint64 attempt, bool ok) {
    if (attempt != m_attempt || !m_locked || !m_view) return;
    if (!ok) {
        m_view->showWrongPassword();
        return;
    }
    qCInfo(lcShell) << "unlocked";
    m_locked = false;
    m_view->hide();
    m_view->reset();
    m_timer.start();
    emit unlocked();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::Resize && m_view) {
        m_view->setGeometry(m_window->rect());
    } else if (!m_locked && isActivity(event->type())) {
        m_timer.start();
    }
    return QObject::eventFilter(watched, event);
}

}  // namespace outpost::ui
