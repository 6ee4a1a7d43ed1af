#pragma once
// The Tasks screen: "My queue" (the person's top tasks with SLA countdown chips, and the selected
// task's card) and, for managers, "Team board" (open work per person: load, at risk, breached).

#include "ui/shell/screen.h"
#include "ui/tasks/tasks_presenter.h"

class QLabel;
class QTableWidget;
class QTabWidget;

namespace outpost::ui {

class InlineMessage;
class TaskCardPane;

class TasksView final : public Screen {
    Q_OBJECT

  public:
    explicit TasksView(TasksPresenter& presenter, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;
    void refresh() override;
    void focusFilters() override;
    void selectNext() override;
    void selectPrevious() override;

    [[nodiscard]] QTableWidget* queueTable() const { return m_queue; }
    [[nodiscard]] QTableWidget* boardTable() const { return m_board; }
    [[nodiscard]] TaskCardPane* card() const { return m_card; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    bool selectTask(const QString& id);

  private:
    QWidget* buildQueuePage();
    QWidget* buildBoardPage();
    void fillQueue();
    void fillBoard();
    void moveSelection(int delta);
    void installShortcuts();

    TasksPresenter& m_presenter;
    InlineMessage* m_message;
    QLabel* m_counts;
    QTabWidget* m_tabs;
    QTableWidget* m_queue = nullptr;
    QTableWidget* m_board = nullptr;
    TaskCardPane* m_card = nullptr;
};

}  // namespace outpost::ui
