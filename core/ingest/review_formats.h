#pragma once
// Adapters from the review export shapes Outpost reads to normalised reviews (domain notes §4):
//
//  * google   — Google Business Profile: {"reviews":[{"reviewId","reviewer":{"displayName"},
//               "starRating":"ONE".."FIVE","comment","createTime":RFC 3339,
//               "name":"accounts/<a>/locations/<l>/reviews/<r>"}]}
//  * yelp     — {"reviews":[{"id","rating":1..5,"text","time_created":"YYYY-MM-DD HH:MM:SS","user":{"name"}}]};
//               Yelp writes no zone, the time is taken as UTC.
//  * facebook — page ratings: {"data":[{"created_time","recommendation_type":"positive"|"negative",
//               "rating"?,"review_text","reviewer":{"name"},"open_graph_story":{"id"}}]}. A
//               recommendation without a star rating counts as 5 (positive) or 1 (negative).
//  * csv      — a header row naming the columns platform, location_id, rating, text, author,
//               posted_at, platform_id (any order; others are ignored; platform, rating and
//               posted_at are required).
//  * generic  — JSON: one review object or a list of them (or {"reviews":[...]}) with the CSV's
//               columns as fields, and optionally the author's signals from the aggregator:
//               "author_review_count" (reviews the author has written on the platform) and
//               "author_influential" (the platform's own mark: a Yelp Elite, a high-level Google
//               Local Guide). The other shapes carry neither (unknown).
//
// Where a review's location comes from: a row's own location_id (csv, generic, and an optional
// "location_id" on any JSON record) first, then the import's location option, then the platform's
// location reference (the <l> of a Google review name) when it is an Outpost location id. A row
// left without a known location is a row error. A row without a platform id (csv, generic) gets
// one derived from its content ("h:" + SHA-256 of location, author, posted_at and text), so that
// importing the same file again finds it.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.h"
#include "domain/review.h"

namespace outpost::ingest {

enum class ReviewFormat { google, yelp, facebook, csv, generic };

[[nodiscard]] std::string_view to_string(ReviewFormat format);
[[nodiscard]] Result<ReviewFormat> review_format_from_string(std::string_view name);
// From the file name's extension (.csv) and the first bytes: {"reviews":[{"reviewId"..}]} is
// google, {"reviews":[{"time_created"..}]} is yelp, {"data":[..]} is facebook, other JSON generic.
[[nodiscard]] ReviewFormat guess_format(std::string_view file_name, std::string_view content);

// A row that could not be read, with where it was: a line for CSV, a record index for JSON.
struct RowError {
    std::string where;  // "line 7", "record 3"
    std::string reason;
};

// One review as read, before its location is resolved and before deduplication.
struct IncomingReview {
    Review review;              // location_id empty when the row names none
    std::string location_ref;   // the platform's own location id (google), if any
    std::string where;          // "line 7", "record 3"
    bool derived_id = false;    // platform_review_id was derived from the content
    std::optional<std::int64_t> author_review_count;  // unknown unless the shape carries it
    bool author_influential = false;                   // the platform marks the author influential
};

struct ParsedReviews {
    std::vector<IncomingReview> rows;
    std::vector<RowError> errors;
};

// Reads a whole export. Fails only when the document cannot be read at all (not JSON, not the
// expected shape, a CSV without its required header columns); bad rows are listed in `errors`.
[[nodiscard]] Result<ParsedReviews> parse_reviews(std::string_view content, ReviewFormat format);

// Gives a row without a platform id one derived from its content, once its location is known.
void derive_platform_id(IncomingReview& in);

// Accepts RFC 3339 / ISO 8601 (any number of fraction digits, "Z", "+HH:MM" or "+HHMM") and
// "YYYY-MM-DD HH:MM:SS" (UTC).
[[nodiscard]] Result<Timestamp> parse_review_time(std::string_view text);

}  // namespace outpost::ingest
