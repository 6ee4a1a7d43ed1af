#include "ui/sync/replica_review_source.h"

#include <QPointer>
#include <set>

#include "store/repositories.h"
#include "ui/logging.h"
#include "ui/sync/desk_sync_controller.h"

namespace outpost::ui {
namespace {

// The reviews whose rows a command not yet confirmed by the engine touched. A desk keeps the
// engine's version of every such row aside until the engine confirms (the replica's "shadow"
// table), so these are exactly the rows with changes waiting to sync: reviews directly, and the
// reviews of touched reply drafts (a discarded draft is only in the kept version).
constexpr std::string_view kPendingReviews = R"sql(
SELECT CAST(entity_id AS INTEGER) FROM shadow WHERE entity = 'review'
UNION SELECT d.review_id FROM shadow s JOIN review_reply_draft d ON d.id = s.entity_id
      WHERE s.entity = 'review_reply_draft'
UNION SELECT CAST(json_extract(s.payload, '$.review_id') AS INTEGER) FROM shadow s
      WHERE s.entity = 'review_reply_draft' AND s.payload IS NOT NULL
)sql";

Result<std::vector<std::int64_t>> pendingReviews(store::Database& db) {
    auto stmt = db.prepare(kPendingReviews);
    if (!stmt) return stmt.error();
    return store::collect_rows<std::int64_t>(*stmt, [](const store::Statement& s) -> Result<std::int64_t> {
        return s.int64(0);
    });
}

Result<OrgSnapshot> readOrg(store::Database& db) {
    store::SqlOrgRepository org(db);
    auto brands = org.brands();
    if (!brands) return brands.error();
    auto regions = org.regions();
    if (!regions) return regions.error();
    auto locations = org.locations();
    if (!locations) return locations.error();
    OrgSnapshot snapshot;
    snapshot.brands = std::move(*brands);
    snapshot.locations = std::move(*locations);
    // Regions as the engine lists them: those with a location the person may see.
    std::set<std::string> used;
    for (const auto& l : snapshot.locations) used.insert(l.region_id.value());
    for (auto& r : *regions) {
        if (used.contains(r.id.value())) snapshot.regions.push_back(std::move(r));
    }
    return snapshot;
}

Result<ReviewPageData> readReviews(store::Database& db, const ReviewQuery& query, Timestamp now) {
    const sync::InboxFilter filter = query.inboxFilter();
    const int offset = std::max(query.offset, 0);
    auto page = sync::read_review_inbox(db, filter, now, std::clamp(query.limit, 1, 1000), offset);
    if (!page) return page.error();
    auto pending = pendingReviews(db);
    if (!pending) return pending.error();
    ReviewPageData data;
    data.reviews = std::move(page->reviews);
    data.total = page->total;
    data.offset = offset;
    data.pendingReviewIds = std::move(*pending);
    data.triage = std::move(page->triage);
    data.statusCounts = std::move(page->status_counts);
    if (offset == 0) {
        auto metrics = sync::review_metrics(db, filter, now);
        if (!metrics) return metrics.error();
        data.metrics = *metrics;
    }
    return data;
}

Result<std::vector<ReplyDraft>> readDrafts(store::Database& db, qint64 reviewId) {
    auto stmt = db.prepare(
        "SELECT d.id, d.review_id, d.author_id, d.author_name, d.text, d.version, d.conflict_with, d.created_at, "
        "d.updated_at, EXISTS(SELECT 1 FROM shadow s WHERE s.entity = 'review_reply_draft' AND s.entity_id = d.id) "
        "FROM review_reply_draft d WHERE d.review_id = ?1 ORDER BY d.created_at, d.id");
    if (!stmt) return stmt.error();
    stmt->bind(1, static_cast<std::int64_t>(reviewId));
    return store::collect_rows<ReplyDraft>(*stmt, [](const store::Statement& s) -> Result<ReplyDraft> {
        ReplyDraft d;
        d.id = QString::fromStdString(s.string(0));
        d.reviewId = s.int64(1);
        d.authorId = s.int64(2);
        d.authorName = QString::fromStdString(s.string(3));
        d.text = QString::fromStdString(s.string(4));
        d.version = s.int64(5);
        if (!s.is_null(6)) d.conflictWith = QString::fromStdString(s.string(6));
        d.createdAt = store::from_db(s.int64(7));
        d.updatedAt = store::from_db(s.int64(8));
        d.pending = s.int64(9) != 0;
        return d;
    });
}

}  // namespace

ReplicaReviewSource::ReplicaReviewSource(DeskSyncController& sync, ActingUser user, const Clock& clock, QObject* parent)
    : ReviewSource(parent), m_sync(sync), m_user(std::move(user)), m_clock(clock) {
    connect(&m_sync, &DeskSyncController::dataChanged, this, &ReviewSource::remoteDataChanged);
}

quint64 ReplicaReviewSource::requestLocations() {
    const quint64 id = m_nextId++;
    QPointer<ReplicaReviewSource> self(this);
    m_sync.worker().run<Result<OrgSnapshot>>(
        [](sync::Replica& replica) { return replica.read([](store::Database& db) { return readOrg(db); }); },
        [self, id](Result<OrgSnapshot> org) {
            if (!self) return;
            if (org) {
                emit self->locationsReady(id, *org);
            } else {
                emit self->requestFailed(id, org.error());
            }
        });
    return id;
}

quint64 ReplicaReviewSource::requestReviews(const ReviewQuery& query) {
    const quint64 id = m_nextId++;
    QPointer<ReplicaReviewSource> self(this);
    m_sync.worker().run<Result<ReviewPageData>>(
        [query, now = m_clock.now()](sync::Replica& replica) {
            return replica.read([&query, now](store::Database& db) { return readReviews(db, query, now); });
        },
        [self, id](Result<ReviewPageData> page) {
            if (!self) return;
            if (page) {
                emit self->reviewsReady(id, *page);
            } else {
                emit self->requestFailed(id, page.error());
            }
        });
    return id;
}

void ReplicaReviewSource::submit(const std::string& name, Json args, std::function<void(Result<void>)> done) {
    QPointer<ReplicaReviewSource> self(this);
    qCInfo(lcSync) << "queueing" << QString::fromStdString(name);
    m_sync.worker().run<Result<std::int64_t>>(
        [name, args = std::move(args)](sync::Replica& replica) { return replica.submit(name, args); },
        [self, done = std::move(done)](Result<std::int64_t> queued) {
            if (!self) return;
            if (queued) {
                self->m_sync.refreshCounts();
                self->m_sync.wake();
            }
            if (done) done(queued ? Result<void>() : Result<void>(queued.error()));
        });
}

void ReplicaReviewSource::requestDrafts(qint64 reviewId, std::function<void(Result<std::vector<ReplyDraft>>)> done) {
    QPointer<ReplicaReviewSource> self(this);
    m_sync.worker().run<Result<std::vector<ReplyDraft>>>(
        [reviewId](sync::Replica& replica) {
            return replica.read([reviewId](store::Database& db) { return readDrafts(db, reviewId); });
        },
        [self, done = std::move(done)](Result<std::vector<ReplyDraft>> drafts) {
            if (self && done) done(std::move(drafts));
        });
}

void ReplicaReviewSource::requestReviewCount(std::function<void(qint64)> done) {
    QPointer<ReplicaReviewSource> self(this);
    m_sync.worker().run<qint64>(
        [](sync::Replica& replica) {
            return replica.read([](store::Database& db) { return db.query_int("SELECT count(*) FROM review").value_or(0); });
        },
        [self, done = std::move(done)](qint64 count) {
            if (self && done) done(count);
        });
}

}  // namespace outpost::ui
