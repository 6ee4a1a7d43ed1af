#pragma once
// The Customers screen: "Profiles" (search-as-you-type over the desk's replica with a results list,
// and the chosen customer's profile 360) and, for managers and corporate, "Merge queue" and
// "At-risk" (on the engine). Messages of both sides show in place above the tabs.

#include <QIcon>

#include "domain/clock.h"
#include "ui/shell/screen.h"

class QLineEdit;
class QListWidget;
class QTabWidget;

namespace outpost::ui {

class AtRiskListView;
class CustomerOpsPresenter;
class CustomersPresenter;
class InlineMessage;
class MergeQueueView;
class Profile360View;

class CustomersScreen final : public Screen {
    Q_OBJECT

  public:
    // `ops` may be null: the person does not manage merges or outreach (the tabs are left out).
    CustomersScreen(CustomersPresenter& presenter, CustomerOpsPresenter* ops, const Clock& clock, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;
    void refresh() override;
    void focusFilters() override;
    void selectNext() override;
    void selectPrevious() override;

    [[nodiscard]] QLineEdit* searchField() const { return m_search; }
    [[nodiscard]] QListWidget* results() const { return m_results; }
    [[nodiscard]] Profile360View* profile() const { return m_profile; }
    [[nodiscard]] MergeQueueView* mergeQueue() const { return m_merges; }
    [[nodiscard]] AtRiskListView* atRiskList() const { return m_atRisk; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    // Shows a tab: 0 profiles, 1 merge queue, 2 at-risk (when present).
    void showTab(int index);

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QWidget* buildProfilesPage();
    void fillResults();
    void moveResult(int delta);

    CustomersPresenter& m_presenter;
    CustomerOpsPresenter* m_ops;
    InlineMessage* m_message;
    QTabWidget* m_tabs;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    Profile360View* m_profile = nullptr;
    MergeQueueView* m_merges = nullptr;
    AtRiskListView* m_atRisk = nullptr;
};

}  // namespace outpost::ui
