#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <string>

#include "domain/enums.h"
#include "domain/json_codec.h"
#include "engine/demo_data.h"
#include "store/schema.h"
#include "support/temp_dir.h"

namespace outpost::demo {
namespace {

using namespace std::chrono_literals;

Timestamp test_now() {
    return parse_iso8601("2026-11-24T09:30:00Z").value();
}

Json to_json(const Dataset& d) {
    Json j = Json::object();
    auto add = [&j](const char* name, const auto& items) {
        Json list = Json::array();
        for (const auto& item : items) list.push_back(outpost::to_json(item));
        j[name] = std::move(list);
    };
    add("brands", d.brands);
    add("regions", d.regions);
    add("locations", d.locations);
    add("profiles", d.profiles);
    add("visits", d.visits);
    add("leads", d.leads);
    add("reviews", d.reviews);
    return j;
}

bool mentions_any(const std::string& text, std::initializer_list<const char*> words) {
    return std::any_of(words.begin(), words.end(), [&](const char* w) { return text.find(w) != std::string::npos; });
}

bool is_e164_us(const std::string& phone) {
    return phone.size() == 12 && phone.rfind("+1", 0) == 0 &&
           std::all_of(phone.begin() + 2, phone.end(), [](char c) { return c >= '0' && c <= '9'; });
}

constexpr std::initializer_list<const char*> kSafetyWords = {"lawyer",  "legal action", "discriminat", "medical info",
                                                             "slipped", "injur",        "unsafe",      "resbalé"};

class DemoDataTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() { s_data = new Dataset(generate(42, test_now())); }
    static void TearDownTestSuite() {
        delete s_data;
        s_data = nullptr;
    }
    static const Dataset& data() { return *s_data; }

  private:
    static inline Dataset* s_data = nullptr;
};

TEST_F(DemoDataTest, SameSeedGivesIdenticalDataset) {
    const Dataset again = generate(42, test_now());
    EXPECT_EQ(to_json(data()), to_json(again));
}

TEST_F(DemoDataTest, DifferentSeedGivesDifferentDataset) {
    const Json mine = to_json(data());
    const Json other = to_json(generate(43, test_now()));
    EXPECT_EQ(mine["locations"], other["locations"]);
    EXPECT_NE(mine["profiles"], other["profiles"]);
    EXPECT_NE(mine["reviews"], other["reviews"]);
}

TEST_F(DemoDataTest, CountsMatchTheRequestedSize) {
    const DatasetSize defaults;
    const Dataset& d = data();
    EXPECT_EQ(d.brands.size(), 1U);
    EXPECT_EQ(d.regions.size(), 3U);
    EXPECT_EQ(d.locations.size(), 12U);
    EXPECT_EQ(d.profiles.size(), static_cast<std::size_t>(defaults.profiles));
    EXPECT_EQ(d.reviews.size(), static_cast<std::size_t>(defaults.reviews));
    EXPECT_GE(d.leads.size(), 100U);
    EXPECT_LE(d.leads.size(), 1000U);
    EXPECT_GE(d.visits.size(), 5000U);
    EXPECT_LE(d.visits.size(), 40000U);

    const Dataset small = generate(7, test_now(), DatasetSize{200, 50, 30});
    EXPECT_EQ(small.profiles.size(), 200U);
    EXPECT_EQ(small.reviews.size(), 50U);
    EXPECT_EQ(small.locations.size(), 12U);
}

TEST_F(DemoDataTest, IdsRunFromOneAndReferencesResolve) {
    const Dataset& d = data();
    for (std::size_t i = 0; i < d.profiles.size(); ++i)
        EXPECT_EQ(d.profiles[i].id.value(), static_cast<std::int64_t>(i + 1));
    for (std::size_t i = 0; i < d.visits.size(); ++i)
        ASSERT_EQ(d.visits[i].id.value(), static_cast<std::int64_t>(i + 1));
    for (std::size_t i = 0; i < d.leads.size(); ++i) ASSERT_EQ(d.leads[i].id.value(), static_cast<std::int64_t>(i + 1));
    for (std::size_t i = 0; i < d.reviews.size(); ++i)
        ASSERT_EQ(d.reviews[i].id.value(), static_cast<std::int64_t>(i + 1));

    std::set<std::string> regions;
    for (const auto& r : d.regions) {
        EXPECT_EQ(r.brand_id, d.brands[0].id);
        regions.insert(r.id.value());
    }
    std::set<std::string> locations;
    for (const auto& l : d.locations) {
        EXPECT_TRUE(regions.contains(l.region_id.value())) << l.id.value();
        locations.insert(l.id.value());
    }
    const auto profiles = static_cast<std::int64_t>(d.profiles.size());
    for (const auto& p : d.profiles) ASSERT_TRUE(locations.contains(p.home_location_id.value()));
    for (const auto& v : d.visits) {
        ASSERT_TRUE(locations.contains(v.location_id.value()));
        ASSERT_GE(v.profile_id.value(), 1);
        ASSERT_LE(v.profile_id.value(), profiles);
    }
    int linked = 0;
    for (const auto& r : d.reviews) {
        ASSERT_TRUE(locations.contains(r.location_id.value()));
        if (!r.profile_id) continue;
        ++linked;
        ASSERT_GE(r.profile_id->value(), 1);
        ASSERT_LE(r.profile_id->value(), profiles);
    }
    EXPECT_GT(linked, static_cast<int>(d.reviews.size()) / 5);
    EXPECT_LT(linked, static_cast<int>(d.reviews.size()) * 2 / 5);
}

TEST_F(DemoDataTest, LocationsSpanSeveralTimeZonesWithOpeningHours) {
    std::set<std::string> zones;
    for (const auto& l : data().locations) {
        EXPECT_TRUE(is_known_time_zone(l.time_zone)) << l.time_zone;
        zones.insert(l.time_zone);
        EXPECT_FALSE(l.address.empty());
        for (int day = 1; day <= 5; ++day) EXPECT_FALSE(l.hours[static_cast<std::size_t>(day)].empty()) << l.id.value();
        for (const auto& day : l.hours) {
            int previous_close = -1;
            for (const auto& w : day) {
                EXPECT_LT(w.open_minute, w.close_minute);
                EXPECT_LE(w.close_minute, 24 * 60);
                EXPECT_GE(w.open_minute, previous_close);
                previous_close = w.close_minute;
            }
        }
    }
    EXPECT_GE(zones.size(), 2U);
}

TEST_F(DemoDataTest, ProfilesHaveUniqueContactsAndAStatusMix) {
    std::set<std::string> phones;
    std::set<std::string> emails;
    std::set<std::string> external_ids;
    std::map<MembershipStatus, int> statuses;
    for (const auto& p : data().profiles) {
        EXPECT_TRUE(is_e164_us(p.primary_phone)) << p.primary_phone;
        EXPECT_TRUE(phones.insert(p.primary_phone).second) << p.primary_phone;
        EXPECT_TRUE(emails.insert(p.primary_email).second) << p.primary_email;
        EXPECT_TRUE(external_ids.insert(p.external_id).second) << p.external_id;
        EXPECT_NE(p.primary_email.find('@'), std::string::npos);
        EXPECT_TRUE(
            std::none_of(p.primary_email.begin(), p.primary_email.end(), [](char c) { return c >= 'A' && c <= 'Z'; }));
        EXPECT_FALSE(p.first_name.empty());
        if (p.last_activity_at) {
            EXPECT_LE(*p.last_activity_at, test_now());
        }
        ++statuses[p.membership_status];
    }
    EXPECT_EQ(statuses.size(), 5U);
    const int total = static_cast<int>(data().profiles.size());
    EXPECT_GT(statuses[MembershipStatus::active], total / 2);
}

TEST_F(DemoDataTest, RatingsAreSkewedLikeRealReviews) {
    std::array<int, 6> counts{};
    for (const auto& r : data().reviews) {
        ASSERT_GE(r.rating, 1);
        ASSERT_LE(r.rating, 5);
        ++counts[static_cast<std::size_t>(r.rating)];
    }
    EXPECT_GT(counts[5], counts[4]);
    EXPECT_GT(counts[5], counts[1]);
    EXPECT_GT(counts[1], counts[2]);
    EXPECT_GT(counts[5], static_cast<int>(data().reviews.size()) * 45 / 100);
}

TEST_F(DemoDataTest, EverythingHappensInsideTheWindow) {
    const Timestamp now = test_now();
    const Timestamp earliest = now - std::chrono::hours(24) * DatasetSize{}.days;
    for (const auto& r : data().reviews) {
        ASSERT_LE(r.posted_at, now);
        ASSERT_GE(r.posted_at, earliest);
    }
    for (const auto& v : data().visits) {
        ASSERT_LE(v.visited_at, now);
        ASSERT_GE(v.visited_at, earliest);
    }
    for (const auto& l : data().leads) {
        ASSERT_LE(l.created_at, now);
        ASSERT_GE(l.created_at, earliest);
    }
    EXPECT_TRUE(std::is_sorted(data().reviews.begin(), data().reviews.end(),
                               [](const Review& a, const Review& b) { return a.posted_at < b.posted_at; }));
}

TEST_F(DemoDataTest, RecentReviewsAreMostlyOpenAndOldOnesHandled) {
    const Timestamp now = test_now();
    int recent = 0;
    int recent_open = 0;
    int old = 0;
    int old_handled = 0;
    for (const auto& r : data().reviews) {
        if (now - r.posted_at < 48h) {
            ++recent;
            recent_open += r.status == ReviewStatus::open ? 1 : 0;
        } else if (now - r.posted_at > 24h * 14) {
            ++old;
            old_handled += r.status == ReviewStatus::replied || r.status == ReviewStatus::resolved ? 1 : 0;
        }
    }
    ASSERT_GT(recent, 0);
    ASSERT_GT(old, 0);
    EXPECT_GT(recent_open * 2, recent);
    EXPECT_GT(old_handled * 2, old);
}

TEST_F(DemoDataTest, PlatformIdsAreUniquePerPlatform) {
    std::set<std::pair<Platform, std::string>> ids;
    std::map<Platform, int> platforms;
    for (const auto& r : data().reviews) {
        EXPECT_FALSE(r.platform_review_id.empty());
        EXPECT_TRUE(ids.emplace(r.platform, r.platform_review_id).second) << r.platform_review_id;
        ++platforms[r.platform];
    }
    EXPECT_GT(platforms[Platform::google], platforms[Platform::yelp]);
    EXPECT_GT(platforms[Platform::yelp], 0);
    EXPECT_GT(platforms[Platform::facebook], 0);
}

TEST_F(DemoDataTest, TextsVaryAndMatchTheRating) {
    std::set<std::string> texts;
    int safety = 0;
    int spanish = 0;
    for (const auto& r : data().reviews) {
        EXPECT_FALSE(r.text.empty());
        EXPECT_EQ(r.text.find('{'), std::string::npos) << r.text;
        EXPECT_FALSE(r.author.empty());
        EXPECT_EQ(r.author.back(), '.') << r.author;
        texts.insert(r.text);
        if (mentions_any(r.text, kSafetyWords)) {
            ++safety;
            EXPECT_LE(r.rating, 2) << r.text;
        }
        if (mentions_any(r.text, {"gimnasio", "Muy ", "servicio", "membresía"})) ++spanish;
        if (r.rating == 5) {
            EXPECT_FALSE(mentions_any(r.text, {"cancelling", "Avoid", "Terrible"})) << r.text;
        }
    }
    const auto total = static_cast<int>(data().reviews.size());
    EXPECT_GT(static_cast<int>(texts.size()), total * 3 / 4);
    EXPECT_GE(safety, total / 100);
    EXPECT_LE(safety, total * 5 / 100);
    EXPECT_GT(spanish, 0);
    for (const auto& l : data().leads) EXPECT_FALSE(l.message.empty());
}

TEST_F(DemoDataTest, LoadWritesEverythingIntoTheStore) {
    testing::TempDir dir;
    auto db = store::open_engine_store(dir.file("demo.db"), "test-pass", store::OpenMode::create_if_missing);
    ASSERT_TRUE(db.ok()) << db.error().message;
    Dataset d = generate(42, test_now(), DatasetSize{1000, 400, 60});
    auto loaded = load(*db, d);
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    auto count = [&](const char* table) {
        auto n = db->query_int(std::string("SELECT count(*) FROM ") + table);
        EXPECT_TRUE(n.ok());
        return n.ok() ? *n : -1;
    };
    EXPECT_EQ(count("brand"), 1);
    EXPECT_EQ(count("region"), 3);
    EXPECT_EQ(count("location"), 12);
    EXPECT_EQ(count("profile"), static_cast<std::int64_t>(d.profiles.size()));
    EXPECT_EQ(count("visit"), static_cast<std::int64_t>(d.visits.size()));
    EXPECT_EQ(count("lead"), static_cast<std::int64_t>(d.leads.size()));
    EXPECT_EQ(count("review"), static_cast<std::int64_t>(d.reviews.size()));
    EXPECT_FALSE(db->in_transaction());

    // The same dataset a second time collides with itself and leaves the store as it was.
    Dataset again = generate(42, test_now(), DatasetSize{1000, 400, 60});
    EXPECT_FALSE(load(*db, again).ok());
    EXPECT_EQ(count("review"), static_cast<std::int64_t>(d.reviews.size()));
    EXPECT_FALSE(db->in_transaction());
}

}  // namespace
}  // namespace outpost::demo
