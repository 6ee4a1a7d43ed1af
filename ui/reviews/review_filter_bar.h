#pragma once
// The reviews' filters: location (or a whole region), rating band and platform.

#include <optional>
#include <string>
#include <vector>

#include <QWidget>

#include "domain/review.h"

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
    [[nodiscard]] std::optional<int> minRating() const;
    [[nodiscard]] std::optional<int> maxRating() const;
    [[nodiscard]] std::optional<Platform> platform() const;

    // Chooses a rating band by its bounds; returns false when no choice has them.
    bool selectRatingRange(std::optional<int> minRating, std::optional<int> maxRating);
    bool selectLocation(const std::string& locationId);
    void reset();
    void focusFirst();

  signals:
    void locationsChanged();
    void ratingChanged();
    void platformChanged();

  private:
    void addRating(const QString& text, int minRating, int maxRating);

    QComboBox* m_location;
    QComboBox* m_rating;
    QComboBox* m_platform;
    QToolButton* m_reset;
    QStandardItemModel* m_locationModel;
};

}  // namespace outpost::ui
