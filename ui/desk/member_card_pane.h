#pragma once
// The opened member on the Front desk screen, large enough to read across a counter: initials
// avatar, name, membership status, ids, visits, consent per channel, the alerts as coloured
// badges with words, the check-in button (F2 or Enter) and the confirmation of the last check-in.

#include <optional>

#include <QFrame>

#include "ui/desk/desk_presenter.h"

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace outpost::ui {

class MemberCardPane final : public QFrame {
    Q_OBJECT

  public:
    explicit MemberCardPane(DeskPresenter& presenter, QWidget* parent = nullptr);

    [[nodiscard]] QPushButton* checkInButton() const { return m_checkIn; }
    [[nodiscard]] QString nameText() const;
    [[nodiscard]] QString statusText() const;
    // The alert badges' words, in order.
    [[nodiscard]] QStringList alertTexts() const;
    [[nodiscard]] QString consentText() const;
    [[nodiscard]] QString confirmationText() const;

  private:
    void fill();
    void clearAlerts();
    void showConfirmation();

    DeskPresenter& m_presenter;
    QWidget* m_empty;
    QWidget* m_content;
    QLabel* m_avatar;
    QLabel* m_name;
    QLabel* m_status;
    QLabel* m_ids;
    QVBoxLayout* m_alerts;
    QLabel* m_visits;
    QLabel* m_atRisk;
    QLabel* m_contact;
    QLabel* m_consent;
    QPushButton* m_checkIn;
    QLabel* m_confirmation;
    std::optional<ProfileId> m_confirmed;  // the member of the confirmation shown
    Timestamp m_confirmedAt{};
};

}  // namespace outpost::ui
