#pragma once
// Repositories: the small interfaces the engine stores through. The SQLCipher implementations are
// below; a PostgreSQL backend for scale-out implements the same interfaces.

#include <span>
#include <vector>

#include "domain/customer.h"
#include "domain/org.h"
#include "domain/result.h"
#include "domain/review.h"
#include "store/database.h"

namespace outpost::store {

class OrgRepository {
public:
    virtual ~OrgRepository() = default;
    [[nodiscard]] virtual Result<void> save(const Brand& brand) = 0;
    [[nodiscard]] virtual Result<void> save(const Region& region) = 0;
    [[nodiscard]] virtual Result<void> save(const Location& location) = 0;
    [[nodiscard]] virtual Result<std::vector<Brand>> brands() = 0;
    [[nodiscard]] virtual Result<std::vector<Region>> regions() = 0;
    [[nodiscard]] virtual Result<std::vector<Location>> locations() = 0;
};

class CustomerRepository {
public:
    virtual ~CustomerRepository() = default;
    // Each batch is one transaction; ids of 0 are assigned by the store and written back.
    [[nodiscard]] virtual Result<void> insert(std::span<Profile> profiles) = 0;
    [[nodiscard]] virtual Result<void> insert(std::span<Visit> visits) = 0;
    [[nodiscard]] virtual Result<void> insert(std::span<Lead> leads) = 0;
    [[nodiscard]] virtual Result<std::int64_t> profile_count() = 0;
};

class ReviewRepository {
public:
    virtual ~ReviewRepository() = default;
    // One transaction per batch; a review whose (platform, platform_review_id) exists is a conflict.
    [[nodiscard]] virtual Result<void> insert(std::span<Review> reviews) = 0;
    [[nodiscard]] virtual Result<Review> get(ReviewId id) = 0;
    [[nodiscard]] virtual Result<ReviewPage> find(const ReviewFilter& filter) = 0;
    [[nodiscard]] virtual Result<bool> contains(Platform platform, const std::string& platform_review_id) = 0;
    [[nodiscard]] virtual Result<std::int64_t> count() = 0;
};

class SqlOrgRepository final : public OrgRepository {
public:
    explicit SqlOrgRepository(Database& db) : m_db(db) {}
    Result<void> save(const Brand& brand) override;
    Result<void> save(const Region& region) override;
    Result<void> save(const Location& location) override;
    Result<std::vector<Brand>> brands() override;
    Result<std::vector<Region>> regions() override;
    Result<std::vector<Location>> locations() override;

private:
    Database& m_db;
};

class SqlCustomerRepository final : public CustomerRepository {
public:
    explicit SqlCustomerRepository(Database& db) : m_db(db) {}
    Result<void> insert(std::span<Profile> profiles) override;
    Result<void> insert(std::span<Visit> visits) override;
    Result<void> insert(std::span<Lead> leads) override;
    Result<std::int64_t> profile_count() override;

private:
    Database& m_db;
};

// The review columns every review query selects, in the order read_review reads them (the
// columns may be prefixed by a table alias by the caller).
inline constexpr std::string_view kReviewColumns =
    "id, platform, platform_review_id, location_id, rating, text, author, posted_at, profile_id, status, "
    "assigned_user_id, assigned_name";
// One row of kReviewColumns, starting at column 0.
[[nodiscard]] Result<Review> read_review(const Statement& s);

class SqlReviewRepository final : public ReviewRepository {
public:
    explicit SqlReviewRepository(Database& db) : m_db(db) {}
    Result<void> insert(std::span<Review> reviews) override;
    Result<Review> get(ReviewId id) override;
    Result<ReviewPage> find(const ReviewFilter& filter) override;
    Result<bool> contains(Platform platform, const std::string& platform_review_id) override;
    Result<std::int64_t> count() override;

private:
    Database& m_db;
    Statement m_insert;  // prepared on first use, reused for every row
    bool m_prepared = false;
};

// Milliseconds since the epoch, as timestamps are stored.
[[nodiscard]] inline std::int64_t to_db(Timestamp t) { return t.time_since_epoch().count(); }
[[nodiscard]] inline Timestamp from_db(std::int64_t ms) { return Timestamp(std::chrono::milliseconds(ms)); }

}  // namespace outpost::store
