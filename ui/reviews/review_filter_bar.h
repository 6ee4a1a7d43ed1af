#pragma once
// The reviews' filters: location (or a whole region), rating band, platform, severity, status and
// SLA state. Severity, status and SLA choices may stand for several values ("Needs reply").

#include <optional>
#include <string>
#include <vector>

#include <QWidget>

#include "domain/review.h"
#include "ui/bridge/review_query.h"

class QComboBox;
class QLabel;
class QStandardItemModel;
class QToolButton;

namespace outpost::ui {

class LocationDirectory;

class ReviewFilterBar final : public QWidget {
    Q_OBJECT

  public:
    explicit ReviewFilterBar(QWidget* parent = nullptr);

    // Fills the location choices, keeping the current choice when it still exists.
    void setDirectory(const LocationDirectory& directory);

    [[nodiscard]] std::vector<std::string> locations() const;
    // The location choice as shown: "All locations", "Central — all locations", "Riverside".
    [[nodiscard]] QString locationText() const;
    [[nodiscard]] std::optional<int> minRating() const;
    [[nodiscard]] std::optional<int> maxRating() const;
    [[nodiscard]] std::optional<Platform> platform() const;
    [[nodiscard]] std::vector<rules::Severity> severities() const;
    [[nodiscard]] std::vector<ReviewStatus> statuses() const;
    [[nodiscard]] std::vector<sync::InboxSla> slaStates() const;
    // Every filter as a query (first page).
    [[nodiscard]] ReviewQuery filters() const;
    // Shows `filters` (a saved view) without emitting a change per box; filtersApplied() follows.
    // A location no longer in the directory falls back to every location.
    void apply(const ReviewQuery& filters);
    // Chooses one status (the counts above the list); an empty list is every status.
    void selectStatuses(const std::vector<ReviewStatus>& statuses);

    // Chooses a rating band by its bounds; returns false when no choice has them.
    bool selectRatingRange(std::optional<int> minRating, std::optional<int> maxRating);
    bool selectLocation(const std::string& locationId);
    void reset();
    void focusFirst();

  signals:
    void locationsChanged();
    void ratingChanged();
    void platformChanged();
    void severityChanged();
    void statusChanged();
    void slaChanged();
    void filtersApplied();

  private:
    void addRating(const QString& text, int minRating, int maxRating);
    static void addChoice(QComboBox* box, const QString& text, const QStringList& codes);
    static QStringList codes(const QComboBox* box);
    static bool selectCodes(QComboBox* box, const QStringList& codes);

    QComboBox* m_location;
    QComboBox* m_rating;
    QComboBox* m_platform;
    QComboBox* m_severity;
    QComboBox* m_status;
    QComboBox* m_sla;
    QToolButton* m_reset;
    QStandardItemModel* m_locationModel;
};

}  // namespace outpost::ui
