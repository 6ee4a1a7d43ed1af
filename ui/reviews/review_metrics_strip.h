#pragma once
// The metrics of the reviews the filters match, above the list: average rating, reviews per week
// over the last four weeks, response rate (share with a posted reply) and the median time to the
// first reply. The numbers come from core (sync::review_metrics); this strip only words them. Its
// scope line names the locations counted; when one location is drilled into, "All locations"
// goes back.

#include <optional>

#include <QFrame>

#include "sync/review_inbox.h"

class QLabel;
class QToolButton;

namespace outpost::ui {

class ReviewMetricsStrip final : public QFrame {
    Q_OBJECT

  public:
    explicit ReviewMetricsStrip(QWidget* parent = nullptr);

    // `scope`: "All locations", "Central — all locations", "Riverside"; `narrowed` offers the way back.
    void setMetrics(const std::optional<sync::ReviewMetrics>& metrics, const QString& scope, bool narrowed);

    [[nodiscard]] QString averageText() const;
    [[nodiscard]] QString perWeekText() const;
    [[nodiscard]] QString responseRateText() const;
    [[nodiscard]] QString medianReplyText() const;

  signals:
    void allLocationsRequested();

  private:
    QLabel* tile(const QString& caption, const QString& name, const QString& toolTip);

    QLabel* m_scope;
    QToolButton* m_allLocations;
    QLabel* m_average = nullptr;
    QLabel* m_perWeek = nullptr;
    QLabel* m_responseRate = nullptr;
    QLabel* m_medianReply = nullptr;
};

}  // namespace outpost::ui
