#pragma once
// "Sync issues": the changes the engine refused, with its reason, and what to do with each one:
// Retry sends it again (as a new change), Discard forgets it. Their effect was already undone on
// this desk. Also says how many changes are still waiting to sync.

#include <QDialog>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace outpost::ui {

class DeskSyncController;
class SyncIssuesModel;

class SyncIssuesDialog final : public QDialog {
    Q_OBJECT

  public:
    explicit SyncIssuesDialog(DeskSyncController& sync, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] SyncIssuesModel* model() const { return m_model; }
    [[nodiscard]] QPushButton* retryButton() const { return m_retry; }
    [[nodiscard]] QPushButton* discardButton() const { return m_discard; }
    [[nodiscard]] QString summaryText() const;
    // Selects the issue in `row`; false when there is none.
    bool selectRow(int row);

  private:
    void reload();
    void updateSummary();
    void updateButtons();
    [[nodiscard]] qint64 selectedIssue() const;

    DeskSyncController& m_sync;
    SyncIssuesModel* m_model;
    QLabel* m_summary;
    QStackedWidget* m_pages;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_retry;
    QPushButton* m_discard;
};

}  // namespace outpost::ui
