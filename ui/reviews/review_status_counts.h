#pragma once
// The counts per status above the review list ("Open 12 · Acknowledged 3 · Replied 8 · Resolved
// 40"), under every filter but the status one. Each count is a button: clicking it shows only
// that status, clicking the status shown again shows every status.

#include <map>
#include <vector>

#include <QWidget>

#include "domain/review.h"

class QToolButton;

namespace outpost::ui {

class ReviewStatusCounts final : public QWidget {
    Q_OBJECT

  public:
    explicit ReviewStatusCounts(QWidget* parent = nullptr);

    // The counts, and the statuses the list shows now (the chosen one is marked).
    void setCounts(const std::map<ReviewStatus, std::int64_t>& counts, const std::vector<ReviewStatus>& shown);
    [[nodiscard]] QToolButton* button(ReviewStatus status) const;

  signals:
    // The statuses to show: one, or none for every status.
    void statusesChosen(const std::vector<outpost::ReviewStatus>& statuses);

  private:
    std::map<ReviewStatus, QToolButton*> m_buttons;
    std::vector<ReviewStatus> m_shown;
};

}  // namespace outpost::ui
