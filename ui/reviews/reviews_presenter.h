#pragma once
// The reviews screen's logic, without widgets: the filters, the query they make, paging, stale
// answers, errors, and what the detail pane says about a review. Tested offscreen with a fake
// ReviewSource.

#include <functional>
#include <map>
#include <optional>

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <QString>

#include "domain/clock.h"
#include "ui/bridge/review_source.h"
#include "ui/reviews/review_actions.h"
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
    ReviewStatus statusValue = ReviewStatus::open;
    QString assignee;            // who works on it; empty when nobody
    bool assignedToMe = false;
    bool pending = false;        // changed on this desk, not synced yet
    QString location;     // "Downtown"
    QString region;       // "North"
    QString postedLocal;  // in the location's own time zone
    QString timeZone;     // "America/Chicago"
    QString age;          // "3 days ago"
    QString text;
    QString severity;     // "High"; empty when the review was never triaged
    QStringList reasons;  // every reason code of the triage, as a sentence
    QString sla;          // "Reply due in 3 h"; empty without a running clock
};

class ReviewsPresenter final : public QObject {
    Q_OBJECT

  public:
    static constexpr int kPageSize = 200;

    // Without `actions` the screen only reads (the detail pane shows no actions).
    ReviewsPresenter(ReviewSource& source, const Clock& clock, ReviewActions* actions = nullptr,
                     QObject* parent = nullptr);

    [[nodiscard]] ReviewTableModel* model() { return &m_model; }
    [[nodiscard]] const LocationDirectory& directory() const { return m_directory; }
    [[nodiscard]] const Clock& clock() const { return m_clock; }

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
    void setStatuses(std::vector<ReviewStatus> statuses);
    void setSeverities(std::vector<rules::Severity> severities);
    void setSlaStates(std::vector<sync::InboxSla> states);
    // Every filter at once (a saved view); one reload.
    void setFilters(const ReviewQuery& filters);
    // The filters as a query for the first page.
    [[nodiscard]] const ReviewQuery& filter() const { return m_filter; }

    [[nodiscard]] bool isLoading() const { return m_pending.has_value(); }
    [[nodiscard]] bool hasLoaded() const { return m_loaded; }
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] qint64 total() const { return m_model.total(); }
    [[nodiscard]] int loadedCount() const { return m_model.rowCount(); }
    // Reviews per status under every filter but the status one.
    [[nodiscard]] const std::map<ReviewStatus, std::int64_t>& statusCounts() const { return m_statusCounts; }
    // The metrics of the filter scope; none before the first page.
    [[nodiscard]] const std::optional<sync::ReviewMetrics>& metrics() const { return m_metrics; }
    [[nodiscard]] Timestamp now() const { return m_clock.now(); }

    [[nodiscard]] ReviewDetail detail(const Review& review) const;
    [[nodiscard]] std::optional<ReviewDetail> detailAt(int row) const;
    [[nodiscard]] std::optional<ReviewDetail> detailOf(qint64 reviewId) const;

    // ---- actions (sync commands, applied at once and queued for the engine) ----
    [[nodiscard]] bool canAct() const { return m_actions != nullptr; }
    // The person at this desk (0 when the screen only reads).
    [[nodiscard]] qint64 userId() const { return m_actions ? m_actions->actingUser().id : 0; }
    void setStatus(qint64 reviewId, ReviewStatus status);
    void assignToMe(qint64 reviewId);
    void unassign(qint64 reviewId);
    // Creates a task for the review, or sends its open task one level up (review.escalate).
    void escalate(qint64 reviewId);
    // One command per review; bulkFinished() follows when every one has answered.
    enum class Bulk { acknowledge, assignToMe, resolve, escalate };
    Q_ENUM(Bulk)
    void runBulk(Bulk action, const std::vector<qint64>& reviewIds);
    // A new draft (draftId empty), or an edit of `draftId` as it was at `baseVersion`.
    void saveDraft(qint64 reviewId, const QString& text, const QString& draftId = {}, qint64 baseVersion = 0);
    void discardDraft(qint64 reviewId, const QString& draftId);
    // Loads the reply drafts of a review; draftsChanged() follows.
    void loadDrafts(qint64 reviewId);
    [[nodiscard]] qint64 draftsReview() const { return m_draftsReview; }
    [[nodiscard]] const std::vector<ReplyDraft>& drafts() const { return m_drafts; }

  signals:
    void locationsChanged();
    void loadingChanged(bool loading);
    void errorChanged(const QString& message);
    void countsChanged();
    // A first page replaced the rows (filters changed, refresh, or the engine's data changed).
    void reviewsReplaced();
    void draftsChanged(qint64 reviewId);
    // An action was applied here and queued (the list reloads with it).
    void actionQueued(qint64 reviewId);
    // An action could not be applied on this desk.
    void actionFailed(const QString& message);
    // A bulk action answered for every review: how many were changed, and each refusal.
    void bulkFinished(outpost::ui::ReviewsPresenter::Bulk action, int applied, const QStringList& failures);

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
    void submit(qint64 reviewId, const std::string& name, Json args);
    void submitCommand(const std::string& name, Json args, std::function<void(Result<void>)> done);
    void afterAction(qint64 reviewId);

    ReviewSource& m_source;
    const Clock& m_clock;
    ReviewActions* m_actions;
    qint64 m_draftsReview = 0;
    std::vector<ReplyDraft> m_drafts;
    LocationDirectory m_directory;
    ReviewTableModel m_model;
    ReviewQuery m_filter;
    std::optional<Pending> m_pending;
    std::optional<quint64> m_locationsRequest;
    std::optional<PageKind> m_failedPage;
    bool m_loaded = false;
    QString m_error;
    std::map<ReviewStatus, std::int64_t> m_statusCounts;
    std::optional<sync::ReviewMetrics> m_metrics;
    QTimer m_tick;
};

}  // namespace outpost::ui
