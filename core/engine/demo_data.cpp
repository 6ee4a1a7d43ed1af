#include "engine/demo_data.h"

#include <date/date.h>
#include <date/tz.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <exception>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "engine/demo_text.h"
#include "store/repositories.h"

namespace outpost::demo {
namespace {

using std::chrono::minutes;
using std::chrono::seconds;

constexpr std::string_view kBrandId = "brand-1";
constexpr std::string_view kBrandName = "Ironleaf Fitness";

enum class HoursPlan { standard, early, split, boutique, extended };

struct RegionSpec {
    std::string_view id;
    std::string_view name;
};

constexpr RegionSpec kRegions[] = {{"region-east", "East"}, {"region-south", "South"}, {"region-west", "West"}};

struct LocationSpec {
    std::string_view id;
    std::string_view region_id;
    std::string_view name;
    std::string_view address;
    std::string_view time_zone;
    int standard_offset_hours;  // used only when the system has no tz database
    HoursPlan plan;
    int weight;  // relative number of members
    std::array<int, 2> area_codes;
};

// clang-format off
constexpr LocationSpec kLocations[] = {
    {"loc-boston-back-bay", "region-east", "Boston Back Bay", "221 Newbury St, Boston, MA 02116", "America/New_York",
     -5, HoursPlan::early, 10, {617, 857}},
    {"loc-brooklyn-heights", "region-east", "Brooklyn Heights", "96 Montague St, Brooklyn, NY 11201",
     "America/New_York", -5, HoursPlan::standard, 12, {718, 347}},
    {"loc-atlanta-midtown", "region-east", "Atlanta Midtown", "1080 Peachtree St NE, Atlanta, GA 30309",
     "America/New_York", -5, HoursPlan::extended, 9, {404, 678}},
    {"loc-charlotte-south-end", "region-east", "Charlotte South End", "1520 South Blvd, Charlotte, NC 28203",
     "America/New_York", -5, HoursPlan::split, 7, {704, 980}},
    {"loc-austin-downtown", "region-south", "Austin Downtown", "612 Congress Ave, Austin, TX 78701",
     "America/Chicago", -6, HoursPlan::extended, 12, {512, 737}},
    {"loc-austin-mueller", "region-south", "Austin Mueller", "1900 Aldrich St, Austin, TX 78723", "America/Chicago",
     -6, HoursPlan::split, 8, {512, 737}},
    {"loc-dallas-uptown", "region-south", "Dallas Uptown", "2710 McKinney Ave, Dallas, TX 75204", "America/Chicago",
     -6, HoursPlan::early, 9, {214, 469}},
    {"loc-houston-heights", "region-south", "Houston Heights", "313 W 19th St, Houston, TX 77008", "America/Chicago",
     -6, HoursPlan::standard, 8, {713, 832}},
    {"loc-denver-lodo", "region-west", "Denver LoDo", "1705 Wynkoop St, Denver, CO 80202", "America/Denver", -7,
     HoursPlan::standard, 10, {303, 720}},
    {"loc-boulder-pearl-street", "region-west", "Boulder Pearl Street", "1422 Pearl St, Boulder, CO 80302",
     "America/Denver", -7, HoursPlan::boutique, 6, {303, 720}},
    {"loc-portland-pearl-district", "region-west", "Portland Pearl District", "1138 NW Glisan St, Portland, OR 97209",
     "America/Los_Angeles", -8, HoursPlan::early, 8, {503, 971}},
    {"loc-san-diego-north-park", "region-west", "San Diego North Park", "3015 University Ave, San Diego, CA 92104",
     "America/Los_Angeles", -8, HoursPlan::extended, 9, {619, 858}},
};
// clang-format on

// Weights in the order of the enumerations.
constexpr std::array kMembershipWeights = {6, 7, 68, 6, 13};  // prospect, trial, active, frozen, cancelled
constexpr std::array kRatingWeights = {12, 7, 8, 18, 55};     // 1 to 5 stars
constexpr std::array kPlatformWeights = {70, 18, 12};         // google, yelp, facebook
constexpr std::array kLeadSourceWeights = {45, 20, 20, 15};   // web_form, call, message, walk_in
constexpr std::array kPlanPrices = {3900, 5900, 7900, 9900, 14900};

// Independent draws for each part of the dataset.
enum Stream : std::uint64_t { kStaffStream = 1, kProfileStream, kLeadStream, kReviewStream, kReviewIdStream };

OpeningWindow window(int open_hour, int open_minute, int close_hour, int close_minute) {
    return {open_hour * 60 + open_minute, close_hour * 60 + close_minute};
}

WeeklyHours hours_for(HoursPlan plan) {
    WeeklyHours h;
    auto weekdays = [&h](const std::vector<OpeningWindow>& windows) {
        for (int day = 1; day <= 5; ++day) h[static_cast<std::size_t>(day)] = windows;
    };
    switch (plan) {
        case HoursPlan::standard:
            weekdays({window(5, 0, 22, 0)});
            h[5] = {window(5, 0, 21, 0)};
            h[6] = {window(7, 0, 19, 0)};
            h[0] = {window(8, 0, 17, 0)};
            break;
        case HoursPlan::early:
            weekdays({window(5, 30, 22, 0)});
            h[6] = {window(7, 0, 20, 0)};
            h[0] = {window(8, 0, 18, 0)};
            break;
        case HoursPlan::split:
            weekdays({window(6, 0, 12, 30), window(16, 0, 21, 0)});
            h[6] = {window(8, 0, 14, 0)};
            h[0] = {window(9, 0, 13, 0)};
            break;
        case HoursPlan::boutique:  // closed on Sundays
            weekdays({window(6, 0, 11, 0), window(16, 30, 20, 30)});
            h[6] = {window(8, 0, 13, 0)};
            break;
        case HoursPlan::extended:
            weekdays({window(5, 0, 23, 0)});
            h[6] = {window(6, 0, 21, 0)};
            h[0] = {window(6, 0, 21, 0)};
            break;
    }
    return h;
}

const date::time_zone* find_zone(std::string_view name) {
    try {
        return date::locate_zone(name);
    } catch (const std::exception&) {
        return nullptr;
    }
}

// A location while the dataset is drawn: its calendar, its staff and its people.
struct Site {
    const LocationSpec* spec = nullptr;
    const date::time_zone* zone = nullptr;
    WeeklyHours hours;
    date::local_days today;  // the local date of `now`
    std::vector<std::string_view> coaches;
    std::vector<std::string_view> desk;
    std::vector<std::size_t> peers;        // other sites of the same region
    std::vector<std::size_t> members;      // indices of profiles that have been members here
    std::vector<std::size_t> non_members;  // prospects and former members: leads may be them again
};

Timestamp to_utc(const Site& site, date::local_seconds local) {
    if (site.zone != nullptr) {
        return std::chrono::time_point_cast<std::chrono::milliseconds>(
            site.zone->to_sys(local, date::choose::earliest));
    }
    return Timestamp(local.time_since_epoch() - std::chrono::hours(site.spec->standard_offset_hours));
}

// What every part of the dataset draws against: the time window and the sites.
struct Context {
    Timestamp now;
    Timestamp earliest;  // now - days
    int days = 1;
    std::vector<Site> sites;
    std::vector<int> site_weights;
};

// A moment `days_ago` local days before today at `minute` after local midnight, when it lies in the window.
std::optional<Timestamp> moment(Rng& rng, const Context& ctx, const Site& site, int days_ago, int minute) {
    const date::local_days day = site.today - date::days(days_ago);
    const Timestamp t = to_utc(site, day + minutes(minute) + seconds(rng.between(0, 59)));
    if (t > ctx.now || t < ctx.earliest) return std::nullopt;
    return t;
}

// A moment inside the site's opening hours (arrivals up to 45 minutes before closing), with morning and
// evening peaks, between `ago_lo` and `ago_hi` days ago.
std::optional<Timestamp> open_moment(Rng& rng, const Context& ctx, const Site& site, int ago_lo, int ago_hi) {
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int ago = rng.between(ago_lo, ago_hi);
        const date::weekday wd{site.today - date::days(ago)};
        const auto& windows = site.hours[wd.c_encoding()];
        if (windows.empty()) continue;
        const OpeningWindow& w = rng.pick(windows);
        const int last = std::max(w.open_minute, w.close_minute - 45);
        int lo = w.open_minute;
        int hi = last;
        const double roll = rng.unit();
        if (roll < 0.35 && std::max(lo, 16 * 60 + 30) <= std::min(hi, 19 * 60 + 30)) {
            lo = std::max(lo, 16 * 60 + 30);
            hi = std::min(hi, 19 * 60 + 30);
        } else if (roll < 0.6) {
            hi = std::min(hi, lo + 150);
        }
        if (auto t = moment(rng, ctx, site, ago, rng.between(lo, hi))) return t;
    }
    return std::nullopt;
}

// A moment between `first_minute` and `last_minute` local time, any day of the window.
Timestamp day_moment(Rng& rng, const Context& ctx, const Site& site, int first_minute, int last_minute) {
    for (int attempt = 0; attempt < 8; ++attempt) {
        if (auto t = moment(rng, ctx, site, rng.between(0, ctx.days - 1), rng.between(first_minute, last_minute))) {
            return *t;
        }
    }
    return ctx.now - minutes(rng.between(1, ctx.days * 1440 - 1));
}

// Phone numbers in the 555 exchanges of each area code, handed out without repeats.
class PhoneBook {
public:
    std::string next(int area_code) {
        const int k = m_next[area_code]++;
        int exchange = 555;
        for (int block = 0; block < k / 9900; ++block) {
            ++exchange;
            if (exchange % 100 == 11) ++exchange;
        }
        const int line = 100 + static_cast<int>((static_cast<std::int64_t>(k % 9900) * 7927) % 9900);
        char buf[24];
        std::snprintf(buf, sizeof buf, "+1%03d%03d%04d", area_code, exchange, line);
        return buf;
    }

private:
    std::unordered_map<int, int> m_next;
};

std::string slug(std::string_view name) {
    std::string out;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) out += static_cast<char>(std::tolower(u));
    }
    return out;
}

std::string make_email(Rng& rng, std::string_view first, std::string_view last, std::int64_t serial,
                       std::unordered_set<std::string>& used) {
    const std::string f = slug(first);
    const std::string l = slug(last);
    std::string local;
    switch (rng.between(0, 4)) {
        case 0:
            local = f + "." + l;
            break;
        case 1:
            local = f + l;
            break;
        case 2:
            local = f.substr(0, 1) + l;
            break;
        case 3:
            local = f + "_" + l;
            break;
        default:
            local = f + l.substr(0, 1);
            break;
    }
    if (rng.chance(0.35)) local += std::to_string(rng.between(1, 99));
    const std::string domain(rng.pick(email_domains()));
    std::string email = local + "@" + domain;
    while (!used.insert(email).second) email = local + "." + std::to_string(serial++) + "@" + domain;
    return email;
}

Context make_context(std::uint64_t seed, Timestamp now, int days) {
    Context ctx;
    ctx.now = now;
    ctx.days = std::max(1, days);
    ctx.earliest = now - std::chrono::hours(24) * ctx.days;
    Rng rng(mix(seed, kStaffStream));
    const auto staff = staff_names();
    for (const LocationSpec& spec : kLocations) {
        Site site;
        site.spec = &spec;
        site.zone = find_zone(spec.time_zone);
        site.hours = hours_for(spec.plan);
        const auto local_now = site.zone != nullptr
                                   ? site.zone->to_local(now)
                                   : date::local_time<std::chrono::milliseconds>(
                                         now.time_since_epoch() + std::chrono::hours(spec.standard_offset_hours));
        site.today = date::floor<date::days>(local_now);
        std::vector<std::string_view> names;
        while (names.size() < 5) {
            const std::string_view name = rng.pick(staff);
            if (std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
        }
        site.coaches.assign(names.begin(), names.begin() + 3);
        site.desk.assign(names.begin() + 3, names.end());
        ctx.sites.push_back(std::move(site));
        ctx.site_weights.push_back(spec.weight);
    }
    for (std::size_t i = 0; i < ctx.sites.size(); ++i) {
        for (std::size_t j = 0; j < ctx.sites.size(); ++j) {
            if (i != j && ctx.sites[i].spec->region_id == ctx.sites[j].spec->region_id) ctx.sites[i].peers.push_back(j);
        }
    }
    return ctx;
}

// Draws the visits of one profile and returns its last activity.
std::optional<Timestamp> draw_visits(Rng& rng, const Context& ctx, std::size_t home, const Profile& p,
                                     std::vector<Visit>& visits) {
    const int last_day = ctx.days - 1;
    const double scale = ctx.days / 90.0;
    auto scaled = [&](int lo, int hi) {
        return std::max(1, static_cast<int>(std::lround(rng.between(lo, hi) * scale)));
    };
    int count = 0;
    int ago_lo = 0;
    int ago_hi = last_day;
    switch (p.membership_status) {
        case MembershipStatus::active:
            if (rng.chance(0.15) && last_day > 31) {  // drifting away: nothing in the last month
                count = rng.between(1, 4);
                ago_lo = 31;
            } else {
                count = scaled(3, 14);
            }
            break;
        case MembershipStatus::trial:
            count = rng.between(1, 4);
            ago_hi = std::min(20, last_day);
            break;
        case MembershipStatus::frozen:
            count = rng.between(0, 2);
            ago_lo = last_day / 2;
            break;
        case MembershipStatus::cancelled:
            count = rng.chance(0.1) ? 1 : 0;
            ago_lo = last_day * 2 / 3;
            break;
        case MembershipStatus::prospect:
            break;
    }
    std::optional<Timestamp> last;
    for (int k = 0; k < count; ++k) {
        std::size_t at = home;
        if (!ctx.sites[home].peers.empty() && rng.chance(0.1)) at = rng.pick(ctx.sites[home].peers);
        auto t = open_moment(rng, ctx, ctx.sites[at], ago_lo, ago_hi);
        if (!t) continue;
        visits.push_back(Visit{VisitId(0), p.id, LocationId(std::string(ctx.sites[at].spec->id)), *t});
        if (!last || *t > *last) last = t;
    }
    return last;
}

std::int64_t lifetime_value(Rng& rng, MembershipStatus status) {
    const std::int64_t price = rng.pick(kPlanPrices);
    switch (status) {
        case MembershipStatus::active: {
            const std::int64_t months = rng.chance(0.4) ? rng.between(1, 12) : rng.between(12, 72);
            return months * price + (rng.chance(0.2) ? rng.between(2, 20) * 6500 : 0);
        }
        case MembershipStatus::trial:
            return rng.chance(0.5) ? 0 : rng.between(19, 49) * 100;
        case MembershipStatus::frozen:
            return rng.between(3, 48) * price;
        case MembershipStatus::cancelled:
            return rng.between(1, 24) * price;
        case MembershipStatus::prospect:
            break;
    }
    return 0;
}

void draw_profiles(std::uint64_t seed, Context& ctx, int count, PhoneBook& phones,
                   std::unordered_set<std::string>& emails, Dataset& out) {
    Rng rng(mix(seed, kProfileStream));
    constexpr double kConsentSms[] = {0.5, 0.85, 0.78, 0.6, 0.35};  // by membership status
    constexpr double kConsentEmail[] = {0.7, 0.9, 0.88, 0.8, 0.55};
    out.profiles.reserve(static_cast<std::size_t>(std::max(0, count)));
    for (int n = 1; n <= count; ++n) {
        const std::size_t home = rng.weighted(ctx.site_weights);
        Site& site = ctx.sites[home];
        Profile p;
        p.id = ProfileId(n);
        char external[24];
        std::snprintf(external, sizeof external, "M-%06d", n);
        p.external_id = external;
        p.first_name = std::string(rng.pick(first_names()));
        p.last_name = std::string(rng.pick(last_names()));
        p.primary_phone = phones.next(rng.pick(site.spec->area_codes));
        p.primary_email = make_email(rng, p.first_name, p.last_name, n, emails);
        p.home_location_id = LocationId(std::string(site.spec->id));
        p.membership_status = static_cast<MembershipStatus>(rng.weighted(kMembershipWeights));
        const auto status = static_cast<std::size_t>(p.membership_status);
        p.consent_sms = rng.chance(kConsentSms[status]);
        p.consent_email = rng.chance(kConsentEmail[status]);
        p.lifetime_value_cents = lifetime_value(rng, p.membership_status);
        p.last_activity_at = draw_visits(rng, ctx, home, p, out.visits);
        if (!p.last_activity_at) {
            auto ago = [&](int lo_days, int hi_days) {
                return ctx.now - minutes(rng.between(lo_days * 1440, hi_days * 1440)) - seconds(rng.between(0, 59));
            };
            switch (p.membership_status) {
                case MembershipStatus::active:
                    p.last_activity_at = ago(1, 20);
                    break;
                case MembershipStatus::trial:
                    p.last_activity_at = ago(0, 10);
                    break;
                case MembershipStatus::frozen:
                    p.last_activity_at = ago(35, 150);
                    break;
                case MembershipStatus::cancelled:
                    p.last_activity_at = ago(45, 400);
                    break;
                case MembershipStatus::prospect:
                    if (rng.chance(0.6)) p.last_activity_at = ago(1, 60);
                    break;
            }
        }
        const bool member = p.membership_status != MembershipStatus::prospect;
        if (member) site.members.push_back(out.profiles.size());
        if (!member || p.membership_status == MembershipStatus::cancelled) {
            site.non_members.push_back(out.profiles.size());
        }
        out.profiles.push_back(std::move(p));
    }
}

LeadStatus lead_status(Rng& rng, Timestamp now, Timestamp created) {
    const auto age = now - created;
    if (age < std::chrono::hours(24)) return rng.chance(0.9) ? LeadStatus::open : LeadStatus::qualified;
    if (age < std::chrono::hours(24 * 7)) {
        constexpr std::array weights = {45, 25, 20, 0, 0, 10};
        return static_cast<LeadStatus>(rng.weighted(weights));
    }
    constexpr std::array weights = {10, 12, 10, 12, 30, 26};
    return static_cast<LeadStatus>(rng.weighted(weights));
}

void draw_leads(std::uint64_t seed, const Context& ctx, int count, PhoneBook& phones,
                std::unordered_set<std::string>& emails, Dataset& out) {
    Rng rng(mix(seed, kLeadStream));
    for (int n = 1; n <= count; ++n) {
        const Site& site = ctx.sites[rng.weighted(ctx.site_weights)];
        Lead lead;
        lead.location_id = LocationId(std::string(site.spec->id));
        lead.source = static_cast<LeadSource>(rng.weighted(kLeadSourceWeights));
        const bool in_person = lead.source == LeadSource::call || lead.source == LeadSource::walk_in;
        std::optional<Timestamp> created;
        if (in_person) created = open_moment(rng, ctx, site, 0, ctx.days - 1);
        lead.created_at = created ? *created : day_moment(rng, ctx, site, 6 * 60, 23 * 60 + 59);
        lead.status = lead_status(rng, ctx.now, lead.created_at);
        if (!site.non_members.empty() && rng.chance(0.06)) {  // someone the studio already knows
            const Profile& known = out.profiles[rng.pick(site.non_members)];
            lead.name = known.first_name + " " + known.last_name;
            lead.phone = known.primary_phone;
            lead.email = known.primary_email;
        } else {
            const std::string_view first = rng.pick(first_names());
            const std::string_view last = rng.pick(last_names());
            lead.name = std::string(first) + " " + std::string(last);
            constexpr double kPhoneShare[] = {0.85, 1.0, 1.0, 0.9};  // by source
            constexpr double kEmailShare[] = {1.0, 0.5, 0.4, 0.7};
            const auto source = static_cast<std::size_t>(lead.source);
            if (rng.chance(kPhoneShare[source])) lead.phone = phones.next(rng.pick(site.spec->area_codes));
            if (lead.phone.empty() || rng.chance(kEmailShare[source])) {
                lead.email = make_email(rng, first, last, 900000 + n, emails);
            }
        }
        lead.message = lead_message(rng, lead.source, site.spec->name, rng.pick(class_names()));
        out.leads.push_back(std::move(lead));
    }
}

ReviewStatus review_status(Rng& rng, Timestamp now, Timestamp posted) {
    const auto age = now - posted;
    if (age < std::chrono::hours(48)) return rng.chance(0.85) ? ReviewStatus::open : ReviewStatus::acknowledged;
    if (age < std::chrono::hours(24 * 7)) {
        constexpr std::array weights = {40, 20, 30, 10};
        return static_cast<ReviewStatus>(rng.weighted(weights));
    }
    constexpr std::array weights = {10, 5, 55, 30};
    return static_cast<ReviewStatus>(rng.weighted(weights));
}

std::string platform_review_id(Platform platform, std::uint64_t seed, std::uint64_t serial,
                               std::unordered_set<std::string>& used) {
    const char* prefix = platform == Platform::google ? "g-" : platform == Platform::yelp ? "y-" : "fb-";
    for (std::uint64_t salt = 0;; ++salt) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%s%016llx", prefix,
                      static_cast<unsigned long long>(mix(mix(seed, kReviewIdStream) ^ salt, serial)));
        if (used.insert(buf).second) return buf;
    }
}

void draw_reviews(std::uint64_t seed, const Context& ctx, int count, Dataset& out) {
    Rng rng(mix(seed, kReviewStream));
    std::unordered_set<std::string> platform_ids;
    out.reviews.reserve(static_cast<std::size_t>(std::max(0, count)));
    for (int n = 0; n < count; ++n) {
        const Site& site = ctx.sites[rng.weighted(ctx.site_weights)];
        Review r;
        r.location_id = LocationId(std::string(site.spec->id));
        r.rating = static_cast<int>(rng.weighted(kRatingWeights)) + 1;
        r.platform = static_cast<Platform>(rng.weighted(kPlatformWeights));
        r.platform_review_id = platform_review_id(r.platform, seed, static_cast<std::uint64_t>(n), platform_ids);
        r.posted_at = day_moment(rng, ctx, site, 7 * 60, 23 * 60 + 59);
        r.status = review_status(rng, ctx.now, r.posted_at);

        ReviewKind kind = ReviewKind::ordinary;
        if (r.rating <= 2 && rng.chance(0.15)) {
            kind = ReviewKind::safety;
        } else if (rng.chance(0.03)) {
            kind = ReviewKind::spanish;
        }
        const std::size_t coach = rng.index(site.coaches.size());
        const ReviewVoice voice{site.spec->name, site.coaches[coach], site.coaches[(coach + 1) % site.coaches.size()],
                                rng.pick(site.desk), rng.pick(class_names())};
        r.text = review_text(rng, r.rating, kind, voice);

        if (!site.members.empty() && rng.chance(0.3)) {
            const Profile& member = out.profiles[rng.pick(site.members)];
            r.profile_id = member.id;
            r.author = member.first_name + " " + member.last_name.substr(0, 1) + ".";
        } else {
            r.author =
                std::string(rng.pick(first_names())) + " " + std::string(rng.pick(last_names()).substr(0, 1)) + ".";
        }
        out.reviews.push_back(std::move(r));
    }
}

// Orders items by time and numbers them 1..N in that order.
template <typename T, typename Id, typename TimeFn>
void number_by_time(std::vector<T>& items, TimeFn time_of) {
    std::stable_sort(items.begin(), items.end(), [&](const T& a, const T& b) { return time_of(a) < time_of(b); });
    std::int64_t next = 1;
    for (T& item : items) item.id = Id(next++);
}

}  // namespace

Dataset generate(std::uint64_t seed, Timestamp now, DatasetSize size) {
    Dataset out;
    Context ctx = make_context(seed, now, size.days);

    out.brands.push_back(Brand{BrandId(std::string(kBrandId)), std::string(kBrandName)});
    for (const RegionSpec& region : kRegions) {
        out.regions.push_back(
            Region{RegionId(std::string(region.id)), BrandId(std::string(kBrandId)), std::string(region.name)});
    }
    for (const Site& site : ctx.sites) {
        const LocationSpec& s = *site.spec;
        out.locations.push_back(Location{LocationId(std::string(s.id)), RegionId(std::string(s.region_id)),
                                         std::string(s.name), std::string(s.address), std::string(s.time_zone),
                                         site.hours});
    }

    PhoneBook phones;
    std::unordered_set<std::string> emails;
    draw_profiles(seed, ctx, size.profiles, phones, emails, out);
    draw_leads(seed, ctx, std::max(12, size.profiles / 15), phones, emails, out);
    draw_reviews(seed, ctx, size.reviews, out);

    number_by_time<Visit, VisitId>(out.visits, [](const Visit& v) { return v.visited_at; });
    number_by_time<Lead, LeadId>(out.leads, [](const Lead& l) { return l.created_at; });
    number_by_time<Review, ReviewId>(out.reviews, [](const Review& r) { return r.posted_at; });
    return out;
}

Result<void> load(store::Database& db, Dataset& dataset) {
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    store::SqlOrgRepository org(db);
    for (const Brand& b : dataset.brands) {
        if (auto r = org.save(b); !r) return r;
    }
    for (const Region& region : dataset.regions) {
        if (auto r = org.save(region); !r) return r;
    }
    for (const Location& location : dataset.locations) {
        if (auto r = org.save(location); !r) return r;
    }
    store::SqlCustomerRepository customers(db);
    if (auto r = customers.insert(std::span<Profile>(dataset.profiles)); !r) return r;
    if (auto r = customers.insert(std::span<Visit>(dataset.visits)); !r) return r;
    if (auto r = customers.insert(std::span<Lead>(dataset.leads)); !r) return r;
    {
        store::SqlReviewRepository reviews(db);
        if (auto r = reviews.insert(std::span<Review>(dataset.reviews)); !r) return r;
    }
    return tx->commit();
}

}  // namespace outpost::demo
