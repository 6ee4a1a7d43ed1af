#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "store/repositories.h"
#include "store/schema.h"
#include "support/temp_dir.h"

namespace outpost::store {
namespace {

using namespace std::chrono_literals;

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

Location test_location(const std::string& id) {
    Location l;
    l.id = LocationId(id);
    l.region_id = RegionId("r-1");
    l.name = "Studio " + id;
    l.time_zone = "America/Denver";
    l.hours[1] = {{6 * 60, 22 * 60}};
    return l;
}

Review test_review(const std::string& platform_id, const std::string& location, int rating, Timestamp at) {
    Review r;
    r.platform = Platform::google;
    r.platform_review_id = platform_id;
    r.location_id = LocationId(location);
    r.rating = rating;
    r.text = "text of " + platform_id;
    r.author = "Sam T.";
    r.posted_at = at;
    return r;
}

class StoreTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto db = open_engine_store(path(), "correct horse", OpenMode::create_if_missing);
        ASSERT_TRUE(db.ok()) << db.error().message;
        SqlOrgRepository org(*db);
        ASSERT_TRUE(org.save(Brand{BrandId("b-1"), "Brand"}).ok());
        ASSERT_TRUE(org.save(Region{RegionId("r-1"), BrandId("b-1"), "Region"}).ok());
        ASSERT_TRUE(org.save(test_location("loc-1")).ok());
        ASSERT_TRUE(org.save(test_location("loc-2")).ok());
    }
    std::string path() const { return m_dir.file("engine.db"); }
    Database open() {
        auto db = open_engine_store(path(), "correct horse", OpenMode::open_existing);
        EXPECT_TRUE(db.ok()) << (db.ok() ? "" : db.error().message);
        return std::move(db).value();
    }

    testing::TempDir m_dir;
};

TEST_F(StoreTest, WrongPassphraseIsAClearErrorAndLeavesTheFileUntouched) {
    // Settle the WAL so the main file holds everything before taking its bytes.
    {
        auto db = open();
        ASSERT_TRUE(db.exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    }
    const std::string before = read_file(path());
    ASSERT_FALSE(before.empty());
    auto wrong = Database::open(path(), "wrong horse", OpenMode::open_existing);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::wrong_key);
    EXPECT_EQ(wrong.error().message, "wrong passphrase or not an Outpost database");
    EXPECT_EQ(read_file(path()), before);
    EXPECT_TRUE(Database::open(path(), "correct horse", OpenMode::open_existing).ok());
}

TEST_F(StoreTest, FileThatIsNoDatabaseIsRefused) {
    const std::string junk = m_dir.file("junk.db");
    std::ofstream(junk) << std::string(4096, 'x');
    auto db = Database::open(junk, "any", OpenMode::open_existing);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::wrong_key);
}

TEST_F(StoreTest, MissingFileAndEmptyPassphraseAreRefused) {
    auto missing = Database::open(m_dir.file("nothing.db"), "x", OpenMode::open_existing);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
    auto empty = Database::open(path(), "", OpenMode::open_existing);
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().code, ErrorCode::invalid_argument);
}

TEST_F(StoreTest, DataIsEncryptedAtRest) {
    {
        auto db = open();
        SqlReviewRepository reviews(db);
        std::vector<Review> batch{test_review("g-secret", "loc-1", 5, Timestamp(1000ms))};
        batch[0].text = "a very recognisable sentence";
        ASSERT_TRUE(reviews.insert(batch).ok());
        ASSERT_TRUE(db.exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
    }
    const std::string bytes = read_file(path());
    EXPECT_EQ(bytes.find("recognisable"), std::string::npos);
    EXPECT_EQ(bytes.find("SQLite format 3"), std::string::npos);
}

TEST_F(StoreTest, MigrationsSetTheSchemaVersion) {
    auto db = open();
    EXPECT_EQ(db.user_version(), static_cast<int>(engine_migrations().size()));
    // Running them again is a no-op.
    EXPECT_TRUE(migrate(db, engine_migrations()).ok());
}

TEST_F(StoreTest, NewerSchemaIsRefusedWithAClearMessage) {
    {
        auto db = open();
        ASSERT_TRUE(db.exec("PRAGMA user_version = 999").ok());
    }
    auto db = open_engine_store(path(), "correct horse", OpenMode::open_existing);
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().code, ErrorCode::schema_too_new);
    EXPECT_NE(db.error().message.find("newer than this Outpost understands"), std::string::npos);
}

TEST_F(StoreTest, FailedMigrationRollsBackAndKeepsTheVersion) {
    auto db = open();
    const int version = db.user_version();
    std::vector<Migration> list(engine_migrations().begin(), engine_migrations().end());
    list.push_back(sql_migration(version + 1, "broken", "CREATE TABLE extra(x); INSERT INTO nowhere VALUES(1);"));
    auto r = migrate(db, list);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("broken"), std::string::npos);
    EXPECT_EQ(db.user_version(), version);
    auto extra = db.query_int("SELECT count(*) FROM sqlite_master WHERE name = 'extra'");
    ASSERT_TRUE(extra.ok());
    EXPECT_EQ(*extra, 0);
}

TEST_F(StoreTest, RekeyChangesThePassphrase) {
    {
        auto db = open();
        ASSERT_TRUE(db.rekey("new battery staple").ok());
    }
    auto old_key = Database::open(path(), "correct horse", OpenMode::open_existing);
    ASSERT_FALSE(old_key.ok());
    EXPECT_EQ(old_key.error().code, ErrorCode::wrong_key);
    auto db = open_engine_store(path(), "new battery staple", OpenMode::open_existing);
    ASSERT_TRUE(db.ok()) << db.error().message;
    auto locations = db->query_int("SELECT count(*) FROM location");
    ASSERT_TRUE(locations.ok());
    EXPECT_EQ(*locations, 2);
}

TEST_F(StoreTest, TransactionRollsBackUnlessCommitted) {
    auto db = open();
    {
        auto tx = Transaction::begin(db);
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(db.exec("INSERT INTO brand(id, name) VALUES('b-2', 'Other')").ok());
        {
            auto nested = Transaction::begin(db);
            ASSERT_TRUE(nested.ok());
            ASSERT_TRUE(db.exec("INSERT INTO brand(id, name) VALUES('b-3', 'Nested')").ok());
        }  // the savepoint rolls back
        ASSERT_TRUE(tx->commit().ok());
    }
    EXPECT_EQ(*db.query_int("SELECT count(*) FROM brand WHERE id = 'b-2'"), 1);
    EXPECT_EQ(*db.query_int("SELECT count(*) FROM brand WHERE id = 'b-3'"), 0);
    {
        auto tx = Transaction::begin(db);
        ASSERT_TRUE(db.exec("INSERT INTO brand(id, name) VALUES('b-4', 'Dropped')").ok());
    }
    EXPECT_EQ(*db.query_int("SELECT count(*) FROM brand WHERE id = 'b-4'"), 0);
}

TEST_F(StoreTest, NestedSavepointsRollBackOnlyTheirOwnLevel) {
    auto db = open();
    auto ids = [&] {
        auto stmt = db.prepare("SELECT id FROM brand WHERE id LIKE 'n-%' ORDER BY id");
        std::vector<std::string> out;
        while (*stmt->step()) out.push_back(stmt->string(0));
        return out;
    };
    {
        auto outer = Transaction::begin(db);
        ASSERT_TRUE(db.exec("INSERT INTO brand(id, name) VALUES('n-1', 'Outer')").ok());
        {
            auto middle = Transaction::begin(db);
            ASSERT_TRUE(db.exec("INSERT INTO brand(id, name) VALUES('n-2', 'Middle')").ok());
            {
                auto inner = Transaction::begin(db);
                ASSERT_TRUE(db.exec("INSERT INTO brand(id, name) VALUES('n-3', 'Inner')").ok());
            }  // rolled back
            {
                auto kept = Transaction::begin(db);
                ASSERT_TRUE(db.exec("INSERT INTO brand(id, name) VALUES('n-4', 'Kept')").ok());
                ASSERT_TRUE(kept->commit().ok());
            }
            ASSERT_TRUE(middle->commit().ok());
        }
        {
            auto dropped = Transaction::begin(db);
            ASSERT_TRUE(db.exec("INSERT INTO brand(id, name) VALUES('n-5', 'Dropped')").ok());
        }
        ASSERT_TRUE(outer->commit().ok());
    }
    EXPECT_EQ(ids(), (std::vector<std::string>{"n-1", "n-2", "n-4"}));
    EXPECT_FALSE(db.in_transaction());
}

TEST_F(StoreTest, ReviewsAreFilteredAndPaged) {
    auto db = open();
    SqlReviewRepository reviews(db);
    std::vector<Review> batch;
    for (int i = 0; i < 30; ++i) {
        batch.push_back(test_review("g-" + std::to_string(i), i % 2 ? "loc-1" : "loc-2", 1 + i % 5,
                                    Timestamp(std::chrono::hours(i))));
    }
    batch[7].platform = Platform::yelp;
    ASSERT_TRUE(reviews.insert(batch).ok());
    EXPECT_GT(batch[0].id.value(), 0);

    ReviewFilter all;
    all.limit = 10;
    auto page = reviews.find(all);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->total, 30);
    ASSERT_EQ(page->reviews.size(), 10u);
    EXPECT_EQ(page->reviews.front().platform_review_id, "g-29");  // newest first

    ReviewFilter negative;
    negative.locations = {LocationId("loc-1")};
    negative.max_rating = 2;
    auto neg = reviews.find(negative);
    ASSERT_TRUE(neg.ok());
    for (const auto& r : neg->reviews) {
        EXPECT_EQ(r.location_id.value(), "loc-1");
        EXPECT_LE(r.rating, 2);
    }
    EXPECT_EQ(neg->total, 6);

    ReviewFilter yelp;
    yelp.platform = Platform::yelp;
    EXPECT_EQ(reviews.find(yelp)->total, 1);

    ReviewFilter window;
    window.posted_from = Timestamp(std::chrono::hours(10));
    window.posted_to = Timestamp(std::chrono::hours(20));
    EXPECT_EQ(reviews.find(window)->total, 10);

    ReviewFilter bad;
    bad.limit = 0;
    EXPECT_FALSE(reviews.find(bad).ok());
}

TEST_F(StoreTest, DuplicateReviewIsAConflictAndTheBatchRollsBack) {
    auto db = open();
    SqlReviewRepository reviews(db);
    std::vector<Review> first{test_review("g-1", "loc-1", 5, Timestamp(1000ms))};
    ASSERT_TRUE(reviews.insert(first).ok());
    std::vector<Review> second{test_review("g-2", "loc-1", 4, Timestamp(2000ms)),
                               test_review("g-1", "loc-1", 3, Timestamp(3000ms))};
    auto r = reviews.insert(second);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::conflict);
    EXPECT_EQ(*reviews.count(), 1);
    EXPECT_TRUE(*reviews.contains(Platform::google, "g-1"));
    EXPECT_FALSE(*reviews.contains(Platform::google, "g-2"));
}

TEST_F(StoreTest, LocationsKeepTheirHoursAndZone) {
    auto db = open();
    SqlOrgRepository org(db);
    auto locations = org.locations();
    ASSERT_TRUE(locations.ok());
    ASSERT_EQ(locations->size(), 2u);
    EXPECT_EQ(locations->front().time_zone, "America/Denver");
    EXPECT_EQ(locations->front().hours[1], (std::vector<OpeningWindow>{{6 * 60, 22 * 60}}));
    Location unknown = test_location("loc-3");
    unknown.time_zone = "Nowhere/Land";
    EXPECT_FALSE(org.save(unknown).ok());
}

TEST_F(StoreTest, TheSameQueryNestedInsideItselfGetsItsOwnStatement) {
    auto db = open();
    const std::string_view sql = "SELECT id FROM location WHERE id >= ?1 ORDER BY id";
    auto outer = db.prepare(sql);
    ASSERT_TRUE(outer.ok());
    outer->bind(1, std::string_view("loc-1"));
    std::vector<std::string> pairs;
    while (*outer->step()) {
        auto inner = db.prepare(sql);  // the kept one is busy: a fresh statement
        ASSERT_TRUE(inner.ok());
        inner->bind(1, outer->text(0));
        while (*inner->step()) pairs.push_back(outer->string(0) + "/" + inner->string(0));
    }
    EXPECT_EQ(pairs, (std::vector<std::string>{"loc-1/loc-1", "loc-1/loc-2", "loc-2/loc-2"}));
}

TEST_F(StoreTest, AKeptStatementComesBackWithoutItsOldBindingsOrRows) {
    auto db = open();
    const std::string_view sql = "SELECT count(*) FROM location WHERE id = ?1";
    {
        auto first = db.prepare(sql);
        first->bind(1, std::string_view("loc-2"));
        ASSERT_TRUE(*first->step());
        EXPECT_EQ(first->int64(0), 1);
    }  // left on a row: it goes back reset
    auto again = db.prepare(sql);
    ASSERT_TRUE(*again->step());
    EXPECT_EQ(again->int64(0), 0) << "a NULL id matches nothing: the old binding is gone";
}

TEST_F(StoreTest, AStatementLeftOnARowDoesNotHoldTheDatabase) {
    auto db = open();
    {
        auto reading = db.prepare("SELECT id FROM location ORDER BY id");
        ASSERT_TRUE(*reading->step());
    }
    auto other = open();
    auto tx = Transaction::begin(other);
    ASSERT_TRUE(tx.ok()) << tx.error().message;
    ASSERT_TRUE(other.exec("DELETE FROM location WHERE id = 'loc-2'").ok());
    ASSERT_TRUE(tx->commit().ok());
    EXPECT_EQ(*db.query_int("SELECT count(*) FROM location"), 1);
}

TEST_F(StoreTest, SchemaChangesReachKeptStatements) {
    auto db = open();
    const std::string_view sql = "SELECT * FROM brand WHERE id = 'b-1'";
    ASSERT_EQ(db.prepare(sql)->column_count(), 2);
    ASSERT_TRUE(db.exec("ALTER TABLE brand ADD COLUMN motto TEXT").ok());
    auto after = db.prepare(sql);
    ASSERT_TRUE(*after->step());
    EXPECT_EQ(after->column_count(), 3);
}

TEST_F(StoreTest, AStatementMayOutliveItsConnection) {
    Statement left;
    {
        auto db = open();
        auto stmt = db.prepare("SELECT name FROM brand");
        ASSERT_TRUE(stmt.ok());
        ASSERT_TRUE(*stmt->step());
        left = std::move(*stmt);
    }  // the connection closes while the statement is lent
    EXPECT_EQ(left.string(0), "Brand");
    EXPECT_FALSE(*left.step());
    left = Statement();  // finalized now, not given back to the closed cache
    EXPECT_EQ(*open().query_int("SELECT count(*) FROM brand"), 1);
}

}  // namespace
}  // namespace outpost::store
