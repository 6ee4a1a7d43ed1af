#pragma once
// The Reviews screen's alert banner: one row per open alert (what, where, the counts, when it was
// raised) with Acknowledge; hidden while there is none. Errors show in place.

#include <QFrame>

#include "ui/reviews/alerts_presenter.h"

class QPushButton;
class QVBoxLayout;

namespace outpost::ui {

class InlineMessage;

class AlertBanner final : public QFrame {
    Q_OBJECT

  public:
    explicit AlertBanner(AlertsPresenter& presenter, QWidget* parent = nullptr);

    [[nodiscard]] int rowCount() const;
    // The text of row `row` ("Complaint spike at Austin Mueller — 4 complaints ...").
    [[nodiscard]] QString rowText(int row) const;
    [[nodiscard]] QPushButton* acknowledgeButton(int row) const;
    [[nodiscard]] InlineMessage* message() const { return m_message; }

  private:
    void rebuild();

    AlertsPresenter& m_presenter;
    QVBoxLayout* m_rows;
    InlineMessage* m_message;
};

}  // namespace outpost::ui
