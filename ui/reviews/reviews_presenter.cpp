#include "ui/reviews/reviews_presenter.h"

#include <algorithm>
#include <memory>
#include <unordered_set>

#include <QPointer>

#include "ui/logging.h"
#include "domain/enums.h"
#include "ui/models/display_text.h"
#include "ui/reviews/review_inbox_text.h"

namespace outpost::ui {

ReviewsPresenter::ReviewsPresenter(ReviewSource& source, const Clock& clock, ReviewActions* actions, QObject* parent)
    : QObject(parent), m_source(source), m_clock(clock), m_actions(actions), m_model(m_directory) {
    m_filter.limit = kPageSize;
    connect(&m_source, &ReviewSource::locationsReady, this, &ReviewsPresenter::onLocationsReady);
    connect(&m_source, &ReviewSource::reviewsReady, this, &ReviewsPresenter::onReviewsReady);
    connect(&m_source, &ReviewSource::requestFailed, this, &ReviewsPresenter::onRequestFailed);
    connect(&m_source, &ReviewSource::remoteDataChanged, this, [this] {
        refresh();
        if (m_draftsReview != 0) loadDrafts(m_draftsReview);
    });
    connect(&m_model, &ReviewTableModel::moreRequested, this, &ReviewsPresenter::loadNextPage);
    // The countdown chips move every half minute, like the Tasks screen's.
    m_tick.setInterval(std::chrono::seconds(30));
    connect(&m_tick, &QTimer::timeout, this, [this] { m_model.setNow(m_clock.now()); });
}

void ReviewsPresenter::start() {
    m_model.setNow(m_clock.now());
    m_tick.start();
    requestLocations();
    reload(kPageSize);
}

void ReviewsPresenter::refresh() {
    requestLocations();
    reload(std::clamp(m_model.rowCount(), kPageSize, 1000));
}

void ReviewsPresenter::retry() {
    if (m_failedPage == PageKind::next) {
        m_model.setPagingPaused(false);
        loadNextPage();
    } else {
        refresh();
    }
}

void ReviewsPresenter::setLocations(std::vector<std::string> locationIds) {
    if (locationIds == m_filter.locations) return;
    m_filter.locations = std::move(locationIds);
    reload(kPageSize);
}

void ReviewsPresenter::setRatingRange(std::optional<int> minRating, std::optional<int> maxRating) {
    if (minRating == m_filter.minRating && maxRating == m_filter.maxRating) return;
    m_filter.minRating = minRating;
    m_filter.maxRating = maxRating;
    reload(kPageSize);
}

void ReviewsPresenter::setPlatform(std::optional<Platform> platform) {
    if (platform == m_filter.platform) return;
    m_filter.platform = platform;
    reload(kPageSize);
}

void ReviewsPresenter::setStatuses(std::vector<ReviewStatus> statuses) {
    if (statuses == m_filter.statuses) return;
    m_filter.statuses = std::move(statuses);
    reload(kPageSize);
}

void ReviewsPresenter::setSeverities(std::vector<rules::Severity> severities) {
    if (severities == m_filter.severities) return;
    m_filter.severities = std::move(severities);
    reload(kPageSize);
}

void ReviewsPresenter::setSlaStates(std::vector<sync::InboxSla> states) {
    if (states == m_filter.slaStates) return;
    m_filter.slaStates = std::move(states);
    reload(kPageSize);
}

void ReviewsPresenter::setFilters(const ReviewQuery& filters) {
    if (filters.sameFilters(m_filter)) return;
    const int limit = m_filter.limit;
    m_filter = filters;
    m_filter.limit = limit;
    m_filter.offset = 0;
    reload(kPageSize);
}

void ReviewsPresenter::requestLocations() {
    m_locationsRequest = m_source.requestLocations();
}

void ReviewsPresenter::reload(int depth) {
    ReviewQuery query = m_filter;
    query.offset = 0;
    query.limit = depth;
    qCDebug(lcReviews) << "loading" << QString::fromStdString(query.target());
    setPending(Pending{m_source.requestReviews(query), PageKind::first});
}

void ReviewsPresenter::loadNextPage() {
    if (m_pending) return;  // the answer in flight decides what comes next
    ReviewQuery query = m_filter;
    query.offset = m_model.rowCount();
    query.limit = kPageSize;
    qCDebug(lcReviews) << "loading more" << QString::fromStdString(query.target());
    setPending(Pending{m_source.requestReviews(query), PageKind::next});
}

void ReviewsPresenter::setPending(std::optional<Pending> pending) {
    const bool wasLoading = m_pending.has_value();
    m_pending = pending;
    if (wasLoading != m_pending.has_value()) emit loadingChanged(m_pending.has_value());
}

void ReviewsPresenter::setError(QString message) {
    if (message == m_error) return;
    m_error = std::move(message);
    emit errorChanged(m_error);
}

void ReviewsPresenter::onLocationsReady(quint64 id, const OrgSnapshot& org) {
    if (m_locationsRequest != id) return;
    m_locationsRequest.reset();
    m_directory.reset(org);
    m_model.locationsChanged();
    emit locationsChanged();
}

void ReviewsPresenter::onReviewsReady(quint64 id, const ReviewPageData& page) {
    if (!m_pending || m_pending->id != id) {
        qCDebug(lcReviews) << "ignoring the stale answer" << id;
        return;
    }
    const PageKind kind = m_pending->kind;
    setPending(std::nullopt);
    m_failedPage.reset();
    setError({});
    m_model.setPendingReviews(page.pendingReviewIds);
    m_model.setNow(m_clock.now());
    if (kind == PageKind::first) {
        m_model.resetReviews(page.reviews, page.total);
        m_model.addTriage(page.triage);
        m_statusCounts = page.statusCounts;
        m_metrics = page.metrics;
        m_loaded = true;
        emit reviewsReplaced();
    } else {
        // Reviews posted since the first page shift the offsets; skip the ones already shown.
        std::unordered_set<std::int64_t> shown;
        for (int row = 0; row < m_model.rowCount(); ++row) shown.insert(m_model.reviewAt(row)->id.value());
        std::vector<Review> fresh;
        fresh.reserve(page.reviews.size());
        for (const auto& review : page.reviews) {
            if (!shown.contains(review.id.value())) fresh.push_back(review);
        }
        m_model.appendReviews(std::move(fresh), page.total);
        m_model.addTriage(page.triage);
    }
    emit countsChanged();
}

void ReviewsPresenter::onRequestFailed(quint64 id, const Error& error) {
    if (m_locationsRequest == id) {
        m_locationsRequest.reset();
        qCWarning(lcReviews) << "locations failed:" << QString::fromStdString(error.message);
        if (m_error.isEmpty()) setError(describe(error));
        return;
    }
    if (!m_pending || m_pending->id != id) return;
    const PageKind kind = m_pending->kind;
    setPending(std::nullopt);
    m_failedPage = kind;
    if (kind == PageKind::next) m_model.setPagingPaused(true);
    qCWarning(lcReviews) << "reviews failed:" << QString::fromStdString(error.message);
    setError(describe(error));
}

QString ReviewsPresenter::describe(const Error& error) const {
    const QString message = QString::fromStdString(error.message);
    switch (error.code) {
        case ErrorCode::unavailable:
            return tr("Cannot reach the engine right now. Outpost keeps trying; press F5 to try at once.");
        case ErrorCode::invalid_argument:
            return tr("The engine did not accept the request: %1").arg(message);
        case ErrorCode::permission_denied:
            return tr("You may not see these reviews: %1").arg(message);
        default:
            return tr("The engine could not load the reviews: %1").arg(message);
    }
}

ReviewDetail ReviewsPresenter::detail(const Review& review) const {
    const std::string& locationId = review.location_id.value();
    const QTimeZone zone = m_directory.timeZone(locationId);
    ReviewDetail d;
    d.id = review.id.value();
    d.rating = review.rating;
    d.negative = review.rating <= 2;
    d.ratingText = DisplayText::rating(review.rating);
    d.author = review.author.empty() ? tr("Anonymous") : QString::fromStdString(review.author);
    d.platform = DisplayText::platform(review.platform);
    d.status = DisplayText::status(review.status);
    d.statusValue = review.status;
    d.assignee = QString::fromStdString(review.assigned_name);
    d.assignedToMe = m_actions && review.assigned_user_id && review.assigned_user_id->value() == m_actions->actingUser().id;
    d.pending = m_model.isPending(review.id);
    d.location = m_directory.locationName(locationId);
    d.region = m_directory.regionName(locationId);
    d.postedLocal = DisplayText::longLocalTime(review.posted_at, zone);
    d.timeZone = QString::fromUtf8(zone.id());
    d.age = DisplayText::age(review.posted_at, m_clock.now());
    d.text = QString::fromStdString(review.text);
    if (const auto* t = m_model.triageOf(review.id)) {
        if (t->severity) d.severity = ReviewInboxText::severity(*t->severity);
        d.reasons = ReviewInboxText::reasonsFull(t->reasons);
        d.sla = ReviewInboxText::countdown(*t, m_clock.now());
    }
    return d;
}

std::optional<ReviewDetail> ReviewsPresenter::detailAt(int row) const {
    const Review* review = m_model.reviewAt(row);
    if (!review) return std::nullopt;
    return detail(*review);
}

std::optional<ReviewDetail> ReviewsPresenter::detailOf(qint64 reviewId) const {
    return detailAt(m_model.rowOf(ReviewId(reviewId)));
}

void ReviewsPresenter::setStatus(qint64 reviewId, ReviewStatus status) {
    submit(reviewId, "review.set_status", {{"review_id", reviewId}, {"status", std::string(to_string(status))}});
}

void ReviewsPresenter::assignToMe(qint64 reviewId) {
    if (!m_actions) return;
    const ActingUser me = m_actions->actingUser();
    submit(reviewId, "review.assign", {{"review_id", reviewId}, {"user_id", me.id}, {"user_name", me.name.toStdString()}});
}

void ReviewsPresenter::unassign(qint64 reviewId) {
    submit(reviewId, "review.assign", {{"review_id", reviewId}, {"user_id", nullptr}});
}

void ReviewsPresenter::saveDraft(qint64 reviewId, const QString& text, const QString& draftId, qint64 baseVersion) {
    Json args = {{"review_id", reviewId}, {"text", text.toStdString()}};
    if (!draftId.isEmpty()) {
        args["draft_id"] = draftId.toStdString();
        if (baseVersion > 0) args["base_version"] = baseVersion;
    }
    submit(reviewId, "review.draft_reply", std::move(args));
}

void ReviewsPresenter::discardDraft(qint64 reviewId, const QString& draftId) {
    submit(reviewId, "review.discard_draft", {{"draft_id", draftId.toStdString()}});
}

void ReviewsPresenter::escalate(qint64 reviewId) {
    submit(reviewId, "review.escalate", {{"review_id", reviewId}});
}

void ReviewsPresenter::submitCommand(const std::string& name, Json args, std::function<void(Result<void>)> done) {
    if (!m_actions) return;
    QPointer<ReviewsPresenter> self(this);
    m_actions->submit(name, std::move(args), [self, done = std::move(done)](Result<void> result) {
        if (self) done(std::move(result));
    });
}

void ReviewsPresenter::afterAction(qint64 reviewId) {
    // The replica has the change already: show it at once.
    refresh();
    if (m_draftsReview == reviewId) loadDrafts(reviewId);
    emit actionQueued(reviewId);
}

void ReviewsPresenter::submit(qint64 reviewId, const std::string& name, Json args) {
    submitCommand(name, std::move(args), [this, reviewId](Result<void> done) {
        if (!done) {
            qCWarning(lcReviews) << "action refused on this desk:" << QString::fromStdString(done.error().message);
            emit actionFailed(tr("This change could not be made: %1").arg(QString::fromStdString(done.error().message)));
            return;
        }
        afterAction(reviewId);
    });
}

void ReviewsPresenter::runBulk(Bulk action, const std::vector<qint64>& reviewIds) {
    if (!m_actions || reviewIds.empty()) return;
    struct Run {
        std::size_t waiting = 0;
        int applied = 0;
        QStringList failures;
    };
    auto run = std::make_shared<Run>();
    run->waiting = reviewIds.size();
    const ActingUser me = m_actions->actingUser();
    for (const qint64 id : reviewIds) {
        std::string name = "review.set_status";
        Json args = {{"review_id", id}};
        switch (action) {
            case Bulk::acknowledge: args["status"] = "acknowledged"; break;
            case Bulk::resolve: args["status"] = "resolved"; break;
            case Bulk::assignToMe:
                name = "review.assign";
                args["user_id"] = me.id;
                args["user_name"] = me.name.toStdString();
                break;
            case Bulk::escalate: name = "review.escalate"; break;
        }
        submitCommand(name, std::move(args), [this, run, id, action](Result<void> done) {
            if (done) {
                ++run->applied;
            } else {
                run->failures << tr("Review %1: %2").arg(id).arg(QString::fromStdString(done.error().message));
            }
            if (--run->waiting > 0) return;
            refresh();
            emit bulkFinished(action, run->applied, run->failures);
        });
    }
}

void ReviewsPresenter::loadDrafts(qint64 reviewId) {
    if (!m_actions) return;
    m_draftsReview = reviewId;
    QPointer<ReviewsPresenter> self(this);
    m_actions->requestDrafts(reviewId, [self, reviewId](Result<std::vector<ReplyDraft>> drafts) {
        if (!self || self->m_draftsReview != reviewId) return;
        if (!drafts) {
            qCWarning(lcReviews) << "drafts failed:" << QString::fromStdString(drafts.error().message);
            return;
        }
        self->m_drafts = std::move(*drafts);
        emit self->draftsChanged(reviewId);
    });
}

}  // namespace outpost::ui
