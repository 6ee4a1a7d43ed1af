// Writing an engine row into a replica by its differences: a row restated as it is writes nothing
// (no row, index or search key is touched), a changed row writes only its changed columns (and
// marks its person's search rows for a rebuild), and a row the replica does not have is left to
// the insert. Announcements read without a document: every value kind, and each kind of message
// the desk must leave to a pull.
#include <gtest/gtest.h>

#include "store/schema.h"
#include "support/temp_dir.h"
#include "sync/announcement.h"
#include "sync/entities.h"
#include "sync/replica.h"

namespace outpost::sync {
namespace {

class EntityWriteTest : public ::testing::Test {
protected:
    void SetUp() override {
        auto opened = Replica::open(m_dir.file("desk.db"), "x'" + std::string(64, 'c') + "'", m_clock);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        m_replica = std::move(*opened);
        exec("INSERT INTO location(id, region_id, name, time_zone) VALUES('loc-a', 'r', 'A', 'America/Chicago')");
        exec("INSERT INTO profile(id, first_name, last_name, primary_phone, primary_email, home_location_id, "
             "membership_status, consent_sms, consent_email, member_id, external_id, field_meta) VALUES(7, 'Ana', 'Diaz', "
             "'+15125550123', 'ana@example.com', 'loc-a', 'active', 1, 0, 'M7', 'crm-7', '{\"last_name\":{\"source\":\"crm\"}}')");
    }
    void exec(const std::string& sql) {
        auto done = m_replica->read([&](store::Database& db) { return db.exec(sql); });
        ASSERT_TRUE(done.ok()) << done.error().message << "\n" << sql;
    }
    // Rows the rebuild of marked people's search rows writes.
    std::int64_t refresh() {
        return m_replica->read([&](store::Database& db) {
            const auto before = db.query_int("SELECT total_changes()").value_or(-1);
            auto done = store::refresh_desk_search(db);
            EXPECT_TRUE(done.ok()) << (done.ok() ? "" : done.error().message);
            return db.query_int("SELECT total_changes()").value_or(-1) - before;
        });
    }
    std::int64_t count(const std::string& sql) {
        return m_replica->read([&](store::Database& db) { return db.query_int(sql).value_or(-1); });
    }
    // Rows written by the statements of one RowUpdater::update call (0 when nothing was), the row
    // given as a pull carries it.
    std::pair<bool, std::int64_t> update(const Json& row) {
        return m_replica->read([&](store::Database& db) -> std::pair<bool, std::int64_t> {
            const auto before = db.query_int("SELECT total_changes()").value_or(-1);
            if (!m_updater) {
                auto prepared = RowUpdater::prepare(db, *find_entity("profile"));
                EXPECT_TRUE(prepared.ok());
                m_updater.emplace(std::move(*prepared));
            }
            auto done = m_updater->update(flat_row(row));
            EXPECT_TRUE(done.ok()) << (done.ok() ? "" : done.error().message);
            return {done.value_or(false), db.query_int("SELECT total_changes()").value_or(-1) - before};
        });
    }
    Json stored() {
        return m_replica->read([&](store::Database& db) { return read_entity(db, *find_entity("profile"), "7").value_or(std::nullopt).value_or(Json()); });
    }

    testing::TempDir m_dir;
    ManualClock m_clock{*parse_iso8601("2026-11-24T09:30:00Z")};
    std::unique_ptr<Replica> m_replica;
    std::optional<RowUpdater> m_updater;  // kept, as a replica keeps it: its statements are reused
};

TEST_F(EntityWriteTest, ARowRestatedAsItIsWritesNothing) {
    Json row = stored();
    ASSERT_TRUE(row.is_object());
    const auto [found, written] = update(row);
    EXPECT_TRUE(found);
    EXPECT_EQ(written, 0);
    EXPECT_EQ(stored(), row);
}

TEST_F(EntityWriteTest, OnlyTheChangedColumnsAreWritten) {
    const std::int64_t keys = count("SELECT count(*) FROM desk_search WHERE profile_id = 7");
    ASSERT_GT(keys, 0);
    Json row = stored();
    row["last_name"] = "Ortiz";
    row["consent_email"] = true;  // a boolean arrives as 1
    row["column_of_a_newer_engine"] = "left out";
    const auto [found, written] = update(row);
    EXPECT_TRUE(found);
    const Json after = stored();
    EXPECT_EQ(after["last_name"], "Ortiz");
    EXPECT_EQ(after["consent_email"], 1);
    EXPECT_EQ(after["first_name"], "Ana");
    EXPECT_FALSE(after.contains("column_of_a_newer_engine"));
    // The profile row, and the person marked for their search rows to be rebuilt: the rows stand
    // as they were until the rebuild, which replaces the two keys made of the last name and the
    // last name every row shows.
    EXPECT_EQ(written, 2);
    EXPECT_EQ(count("SELECT count(*) FROM desk_search_stale WHERE profile_id = 7"), 1);
    EXPECT_EQ(count("SELECT count(*) FROM desk_search WHERE key = 'diaz'"), 1);
    // The two keys made of the last name replaced (a deletion and an insertion each), the shown
    // last name of the other rows updated in place, and the mark removed.
    EXPECT_EQ(refresh(), 2 * 2 + (keys - 2) + 1);
    EXPECT_EQ(count("SELECT count(*) FROM desk_search_stale"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM desk_search WHERE profile_id = 7 AND last_name = 'Ortiz'"), keys);
    EXPECT_EQ(count("SELECT count(*) FROM desk_search WHERE key = 'diaz'"), 0);
    EXPECT_EQ(count("SELECT count(*) FROM desk_search WHERE key = 'ortiz' AND profile_id = 7"), 1);
}

TEST_F(EntityWriteTest, JsonColumnsNullsAndNumbersCompareByValue) {
    Json row = stored();
    row["field_meta"] = Json::parse(row["field_meta"].get<std::string>());  // an object, stored as its text
    row["access_card_id"] = nullptr;
    EXPECT_EQ(update(row).second, 0);
    row["field_meta"]["last_name"]["source"] = "desk";
    row["access_card_id"] = "8000001";
    EXPECT_EQ(update(row).second, 2);  // the profile row and its person marked for a search rebuild
    EXPECT_EQ(refresh(), 1 + 1);       // the card's new search key, and the mark removed
    const Json after = stored();
    EXPECT_EQ(Json::parse(after["field_meta"].get<std::string>())["last_name"]["source"], "desk");
    EXPECT_EQ(count("SELECT count(*) FROM desk_search WHERE key = '8000001' AND profile_id = 7"), 1);
}

TEST_F(EntityWriteTest, AMissingRowIsLeftToTheInsert) {
    EXPECT_FALSE(update({{"id", 8}, {"first_name", "Zoe"}}).first);
    EXPECT_FALSE(update({{"first_name", "no key"}}).first);
    EXPECT_EQ(count("SELECT count(*) FROM profile"), 1);
}

// One updater serves rows of one kind whatever their columns: each set is matched to the table's
// and each set of changed columns has its own statement.
TEST_F(EntityWriteTest, RowsWithOtherColumnsAreMatchedAgain) {
    const Json full = stored();
    EXPECT_EQ(update({{"last_name", "Ortiz"}, {"id", 7}}).second, 2);  // the row and its search mark
    Json after = stored();
    EXPECT_EQ(after["last_name"], "Ortiz");
    EXPECT_EQ(after["first_name"], "Ana");
    EXPECT_EQ(update({{"id", 7}, {"first_name", "Eva"}, {"member_id", "M7"}}).second, 1);  // the mark is there already
    after = stored();
    EXPECT_EQ(after["first_name"], "Eva");
    EXPECT_EQ(after["last_name"], "Ortiz");
    EXPECT_EQ(after["member_id"], "M7");
    // The whole row again: the two columns that differ go back, nothing else is written.
    EXPECT_EQ(update(full).second, 1);
    EXPECT_EQ(stored(), full);
    EXPECT_EQ(update(full).second, 0);
}

TEST(AnnouncementTest, ChangesAreReadWithEveryKindOfValue) {
    const auto read = read_announcement(
        R"({"changes":[{"entity":"profile","id":"7","op":"put","seq":41,"value":{"consent_sms":true,"id":7,"last_name":"Ortiz",)"
        R"("lifetime_value_cents":1250.5,"member_id":null}},{"entity":"task","id":"9","op":"delete","seq":42,"value":null}],)"
        R"("from":40,"to":42,"type":"changes","v":1})");
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->from, 40);
    EXPECT_EQ(read->to, 42);
    ASSERT_EQ(read->changes.size(), 2u);
    const AnnouncedChange& put = read->changes[0];
    EXPECT_EQ(put.seq, 41);
    EXPECT_EQ(put.entity, "profile");
    EXPECT_EQ(put.entity_id, "7");
    EXPECT_EQ(put.op, "put");
    const std::vector<std::string> columns = {"consent_sms", "id", "last_name", "lifetime_value_cents", "member_id"};
    EXPECT_EQ(put.row.columns, columns);
    const std::vector<RowValue> values = {std::int64_t{1}, std::int64_t{7}, std::string("Ortiz"), 1250.5, RowValue()};
    EXPECT_EQ(put.row.values, values);
    EXPECT_EQ(read->changes[1].op, "delete");
    EXPECT_TRUE(read->changes[1].row.columns.empty());
    // The same row as a pull carries it reads the same.
    const FlatRow pulled = flat_row(Json::parse(R"({"consent_sms":true,"id":7,"last_name":"Ortiz","lifetime_value_cents":1250.5,"member_id":null})"));
    EXPECT_EQ(pulled.columns, columns);
    EXPECT_EQ(pulled.values, values);
}

TEST(AnnouncementTest, WhatADeskCannotApplyAsItStandsIsLeftToAPull) {
    const std::string change = R"({"entity":"profile","id":"7","op":"put","seq":41,"value":{"id":7}})";
    const auto message = [&](const std::string& changes, const std::string& rest) {
        return R"({"changes":[)" + changes + "]," + rest + "}";
    };
    const std::string good = R"("from":40,"to":41,"type":"changes","v":1)";
    ASSERT_TRUE(read_announcement(message(change, good)).has_value());
    EXPECT_FALSE(read_announcement(R"({"to":41,"type":"poke","v":1})").has_value());
    EXPECT_FALSE(read_announcement(message(change, R"("from":40,"to":41,"type":"changes","v":2)")).has_value());
    EXPECT_FALSE(read_announcement(message(change, R"("to":41,"type":"changes","v":1)")).has_value());
    EXPECT_FALSE(read_announcement(message(change, R"("from":42,"to":41,"type":"changes","v":1)")).has_value());
    EXPECT_FALSE(read_announcement(message(change, good).substr(0, 60)).has_value());  // cut short
    EXPECT_FALSE(read_announcement("not json").has_value());
    EXPECT_FALSE(read_announcement(message(R"({"entity":"profile","id":"7","op":"put","seq":41})", good)).has_value());
    EXPECT_FALSE(read_announcement(message(R"({"entity":"profile","id":"7","op":"move","seq":41,"value":{}})", good)).has_value());
    EXPECT_FALSE(read_announcement(message(R"({"entity":"profile","id":"7","op":"put","seq":0,"value":{}})", good)).has_value());
    EXPECT_FALSE(read_announcement(message(R"({"entity":"profile","id":7,"op":"put","seq":41,"value":{}})", good)).has_value());
    EXPECT_FALSE(read_announcement(message(R"({"entity":"profile","id":"7","op":"put","seq":41,"value":{"meta":{"a":1}}})", good)).has_value());
    EXPECT_FALSE(read_announcement(message(R"({"entity":"profile","id":"7","op":"put","seq":41,"value":{"ids":[1,2]}})", good)).has_value());
    EXPECT_FALSE(read_announcement(message(R"({"entity":"profile","id":"7","op":"put","seq":41,"value":{"n":18446744073709551615}})", good))
                     .has_value());  // past int64
    EXPECT_FALSE(read_announcement(message(change, good + R"(,"changes":[])")).has_value());  // a second list
    EXPECT_FALSE(read_announcement(message(change, good + R"(,"extra":{"a":1})")).has_value());
    EXPECT_FALSE(read_announcement("[" + message(change, good) + "]").has_value());
    EXPECT_FALSE(read_announcement(message(change, good) + " trailing").has_value());
    EXPECT_FALSE(read_announcement(message("1", good)).has_value());  // a change that is no object
}

TEST(AnnouncementTest, EscapesAndCharactersBeyondAsciiArriveAsText) {
    const auto read = read_announcement(
        R"({"v":1,"type":"changes","from":1,"to":2,"note":"scalars beside are ignored","changes":[{"seq":2,"entity":"profile",)"
        R"("id":"7","op":"put","value":{"id":7,"last_name":"Mu\u00f1oz \"Ana\" \ud83d\ude00","first_name":"Zoë"}}]})");
    ASSERT_TRUE(read.has_value());
    ASSERT_EQ(read->changes.size(), 1u);
    const std::vector<RowValue> values = {std::int64_t{7}, std::string("Mu\u00f1oz \"Ana\" \U0001F600"), std::string("Zoë")};
    EXPECT_EQ(read->changes[0].row.values, values);
}

}  // namespace
}  // namespace outpost::sync
