#pragma once
// The reviews screen's logic, without widgets: the filters, the query they make, paging, stale
// answers, errors, and what the detail pane says about a review. Tested offscreen with a fake
// ReviewSource.

#include <optional>

#include <QObject>
#include <QString>

#include "domain/clock.h"
#include "ui/bridge/review_source.h"
#include "ui/models/location_directory.h"
#include "ui/reviews/review_table_model.h"

namespace outpost::ui {

// Everything the detail pane shows about one review, as text.
struct ReviewDetail {
    qint64 id = 0;
    int rating = 0;
    bool negative = false;
    QString ratingText;  // "2 of 5 stars"
    QString author;
    QString platform;
    QString status;
    QString location;     // "Downtown"
    QString region;       // "North"
    QString postedLocal;  // in the location's own time zone
    QString timeZone;     // "America/Chicago"
    QString age;          // "3 days ago"
    QString text;
};

class ReviewsPresenter final : public QObject {
    Q_OBJECT

  public:
    static constexpr int kPageSize = 200;

    ReviewsPresenter(ReviewSource& source, const Clock& clock, QObject* parent = nullptr);

    [[nodiscard]] ReviewTableModel* model() { return &m_model; }
    [[nodiscard]] const LocationDirectory& directory() const { return m_directory; }

    // Loads the locations and the first page.
    void start();
    // Loads again what is shown (at least one page, at most the rows already loaded).
    void refresh();
    // Tries again after an error: the failed page, or everything.
    void retry();

    // Filters; each change reloads from the first page. An empty list means every location.
    void setLocations(std::vector<std::string> locationIds);
    void setRatingRange(std::optional<int> minRating, std::optional<int> maxRating);
    void setPlatform(std::optional<Platform> platform);
    // The filters as a query for the first page.
    [[nodiscard]] const ReviewQuery& filter() const { return m_filter; }

    [[nodiscard]] bool isLoading() const { return m_pending.has_value(); }
    [[nodiscard]] bool hasLoaded() const { return m_loaded; }
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] qint64 total() const { return m_model.total(); }
    [[nodiscard]] int loadedCount() const { return m_model.rowCount(); }

    [[nodiscard]] ReviewDetail detail(const Review& review) const;
    [[nodiscard]] std::optional<ReviewDetail> detailAt(int row) const;

  signals:
    void locationsChanged();
    void loadingChanged(bool loading);
    void errorChanged(const QString& message);
    void countsChanged();
    // A first page replaced the rows (filters changed, refresh, or the engine's data changed).
    void reviewsReplaced();

  private:
    enum class PageKind { first, next };
    struct Pending {
        quint64 id;
        PageKind kind;
    };

    void reload(int depth);
    void loadNextPage();
    void requestLocations();
    void setPending(std::optional<Pending> pending);
    void setError(QString message);
    [[nodiscard]] QString describe(const Error& error) const;

    void onLocationsReady(quint64 id, const OrgSnapshot& org);
    void onReviewsReady(quint64 id, const ReviewPageData& page);
    void onRequestFailed(quint64 id, const Error& error);

    ReviewSource& m_source;
    const Clock& m_clock;
    LocationDirectory m_directory;
    ReviewTableModel m_model;
    ReviewQuery m_filter;
    std::optional<Pending> m_pending;
    std::optional<quint64> m_locationsRequest;
    std::optional<PageKind> m_failedPage;
    bool m_loaded = false;
    QString m_error;
};

}  // namespace outpost::ui
