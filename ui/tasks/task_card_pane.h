#pragma once
// The context card of a task: summary, urgency and SLA, the customer's consent and whether their
// automation is paused, what the task came from, why Outpost opened it (decision trace) and what to
// do next, the approval state and the person's own limit, the last three actions, and the buttons
// of what this person may do now.

#include <QFrame>

#include "ui/tasks/tasks_presenter.h"

class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace outpost::ui {

class TaskCardPane final : public QFrame {
    Q_OBJECT

  public:
    explicit TaskCardPane(TasksPresenter& presenter, QWidget* parent = nullptr);

    void showCard();
    // The buttons by their object names: claim, release, takeOver, waiting, resolve, escalate,
    // requestApproval, approve, deny.
    [[nodiscard]] QPushButton* button(const QString& name) const;

    // The actions behind the buttons and the card's shortcuts.
    void claim();
    void takeOver();
    void toggleWaiting();
    void resolve();
    void escalate();
    void requestApproval();
    void decide(bool approve);

  private:
    QWidget* buildCard();
    QPushButton* addButton(QLayout* row, const QString& name, const QString& text, const QString& tip);
    void updateButtons(const sync::TaskCard& card);

    TasksPresenter& m_presenter;
    QStackedWidget* m_pages;
    QLabel* m_chips;
    QLabel* m_summary;
    QLabel* m_meta;
    QLabel* m_customer;
    QLabel* m_source;
    QLabel* m_trace;
    QLabel* m_next;
    QLabel* m_approval;
    QLabel* m_recent;
    std::vector<QPushButton*> m_buttons;
};

}  // namespace outpost::ui
