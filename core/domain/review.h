#pragma once
// A review of a location on a public platform or an in-app survey, normalised.

#include <optional>
#include <string>
#include <vector>

#include "domain/clock.h"
#include "domain/ids.h"

namespace outpost {

enum class Platform { google, yelp, facebook, tripadvisor, in_app };
enum class ReviewStatus { open, acknowledged, replied, resolved };

struct Review {
    ReviewId id;
    Platform platform = Platform::google;
    std::string platform_review_id;  // unique per platform
    LocationId location_id;
    int rating = 0;                  // 1..5
    std::string text;
    std::string author;
    Timestamp posted_at;
    std::optional<ProfileId> profile_id;
    ReviewStatus status = ReviewStatus::open;
    std::optional<UserId> assigned_user_id;  // who works on it, if anyone
    std::string assigned_name;                 // their display name at the time of assignment
};

// What a caller may ask of the reviews of a brand; every field is optional.
struct ReviewFilter {
    std::vector<LocationId> locations;  // empty: all locations the caller may see
    std::optional<int> min_rating;
    std::optional<int> max_rating;
    std::optional<Platform> platform;
    std::optional<ReviewStatus> status;
    std::optional<Timestamp> posted_from;  // inclusive
    std::optional<Timestamp> posted_to;    // exclusive
    int limit = 100;                       // 1..1000
    int offset = 0;
};

struct ReviewPage {
    std::vector<Review> reviews;
    std::int64_t total = 0;  // matching rows across all pages
};

}  // namespace outpost
