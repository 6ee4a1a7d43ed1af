#include "domain/json_codec.h"

#include <cstdio>
#include <limits>

#include "domain/json_reader.h"

namespace outpost {
namespace {

struct TooDeep {};

std::string minutes_to_hhmm(int minutes) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d:%02d", minutes / 60, minutes % 60);
    return buf;
}

std::optional<int> hhmm_to_minutes(const std::string& s) {
    if (s.size() != 5 || s[2] != ':') return std::nullopt;
    auto digit = [&](std::size_t i) { return s[i] >= '0' && s[i] <= '9'; };
    if (!digit(0) || !digit(1) || !digit(3) || !digit(4)) return std::nullopt;
    int h = (s[0] - '0') * 10 + (s[1] - '0');
    int m = (s[3] - '0') * 10 + (s[4] - '0');
    if (m > 59 || h > 24 || (h == 24 && m != 0)) return std::nullopt;
    return h * 60 + m;
}

constexpr const char* kWeekdays[7] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

}  // namespace

Result<Json> parse_json(std::string_view text, int max_depth) {
    try {
        Json parsed = Json::parse(
            text.begin(), text.end(),
            [max_depth](int depth, Json::parse_event_t, Json&) {
                if (depth > max_depth) throw TooDeep{};
                return true;
            },
            true);
        return parsed;
    } catch (const TooDeep&) {
        return make_error(ErrorCode::invalid_argument,
                          "JSON nests deeper than " + std::to_string(max_depth) + " levels");
    } catch (const Json::exception& e) {
        return make_error(ErrorCode::invalid_argument, std::string("malformed JSON: ") + e.what());
    }
}

Json to_json(const WeeklyHours& hours) {
    Json out = Json::object();
    for (int d = 0; d < 7; ++d) {
        Json day = Json::array();
        for (const auto& w : hours[d]) day.push_back({minutes_to_hhmm(w.open_minute), minutes_to_hhmm(w.close_minute)});
        out[kWeekdays[d]] = std::move(day);
    }
    return out;
}

Result<WeeklyHours> weekly_hours_from_json(const Json& j, std::string_view path) {
    const std::string base(path);
    if (!j.is_object()) return make_error(ErrorCode::invalid_argument, base + ": must be an object of weekdays");
    WeeklyHours hours;
    for (auto it = j.begin(); it != j.end(); ++it) {
        int day = -1;
        for (int d = 0; d < 7; ++d) {
            if (it.key() == kWeekdays[d]) day = d;
        }
        const std::string where = base + "." + it.key();
        if (day < 0) return make_error(ErrorCode::invalid_argument, where + ": unknown weekday (use sun..sat)");
        if (!it->is_array()) return make_error(ErrorCode::invalid_argument, where + ": must be a list of [open, close]");
        int previous_close = -1;
        for (const auto& w : *it) {
            if (!w.is_array() || w.size() != 2 || !w[0].is_string() || !w[1].is_string()) {
                return make_error(ErrorCode::invalid_argument, where + ": each window is [\"HH:MM\", \"HH:MM\"]");
            }
            auto open = hhmm_to_minutes(w[0].get<std::string>());
            auto close = hhmm_to_minutes(w[1].get<std::string>());
            if (!open || !close || *open >= *close || *open < previous_close) {
                return make_error(ErrorCode::invalid_argument,
                                  where + ": windows must be valid times, open before close, in order, not overlapping");
            }
            previous_close = *close;
            hours[day].push_back({*open, *close});
        }
    }
    return hours;
}

Json to_json(const Brand& v) { return {{"id", v.id.value()}, {"name", v.name}}; }

Json to_json(const Region& v) { return {{"id", v.id.value()}, {"brand_id", v.brand_id.value()}, {"name", v.name}}; }

Json to_json(const Location& v) {
    return {{"id", v.id.value()},           {"region_id", v.region_id.value()}, {"name", v.name},
            {"address", v.address},         {"time_zone", v.time_zone},         {"hours", to_json(v.hours)}};
}

Json to_json(const Profile& v) {
    Json j = {{"id", v.id.value()},
              {"external_id", v.external_id},
              {"first_name", v.first_name},
              {"last_name", v.last_name},
              {"primary_phone", v.primary_phone},
              {"primary_email", v.primary_email},
              {"home_location_id", v.home_location_id.value()},
              {"membership_status", to_string(v.membership_status)},
              {"consent_sms", v.consent_sms},
              {"consent_email", v.consent_email},
              {"lifetime_value_cents", v.lifetime_value_cents}};
    j["last_activity_at"] = v.last_activity_at ? Json(format_iso8601(*v.last_activity_at)) : Json(nullptr);
    return j;
}

Json to_json(const Visit& v) {
    return {{"id", v.id.value()},
            {"profile_id", v.profile_id.value()},
            {"location_id", v.location_id.value()},
            {"visited_at", format_iso8601(v.visited_at)}};
}

Json to_json(const Lead& v) {
    return {{"id", v.id.value()},       {"location_id", v.location_id.value()},
            {"name", v.name},           {"phone", v.phone},
            {"email", v.email},         {"source", to_string(v.source)},
            {"status", to_string(v.status)}, {"message", v.message},
            {"created_at", format_iso8601(v.created_at)}};
}

Json to_json(const Review& v) {
    Json j = {{"id", v.id.value()},
              {"platform", to_string(v.platform)},
              {"platform_review_id", v.platform_review_id},
              {"location_id", v.location_id.value()},
              {"rating", v.rating},
              {"text", v.text},
              {"author", v.author},
              {"posted_at", format_iso8601(v.posted_at)},
              {"status", to_string(v.status)}};
    j["profile_id"] = v.profile_id ? Json(v.profile_id->value()) : Json(nullptr);
    j["assigned_user_id"] = v.assigned_user_id ? Json(v.assigned_user_id->value()) : Json(nullptr);
    j["assigned_name"] = v.assigned_name;
    return j;
}

Result<Brand> brand_from_json(const Json& j) {
    JsonReader r(j, "brand");
    Brand b;
    b.id = BrandId(r.string("id", 64));
    b.name = r.string("name", 200);
    if (!r.ok()) return r.error();
    return b;
}

Result<Region> region_from_json(const Json& j) {
    JsonReader r(j, "region");
    Region v;
    v.id = RegionId(r.string("id", 64));
    v.brand_id = BrandId(r.string("brand_id", 64));
    v.name = r.string("name", 200);
    if (!r.ok()) return r.error();
    return v;
}

Result<Location> location_from_json(const Json& j) {
    JsonReader r(j, "location");
    Location v;
    v.id = LocationId(r.string("id", 64));
    v.region_id = RegionId(r.string("region_id", 64));
    v.name = r.string("name", 200);
    v.address = r.optional_string("address", 400).value_or("");
    v.time_zone = r.string("time_zone", 64);
    if (r.ok() && !is_known_time_zone(v.time_zone)) r.fail("time_zone", "'" + v.time_zone + "' is not an IANA time zone");
    const Json* hours = r.child("hours");
    if (!r.ok()) return r.error();
    if (hours) {
        auto parsed = weekly_hours_from_json(*hours, "location.hours");
        if (!parsed) return parsed.error();
        v.hours = std::move(*parsed);
    }
    return v;
}

Result<Profile> profile_from_json(const Json& j) {
    JsonReader r(j, "profile");
    Profile v;
    v.id = ProfileId(r.optional_integer("id", 0, std::numeric_limits<std::int64_t>::max()).value_or(0));
    v.external_id = r.optional_string("external_id", 128).value_or("");
    v.first_name = r.string("first_name", 200);
    v.last_name = r.optional_string("last_name", 200).value_or("");
    v.primary_phone = r.optional_string("primary_phone", 32).value_or("");
    v.primary_email = r.optional_string("primary_email", 254).value_or("");
    v.home_location_id = LocationId(r.string("home_location_id", 64));
    v.membership_status = r.enumeration<MembershipStatus>("membership_status", MembershipStatus::prospect);
    v.consent_sms = r.boolean("consent_sms", false);
    v.consent_email = r.boolean("consent_email", false);
    v.lifetime_value_cents = r.optional_integer("lifetime_value_cents", 0, 1'000'000'000'00).value_or(0);
    v.last_activity_at = r.optional_timestamp("last_activity_at");
    if (!r.ok()) return r.error();
    return v;
}

Result<Review> review_from_json(const Json& j) {
    JsonReader r(j, "review");
    Review v;
    v.id = ReviewId(r.optional_integer("id", 0, std::numeric_limits<std::int64_t>::max()).value_or(0));
    v.platform = r.enumeration<Platform>("platform");
    v.platform_review_id = r.string("platform_review_id", 256);
    v.location_id = LocationId(r.string("location_id", 64));
    v.rating = static_cast<int>(r.integer("rating", 1, 5));
    v.text = r.optional_string("text", 20000).value_or("");
    v.author = r.optional_string("author", 200).value_or("");
    v.posted_at = r.timestamp("posted_at");
    if (auto p = r.optional_integer("profile_id", 1, std::numeric_limits<std::int64_t>::max())) v.profile_id = ProfileId(*p);
    v.status = r.enumeration<ReviewStatus>("status", ReviewStatus::open);
    if (r.ok() && v.platform_review_id.empty()) r.fail("platform_review_id", "must not be empty");
    if (r.ok() && v.location_id.value().empty()) r.fail("location_id", "must not be empty");
    if (!r.ok()) return r.error();
    return v;
}

}  // namespace outpost
