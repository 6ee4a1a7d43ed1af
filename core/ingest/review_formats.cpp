#include "ingest/review_formats.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>

#include "access/crypto.h"
#include "domain/enums.h"
#include "domain/json_codec.h"
#include "domain/json_reader.h"
#include "ingest/csv.h"

namespace outpost::ingest {
namespace {

constexpr std::size_t kMaxText = 20'000;
constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxId = 300;

std::string derive_id(const Review& r) {
    std::string key = r.location_id.value();
    for (const std::string* part : {&r.author, &r.text}) key += '\x1f' + *part;
    key += '\x1f' + std::to_string(r.posted_at.time_since_epoch().count());
    return "h:" + access::sha256_hex(key).substr(0, 32);
}

Result<int> rating_from_text(std::string_view text) {
    int value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 1 || value > 5) {
        return make_error(ErrorCode::invalid_argument, "rating: must be an integer from 1 to 5");
    }
    return value;
}

Result<Platform> platform_from_text(std::string_view text) {
    auto p = enum_from_string<Platform>(std::string(text));
    if (!p) return make_error(ErrorCode::invalid_argument, "platform: must be one of " + enum_names<Platform>());
    return *p;
}

// The records of a JSON export: the list under `key`, or the document itself when it is a list.
Result<const Json*> record_list(const Json& doc, const char* key) {
    if (doc.is_array()) return &doc;
    if (doc.is_object()) {
        auto it = doc.find(key);
        if (it != doc.end() && it->is_array()) return &*it;
    }
    return make_error(ErrorCode::invalid_argument, std::string("the document must hold a list '") + key + "'");
}

// A string inside a nested object ("reviewer": {"displayName": ".."}); absent parts give "".
std::string nested_string(JsonReader& r, const char* object, const char* field, std::size_t max) {
    const Json* child = r.child(object);
    if (!child || child->is_null()) return {};
    if (!child->is_object()) {
        r.fail(object, "must be an object");
        return {};
    }
    auto it = child->find(field);
    if (it == child->end() || it->is_null()) return {};
    if (!it->is_string() || it->get_ref<const std::string&>().size() > max) {
        r.fail(object, std::string(field) + " must be a string of at most " + std::to_string(max) + " bytes");
        return {};
    }
    return it->get<std::string>();
}

Timestamp read_time(JsonReader& r, const char* field) {
    auto text = r.string(field, 64);
    if (!r.ok()) return {};
    auto t = parse_review_time(text);
    if (!t) r.fail(field, t.error().message);
    return t ? *t : Timestamp{};
}

// Fields any JSON record may carry besides its platform's own.
void common_fields(JsonReader& r, IncomingReview& in) {
    if (auto location = r.optional_string("location_id", kMaxId)) in.review.location_id = LocationId(*location);
}

Result<IncomingReview> google_record(JsonReader& r) {
    static constexpr std::array<std::string_view, 5> kStars = {"ONE", "TWO", "THREE", "FOUR", "FIVE"};
    IncomingReview in;
    in.review.platform = Platform::google;
    in.review.platform_review_id = r.string("reviewId", kMaxId);
    const std::string stars = r.string("starRating", 32);
    if (r.ok()) {
        auto it = std::find(kStars.begin(), kStars.end(), stars);
        if (it == kStars.end()) r.fail("starRating", "must be one of ONE, TWO, THREE, FOUR, FIVE");
        in.review.rating = static_cast<int>(it - kStars.begin()) + 1;
    }
    in.review.text = r.optional_string("comment", kMaxText).value_or("");
    in.review.author = nested_string(r, "reviewer", "displayName", kMaxName);
    in.review.posted_at = read_time(r, "createTime");
    const std::string name = r.optional_string("name", 1000).value_or("");
    if (auto at = name.find("/locations/"); at != std::string::npos) {
        const auto start = at + 11;
        in.location_ref = name.substr(start, name.find('/', start) - start);
    }
    common_fields(r, in);
    if (!r.ok()) return r.error();
    return in;
}

Result<IncomingReview> yelp_record(JsonReader& r) {
    IncomingReview in;
    in.review.platform = Platform::yelp;
    in.review.platform_review_id = r.string("id", kMaxId);
    in.review.rating = static_cast<int>(r.integer("rating", 1, 5));
    in.review.text = r.optional_string("text", kMaxText).value_or("");
    in.review.posted_at = read_time(r, "time_created");
    in.review.author = nested_string(r, "user", "name", kMaxName);
    common_fields(r, in);
    if (!r.ok()) return r.error();
    return in;
}

Result<IncomingReview> facebook_record(JsonReader& r) {
    IncomingReview in;
    in.review.platform = Platform::facebook;
    in.review.posted_at = read_time(r, "created_time");
    auto rating = r.optional_integer("rating", 1, 5);
    auto kind = r.optional_string("recommendation_type", 32);
    if (r.ok() && kind && *kind != "positive" && *kind != "negative") {
        r.fail("recommendation_type", "must be positive or negative");
    }
    if (r.ok()) {
        if (rating) {
            in.review.rating = static_cast<int>(*rating);
        } else if (kind) {
            in.review.rating = *kind == "positive" ? 5 : 1;
        } else {
            r.fail("rating", "is required when there is no recommendation_type");
        }
    }
    in.review.text = r.optional_string("review_text", kMaxText).value_or("");
    in.review.author = nested_string(r, "reviewer", "name", kMaxName);
    in.review.platform_review_id = nested_string(r, "open_graph_story", "id", kMaxId);
    if (r.ok() && in.review.platform_review_id.empty()) r.fail("open_graph_story", "must carry the story id");
    common_fields(r, in);
    if (!r.ok()) return r.error();
    return in;
}

Result<IncomingReview> generic_record(JsonReader& r) {
    IncomingReview in;
    in.review.platform = r.enumeration<Platform>("platform");
    in.review.rating = static_cast<int>(r.integer("rating", 1, 5));
    in.review.text = r.optional_string("text", kMaxText).value_or("");
    in.review.author = r.optional_string("author", kMaxName).value_or("");
    in.review.posted_at = read_time(r, "posted_at");
    in.review.platform_review_id = r.optional_string("platform_id", kMaxId).value_or("");
    in.author_review_count = r.optional_integer("author_review_count", 0, 10'000'000);
    in.author_influential = r.boolean("author_influential", false);
    common_fields(r, in);
    if (!r.ok()) return r.error();
    return in;
}

using RecordReader = Result<IncomingReview> (*)(JsonReader&);

Result<ParsedReviews> parse_json_records(std::string_view content, ReviewFormat format) {
    auto doc = parse_json(content);
    if (!doc) return doc.error();
    const char* key = format == ReviewFormat::facebook ? "data" : "reviews";
    Json single = Json::array();
    const Json* list = nullptr;
    if (format == ReviewFormat::generic && doc->is_object() && !doc->contains("reviews")) {
        single.push_back(*doc);  // one review on its own
        list = &single;
    } else {
        auto found = record_list(*doc, key);
        if (!found) return found.error();
        list = *found;
    }
    RecordReader read = format == ReviewFormat::google   ? google_record
                        : format == ReviewFormat::yelp     ? yelp_record
                        : format == ReviewFormat::facebook ? facebook_record
                                                           : generic_record;
    ParsedReviews out;
    out.rows.reserve(list->size());
    for (std::size_t i = 0; i < list->size(); ++i) {
        const Json& record = (*list)[i];
        const std::string where = "record " + std::to_string(i);
        if (!record.is_object()) {
            out.errors.push_back({where, "must be an object"});
            continue;
        }
        JsonReader reader(record, key);
        auto row = read(reader);
        if (!row) {
            // "reviews.rating: ..." -> "rating: ..."; the record index says which one.
            std::string reason = row.error().message;
            if (reason.rfind(std::string(key) + ".", 0) == 0) reason.erase(0, std::string(key).size() + 1);
            out.errors.push_back({where, std::move(reason)});
            continue;
        }
        row->where = where;
        out.rows.push_back(std::move(*row));
    }
    return out;
}

enum Column { kPlatform, kLocation, kRating, kText, kAuthor, kPostedAt, kPlatformId, kColumnCount };
constexpr std::array<std::string_view, kColumnCount> kColumnNames = {"platform", "location_id", "rating", "text",
                                                                     "author", "posted_at", "platform_id"};

Result<IncomingReview> csv_row(const CsvRecord& rec, const std::array<int, kColumnCount>& at) {
    auto field = [&](Column c) -> std::string_view {
        const int i = at[c];
        return i >= 0 && static_cast<std::size_t>(i) < rec.fields.size() ? std::string_view(rec.fields[i]) : "";
    };
    auto too_long = [](const char* name, std::size_t max) {
        return make_error(ErrorCode::invalid_argument,
                          std::string(name) + ": must be at most " + std::to_string(max) + " bytes long");
    };
    IncomingReview in;
    auto platform = platform_from_text(field(kPlatform));
    if (!platform) return platform.error();
    in.review.platform = *platform;
    auto rating = rating_from_text(field(kRating));
    if (!rating) return rating.error();
    in.review.rating = *rating;
    auto posted = parse_review_time(field(kPostedAt));
    if (!posted) return make_error(ErrorCode::invalid_argument, "posted_at: " + posted.error().message);
    in.review.posted_at = *posted;
    if (field(kText).size() > kMaxText) return too_long("text", kMaxText);
    if (field(kAuthor).size() > kMaxName) return too_long("author", kMaxName);
    if (field(kPlatformId).size() > kMaxId) return too_long("platform_id", kMaxId);
    if (field(kLocation).size() > kMaxId) return too_long("location_id", kMaxId);
    in.review.text = field(kText);
    in.review.author = field(kAuthor);
    in.review.platform_review_id = field(kPlatformId);
    in.review.location_id = LocationId(std::string(field(kLocation)));
    return in;
}

std::string trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

Result<ParsedReviews> parse_csv(std::string_view content) {
    CsvReader reader(content);
    CsvRecord rec;
    if (!reader.next(rec) || !rec.error.empty()) {
        return make_error(ErrorCode::invalid_argument, "the file has no header row");
    }
    std::array<int, kColumnCount> at;
    at.fill(-1);
    for (std::size_t i = 0; i < rec.fields.size(); ++i) {
        std::string name = trim(rec.fields[i]);
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        auto it = std::find(kColumnNames.begin(), kColumnNames.end(), name);
        if (it != kColumnNames.end() && at[it - kColumnNames.begin()] < 0) {
            at[it - kColumnNames.begin()] = static_cast<int>(i);
        }
    }
    for (Column required : {kPlatform, kRating, kPostedAt}) {
        if (at[required] < 0) {
            return make_error(ErrorCode::invalid_argument,
                              "the header row must name the column '" + std::string(kColumnNames[required]) + "'");
        }
    }
    ParsedReviews out;
    while (reader.next(rec)) {
        const std::string where = "line " + std::to_string(rec.line);
        if (!rec.error.empty()) {
            out.errors.push_back({where, rec.error});
            continue;
        }
        auto row = csv_row(rec, at);
        if (!row) {
            out.errors.push_back({where, row.error().message});
            continue;
        }
        row->where = where;
        out.rows.push_back(std::move(*row));
    }
    return out;
}

}  // namespace

Result<ParsedReviews> parse_reviews(std::string_view content, ReviewFormat format) {
    return format == ReviewFormat::csv ? parse_csv(content) : parse_json_records(content, format);
}

void derive_platform_id(IncomingReview& in) {
    if (!in.review.platform_review_id.empty()) return;
    in.review.platform_review_id = derive_id(in.review);
    in.derived_id = true;
}

std::string_view to_string(ReviewFormat format) {
    switch (format) {
        case ReviewFormat::google: return "google";
        case ReviewFormat::yelp: return "yelp";
        case ReviewFormat::facebook: return "facebook";
        case ReviewFormat::csv: return "csv";
        case ReviewFormat::generic: return "generic";
    }
    return "generic";
}

Result<ReviewFormat> review_format_from_string(std::string_view name) {
    for (auto f : {ReviewFormat::google, ReviewFormat::yelp, ReviewFormat::facebook, ReviewFormat::csv,
                   ReviewFormat::generic}) {
        if (to_string(f) == name) return f;
    }
    return make_error(ErrorCode::invalid_argument, "format: must be one of google, yelp, facebook, csv, generic");
}

ReviewFormat guess_format(std::string_view file_name, std::string_view content) {
    auto ends_with = [&](std::string_view suffix) {
        return file_name.size() >= suffix.size() && file_name.substr(file_name.size() - suffix.size()) == suffix;
    };
    const auto first = content.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    if (ends_with(".csv") || first == std::string_view::npos || (content[first] != '{' && content[first] != '[')) {
        return ReviewFormat::csv;
    }
    const std::string_view head = content.substr(0, 4096);
    if (head.find("\"reviewId\"") != std::string_view::npos || head.find("\"starRating\"") != std::string_view::npos) {
        return ReviewFormat::google;
    }
    if (head.find("\"time_created\"") != std::string_view::npos) return ReviewFormat::yelp;
    if (head.find("\"open_graph_story\"") != std::string_view::npos ||
        head.find("\"recommendation_type\"") != std::string_view::npos) {
        return ReviewFormat::facebook;
    }
    return ReviewFormat::generic;
}

Result<Timestamp> parse_review_time(std::string_view text) {
    // The usual shape needs none of the rewriting below (no space, no long fraction, no "+HHMM").
    if (auto common = parse_iso8601_common(text)) return *common;
    std::string t(text.substr(0, 64));
    if (t.size() == 19 && t[10] == ' ') {  // "YYYY-MM-DD HH:MM:SS", no zone: UTC
        t[10] = 'T';
        t += 'Z';
    }
    // Fractions beyond milliseconds are cut; "+0000" becomes "+00:00".
    if (auto dot = t.find('.'); dot != std::string::npos && dot > 10) {
        auto end = t.find_first_not_of("0123456789", dot + 1);
        if (end == std::string::npos) end = t.size();
        if (end - dot > 4) t.erase(dot + 4, end - dot - 4);
    }
    if (t.size() >= 5) {
        const std::string zone = t.substr(t.size() - 5);
        if ((zone[0] == '+' || zone[0] == '-') && zone.find_first_not_of("0123456789", 1) == std::string::npos &&
            t.size() > 19) {
            t.insert(t.size() - 2, ":");
        }
    }
    return parse_iso8601(t);
}


}  // namespace outpost::ingest
