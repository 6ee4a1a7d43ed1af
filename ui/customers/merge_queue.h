#pragma once
// The merge queue: the suggestions (most confident first, with why they look like one person),
// the two profiles of the chosen one side by side field by field with the differences highlighted,
// Approve (the left one survives) and Reject with a reason; below, the merges done with Unmerge
// and the false-merge rate. Works on the engine (CustomerOpsPresenter); errors show in place.

#include <QWidget>

#include <cstdint>
#include <optional>

#include "ui/customers/customer_ops_presenter.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace outpost::ui {

class MergeQueueView final : public QWidget {
    Q_OBJECT

  public:
    explicit MergeQueueView(CustomerOpsPresenter& presenter, QWidget* parent = nullptr);

    [[nodiscard]] QTableWidget* suggestions() const { return m_suggestions; }
    [[nodiscard]] QTableWidget* compare() const { return m_compare; }
    [[nodiscard]] QTableWidget* merges() const { return m_merges; }
    [[nodiscard]] QLineEdit* reasonInput() const { return m_reason; }
    [[nodiscard]] QPushButton* approveButton() const { return m_approve; }
    [[nodiscard]] QPushButton* rejectButton() const { return m_reject; }
    [[nodiscard]] QPushButton* unmergeButton() const { return m_unmerge; }
    // The rows of the compare table that differ between the two profiles.
    [[nodiscard]] int differingRows() const;
    void selectSuggestion(int row);
    void selectMerge(int row);
    void moveSelection(int delta);

  private:
    void fillSuggestions();
    void fillCompare();
    void fillMerges();
    void updateButtons();
    [[nodiscard]] const MergeSuggestion* current() const;

    CustomerOpsPresenter& m_presenter;
    QTableWidget* m_suggestions;
    QLabel* m_compareTitle;
    QTableWidget* m_compare;
    QLineEdit* m_reason;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QTableWidget* m_merges;
    QLabel* m_rate;
    QPushButton* m_unmerge;
    std::optional<std::int64_t> m_shown;  // the suggestion in the compare table
};

}  // namespace outpost::ui
