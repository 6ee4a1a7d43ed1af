#include <string>
#include <variant>

#include "domain/enums.h"
#include "store/repositories.h"

namespace outpost::store {

Result<Review> read_review(const Statement& s) {
    Review r;
    r.id = ReviewId(s.int64(0));
    auto platform = enum_from_string<Platform>(s.text(1));
    auto status = enum_from_string<ReviewStatus>(s.text(9));
    if (!platform || !status) {
        return make_error(ErrorCode::internal, "review " + std::to_string(r.id.value()) + " has an unknown platform or status");
    }
    r.platform = *platform;
    r.platform_review_id = s.string(2);
    r.location_id = LocationId(s.string(3));
    r.rating = static_cast<int>(s.int64(4));
    r.text = s.string(5);
    r.author = s.string(6);
    r.posted_at = from_db(s.int64(7));
    if (!s.is_null(8)) r.profile_id = ProfileId(s.int64(8));
    r.status = *status;
    if (!s.is_null(10)) r.assigned_user_id = UserId(s.int64(10));
    r.assigned_name = s.string(11);
    return r;
}

namespace {

constexpr std::string_view kColumns = kReviewColumns;

// The WHERE clause of a filter and the values it binds, in order.
struct Where {
    std::string sql;
    std::vector<std::variant<std::string, std::int64_t>> values;
};

Where build_where(const ReviewFilter& f) {
    Where w;
    std::vector<std::string> clauses;
    if (!f.locations.empty()) {
        std::string in = "location_id IN (";
        for (std::size_t i = 0; i < f.locations.size(); ++i) {
            in += i ? ", ?" : "?";
            w.values.emplace_back(f.locations[i].value());
        }
        clauses.push_back(in + ")");
    }
    auto add = [&](const char* clause, std::variant<std::string, std::int64_t> value) {
        clauses.emplace_back(clause);
        w.values.push_back(std::move(value));
    };
    if (f.min_rating) add("rating >= ?", std::int64_t{*f.min_rating});
    if (f.max_rating) add("rating <= ?", std::int64_t{*f.max_rating});
    if (f.platform) add("platform = ?", std::string(to_string(*f.platform)));
    if (f.status) add("status = ?", std::string(to_string(*f.status)));
    if (f.posted_from) add("posted_at >= ?", to_db(*f.posted_from));
    if (f.posted_to) add("posted_at < ?", to_db(*f.posted_to));
    for (std::size_t i = 0; i < clauses.size(); ++i) w.sql += (i ? " AND " : " WHERE ") + clauses[i];
    return w;
}

void bind_where(Statement& s, const Where& w) {
    for (std::size_t i = 0; i < w.values.size(); ++i) {
        std::visit([&](const auto& value) { s.bind(static_cast<int>(i) + 1, value); }, w.values[i]);
    }
}

}  // namespace

Result<void> SqlReviewRepository::insert(std::span<Review> reviews) {
    auto tx = Transaction::begin(m_db);
    if (!tx) return tx.error();
    static constexpr std::string_view kInsert =
        "INSERT INTO review(id, platform, platform_review_id, location_id, rating, text, author, posted_at, "
        "profile_id, status) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
    if (!m_prepared) {
        auto stmt = m_db.prepare(kInsert);
        if (!stmt) return stmt.error();
        m_insert = std::move(*stmt);
        m_prepared = true;
    }
    for (auto& r : reviews) {
        if (r.rating < 1 || r.rating > 5) {
            return make_error(ErrorCode::invalid_argument, "review.rating: must be an integer from 1 to 5");
        }
        if (r.id.value() == 0) {
            m_insert.bind_null(1);
        } else {
            m_insert.bind(1, r.id.value());
        }
        m_insert.bind_static(2, to_string(r.platform))
            .bind_static(3, r.platform_review_id)
            .bind_static(4, r.location_id.value())
            .bind(5, r.rating)
            .bind_static(6, r.text)
            .bind_static(7, r.author)
            .bind(8, to_db(r.posted_at))
            .bind(9, r.profile_id ? std::optional<std::int64_t>(r.profile_id->value()) : std::nullopt)
            .bind_static(10, to_string(r.status));
        if (auto ok = m_insert.run(); !ok) {
            if (ok.error().code == ErrorCode::conflict) {
                return make_error(ErrorCode::conflict, "review " + std::string(to_string(r.platform)) + "/" +
                                                           r.platform_review_id + " is already stored or refers to an unknown location or profile");
            }
            return ok;
        }
        if (r.id.value() == 0) r.id = ReviewId(m_db.last_insert_rowid());
    }
    return tx->commit();
}

Result<Review> SqlReviewRepository::get(ReviewId id) {
    auto stmt = m_db.prepare("SELECT " + std::string(kColumns) + " FROM review WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id.value());
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return make_error(ErrorCode::not_found, "no review with id " + std::to_string(id.value()));
    return read_review(*stmt);
}

Result<bool> SqlReviewRepository::contains(Platform platform, const std::string& platform_review_id) {
    auto stmt = m_db.prepare("SELECT 1 FROM review WHERE platform = ?1 AND platform_review_id = ?2");
    if (!stmt) return stmt.error();
    stmt->bind_static(1, to_string(platform)).bind(2, platform_review_id);
    return stmt->step();
}

Result<std::int64_t> SqlReviewRepository::count() { return m_db.query_int("SELECT count(*) FROM review"); }

Result<ReviewPage> SqlReviewRepository::find(const ReviewFilter& filter) {
    if (filter.limit < 1 || filter.limit > 1000) {
        return make_error(ErrorCode::invalid_argument, "limit: must be an integer from 1 to 1000");
    }
    if (filter.offset < 0) return make_error(ErrorCode::invalid_argument, "offset: must not be negative");
    const Where where = build_where(filter);
    ReviewPage page;

    auto count = m_db.prepare("SELECT count(*) FROM review" + where.sql);
    if (!count) return count.error();
    bind_where(*count, where);
    auto counted = count->step();
    if (!counted) return counted.error();
    page.total = count->int64(0);

    auto stmt = m_db.prepare("SELECT " + std::string(kColumns) + " FROM review" + where.sql +
                             " ORDER BY posted_at DESC, id DESC LIMIT ? OFFSET ?");
    if (!stmt) return stmt.error();
    bind_where(*stmt, where);
    const int next = static_cast<int>(where.values.size()) + 1;
    stmt->bind(next, filter.limit).bind(next + 1, filter.offset);
    auto reviews = collect_rows<Review>(*stmt, read_review);
    if (!reviews) return reviews.error();
    page.reviews = std::move(*reviews);
    return page;
}

}  // namespace outpost::store
