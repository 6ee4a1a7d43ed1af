#pragma once
// Tests of desks against an in-process engine: headless desks by demo user name, reads of a desk's
// replica, the engine's audit log.

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>

#include "support/desk_harness.h"
#include "support/engine_fixture.h"

// One sync round that must succeed; the engine's error when it does not.
#define ASSERT_SYNCED(desk)                                                      \
    do {                                                                         \
        auto round_ = (desk).sync();                                             \
        ASSERT_TRUE(round_.ok()) << round_.error().message;                      \
    } while (false)

namespace outpost::testing {

// A high-urgency manual task at `location`.
inline Json task_args(const std::string& location, const std::string& summary, const std::string& urgency = "high") {
    return {{"type", "complaint"}, {"source", "manual"}, {"location_id", location}, {"urgency", urgency},
            {"summary", summary}};
}

class DeskTest : public EngineFixture {
protected:
    std::unique_ptr<Desk> desk(const std::string& username) {
        auto d = std::make_unique<Desk>(*m_engine, m_clock, m_dir.file(username + "-" + std::to_string(++m_desks) + ".db"));
        d->login(login_body(username));
        return d;
    }

    // A replica's files as they are on disk now (what a crash would leave), copied and opened.
    std::unique_ptr<Desk> files_now(const std::string& path, const std::string& copy_name) {
        const std::string copy = m_dir.file(copy_name);
        std::filesystem::copy_file(path, copy);
        if (std::filesystem::exists(path + "-wal")) std::filesystem::copy_file(path + "-wal", copy + "-wal");
        return std::make_unique<Desk>(*m_engine, m_clock, copy);
    }

    template <typename T>
    static T scalar(Desk& d, const std::string& sql) {
        return d.replica().read([&](store::Database& db) {
            auto stmt = db.prepare(sql);
            EXPECT_TRUE(stmt.ok());
            auto has = stmt->step();
            EXPECT_TRUE(has.ok() && *has) << sql;
            if constexpr (std::is_same_v<T, std::string>) {
                return stmt->string(0);
            } else {
                return static_cast<T>(stmt->int64(0));
            }
        });
    }
    // Entries of one action in the engine's audit log, paging back through all of them.
    std::int64_t audit_count(const std::string& action) {
        std::int64_t count = 0;
        std::string before;
        while (true) {
            Json entries = body_of(call("GET", "/v1/audit?limit=1000&action=" + action + before))["entries"];
            count += static_cast<std::int64_t>(entries.size());
            if (entries.size() < 1000) return count;
            before = "&before=" + std::to_string(entries.back()["seq"].get<std::int64_t>());
        }
    }

    int m_desks = 0;
};

}  // namespace outpost::testing
