#include "engine/demo_alerts.h"

#include "ingest/review_import.h"

namespace outpost::demo {
namespace {

struct Complaint {
    int minutes_ago;
    int rating;
    const char* author;
    const char* text;
};

// Written by people who were there; no real names.
constexpr Complaint kComplaints[] = {
    {24, 1, "Marisol Vega",
     "The AC is out again and nobody at the desk could tell us when it gets fixed. Spin class was unbearable, "
     "two people felt dizzy. I want my month back."},
    {17, 2, "Trent Okafor",
     "Locker room showers were cold and the air was so stuffy I left after ten minutes. Staff shrugged."},
    {11, 1, "Hannah Lindqvist",
     "The water fountain leaks when the AC is out and I slipped on the puddle and hurt my wrist. "
     "Nobody had put up a sign."},
    {5, 2, "Devin Marsh",
     "Third time this month the place is over 85 degrees inside. Manager was not around to talk to."},
};

}  // namespace

Result<std::int64_t> seed_alerts(store::Database& db, Timestamp now) {
    Json reviews = Json::array();
    int n = 0;
    for (const Complaint& c : kComplaints) {
        reviews.push_back({{"platform", "google"},
                           {"location_id", "loc-austin-mueller"},
                           {"rating", c.rating},
                           {"text", c.text},
                           {"author", c.author},
                           {"posted_at", format_iso8601(now - std::chrono::minutes(c.minutes_ago))},
                           {"platform_id", "demo-spike-" + std::to_string(++n)}});
    }
    const std::string raw = Json{{"reviews", reviews}}.dump();
    auto parsed = ingest::parse_reviews(raw, ingest::ReviewFormat::generic);
    if (!parsed) return parsed.error();
    ManualClock clock(now);
    ingest::ReviewImporter importer(db, clock);
    ingest::ImportOptions options;
    options.source = "import:demo";
    auto summary = importer.import(std::move(*parsed), options, raw);
    if (!summary) return summary.error();
    return summary->alerts;
}

}  // namespace outpost::demo
