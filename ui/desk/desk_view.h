#pragma once
// The Front desk screen, built for a counter: one large field that takes typing (results as you
// type, arrows and Enter) and a keyboard-wedge card scanner (the card id and Enter opens the member
// at once), the member's card with its alerts and one-key check-in (F2, or Enter on an opened card),
// a walk-in lead form (F3) and the location's "today" list. The field keeps the focus after every
// action, so the next member can be scanned.

#include "ui/desk/desk_presenter.h"
#include "ui/shell/screen.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace outpost::ui {

class InlineMessage;
class MemberCardPane;
class TodayList;
class WalkInDialog;

class DeskView final : public Screen {
    Q_OBJECT

  public:
    explicit DeskView(DeskPresenter& presenter, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;
    void refresh() override;
    void focusFilters() override;
    void selectNext() override;
    void selectPrevious() override;

    [[nodiscard]] QLineEdit* searchField() const { return m_search; }
    [[nodiscard]] QListWidget* results() const { return m_results; }
    [[nodiscard]] MemberCardPane* card() const { return m_card; }
    [[nodiscard]] TodayList* today() const { return m_today; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    [[nodiscard]] QComboBox* locationPicker() const { return m_location; }
    // Opens the walk-in form (F3); it stays open until saved or cancelled.
    WalkInDialog* openWalkIn();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // The field takes the focus whenever the screen shows: the first scan needs no click.
    void showEvent(QShowEvent* event) override;

  private:
    void fillResults();
    void fillLocations();
    void moveResult(int delta);
    // Enter in the field: the highlighted result, else a lookup of the text, else check-in.
    void enter();
    void installShortcuts();

    DeskPresenter& m_presenter;
    QLineEdit* m_search;
    QListWidget* m_results;
    InlineMessage* m_message;
    QComboBox* m_location;
    QPushButton* m_walkIn;
    MemberCardPane* m_card;
    TodayList* m_today;
    qint64 m_shown = 0;  // the member whose card is open
};

}  // namespace outpost::ui
