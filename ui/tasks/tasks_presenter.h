#pragma once
// The Tasks screen's logic: the open tasks of the desk's replica, the person's queue (top N by
// urgency and deadline, capped by capacity), the team board for managers, the selected task's
// context card, and the task commands (claim, release, take over, status, escalate, approvals).
// Everything reads the replica, so the screen works offline; commands queue like every other.
//
// A minute timer moves the countdowns; when one of the person's own tasks reaches its warning the
// presenter says so once (preBreach), for the tray notification.

#include <optional>
#include <set>
#include <vector>

#include <QObject>
#include <QTimer>

#include "domain/clock.h"
#include "domain/user.h"
#include "ui/reviews/review_actions.h"
#include "ui/sync/core_sync.h"

namespace outpost::ui {

class DeskSyncController;

class TasksPresenter final : public QObject {
    Q_OBJECT

  public:
    TasksPresenter(DeskSyncController& sync, ActingUser user, Role role, const Clock& clock, QObject* parent = nullptr);

    void start();
    void reload();

    [[nodiscard]] const std::vector<sync::TaskListItem>& queue() const { return m_queue; }
    [[nodiscard]] const std::vector<sync::TeamRow>& board() const { return m_board; }
    [[nodiscard]] const std::optional<sync::TaskCard>& card() const { return m_card; }
    [[nodiscard]] bool managesTasks() const { return manages_tasks(m_role); }
    [[nodiscard]] const ActingUser& user() const { return m_user; }
    [[nodiscard]] Role role() const { return m_role; }
    [[nodiscard]] Timestamp now() const { return m_clock.now(); }
    [[nodiscard]] int openCount() const { return static_cast<int>(m_tasks.size()); }
    [[nodiscard]] rules::QueueLimits limits() const { return m_limits; }

    // Shows the task's card; opening a card is audited (once per task in a row).
    void select(const QString& taskId);
    [[nodiscard]] QString selectedId() const { return m_selected; }

    void claim();
    void release();
    void takeOver();
    void setStatus(const QString& status);
    void escalate(const QString& reason);
    void requestApproval(const QString& kind, std::int64_t cents, const QString& note);
    void decideApproval(bool approve, const QString& reason);

  signals:
    void queueChanged();
    void cardChanged();
    void actionFailed(const QString& message);
    // One of the person's own tasks reached its warning: `left` is the time to breach in words.
    void preBreach(const QString& taskId, const QString& summary, const QString& left);
    void clockTicked();

  private:
    void submit(const std::string& name, Json args);
    void loadCard();
    void checkWarnings();

    DeskSyncController& m_sync;
    const ActingUser m_user;
    const Role m_role;
    const Clock& m_clock;
    rules::QueueLimits m_limits{10, 8};
    std::vector<sync::TaskListItem> m_tasks;
    std::vector<sync::TaskListItem> m_queue;
    std::vector<sync::TeamRow> m_board;
    std::optional<sync::TaskCard> m_card;
    QString m_selected;
    QString m_audited;           // the card whose opening was audited last
    std::set<std::string> m_warned;  // own tasks already announced as about to breach
    QTimer m_tick;
    quint64 m_generation = 0;    // answers of older reloads are dropped
};

}  // namespace outpost::ui
