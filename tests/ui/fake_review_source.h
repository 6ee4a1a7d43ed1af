#pragma once
// A ReviewSource that records what was asked and answers only when the test says so.

#include <string>
#include <vector>

#include "domain/clock.h"
#include "qt_printers.h"
#include "ui/bridge/review_source.h"

namespace outpost::ui::testing {

class FakeReviewSource final : public ReviewSource {
    Q_OBJECT

  public:
    struct ReviewRequest {
        quint64 id;
        ReviewQuery query;
    };

    quint64 requestLocations() override {
        const quint64 id = m_next++;
        locationRequests.push_back(id);
        return id;
    }

    quint64 requestReviews(const ReviewQuery& query) override {
        const quint64 id = m_next++;
        reviewRequests.push_back({id, query});
        return id;
    }

    [[nodiscard]] const ReviewRequest& lastReviews() const { return reviewRequests.back(); }

    void answerReviews(quint64 id, ReviewPageData page) { emit reviewsReady(id, page); }
    void answerLocations(quint64 id, OrgSnapshot org) { emit locationsReady(id, org); }
    void fail(quint64 id, ErrorCode code, std::string message) {
        emit requestFailed(id, Error{code, std::move(message)});
    }
    void poke() { emit remoteDataChanged(); }

    std::vector<quint64> locationRequests;
    std::vector<ReviewRequest> reviewRequests;

  private:
    quint64 m_next = 1;
};

inline Timestamp at(const std::string& iso) {
    auto t = parse_iso8601(iso);
    return t ? *t : Timestamp{};
}

inline Review makeReview(std::int64_t id, int rating, const std::string& location = "loc-a",
                         const std::string& posted = "2026-11-24T15:00:00Z") {
    Review r;
    r.id = ReviewId(id);
    r.platform = Platform::google;
    r.platform_review_id = "g-" + std::to_string(id);
    r.location_id = LocationId(location);
    r.rating = rating;
    r.text =
        "Review number " + std::to_string(id) + (rating <= 2 ? ": the showers were cold again." : ": great class.");
    r.author = "Member " + std::to_string(id);
    r.posted_at = at(posted) - std::chrono::minutes(id);
    return r;
}

// `count` reviews with ids first, first+1, ...; ratings cycle 1..5.
inline ReviewPageData makePage(int first, int count, std::int64_t total, int offset = 0) {
    ReviewPageData page;
    page.total = total;
    page.offset = offset;
    for (int i = 0; i < count; ++i) page.reviews.push_back(makeReview(first + i, 1 + (first + i) % 5));
    return page;
}

inline OrgSnapshot makeOrg() {
    OrgSnapshot org;
    org.brands.push_back({BrandId("brand-1"), "Summit Fitness"});
    org.regions.push_back({RegionId("reg-central"), BrandId("brand-1"), "Central"});
    org.regions.push_back({RegionId("reg-east"), BrandId("brand-1"), "East"});
    Location a;
    a.id = LocationId("loc-a");
    a.region_id = RegionId("reg-central");
    a.name = "Riverside";
    a.address = "1 River Road";
    a.time_zone = "America/Chicago";
    Location b;
    b.id = LocationId("loc-b");
    b.region_id = RegionId("reg-east");
    b.name = "Harbor Point";
    b.address = "2 Harbor Street";
    b.time_zone = "America/New_York";
    org.locations = {a, b};
    return org;
}

}  // namespace outpost::ui::testing
