#pragma once
// The at-risk list of a location: members ranked by expected value of outreach, with score, band
// and top reasons; the location's weekly outreach quota and how much is left; the chosen member's
// at-risk panel; "Start outreach" (a task for the member, counted against the quota) and
// "Score again". Works on the engine (CustomerOpsPresenter).

#include <QWidget>

#include "ui/customers/customer_ops_presenter.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace outpost::ui {

class AtRiskPanel;

class AtRiskListView final : public QWidget {
    Q_OBJECT

  public:
    AtRiskListView(CustomerOpsPresenter& presenter, const Clock& clock, QWidget* parent = nullptr);

    [[nodiscard]] QComboBox* locationBox() const { return m_location; }
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    [[nodiscard]] QLabel* quotaLabel() const { return m_quota; }
    [[nodiscard]] AtRiskPanel* panel() const { return m_panel; }
    [[nodiscard]] QPushButton* outreachButton() const { return m_outreach; }
    [[nodiscard]] QLineEdit* noteInput() const { return m_note; }
    void selectRow(int row);
    void moveSelection(int delta);

  private:
    void fillLocations();
    void fillBoard();
    void showMember();
    void updateButtons();
    [[nodiscard]] const AtRiskMember* current() const;

    CustomerOpsPresenter& m_presenter;
    const Clock& m_clock;
    QComboBox* m_location;
    QLabel* m_quota;
    QPushButton* m_recompute;
    QTableWidget* m_table;
    AtRiskPanel* m_panel;
    QLabel* m_member;
    QLineEdit* m_note;
    QPushButton* m_outreach;
};

}  // namespace outpost::ui
