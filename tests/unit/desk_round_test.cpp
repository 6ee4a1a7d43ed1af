// A desk's round: a desk with commands waiting sends them and receives the pull that follows in
// the push's answer (one request); an engine that answers without it is pulled as before.
#include <gtest/gtest.h>

#include "support/desk_test.h"

namespace outpost {
namespace {

using testing::Desk;

class DeskRoundTest : public testing::DeskTest {
protected:
    static std::int64_t austin_profile(Desk& d) {
        return scalar<std::int64_t>(d, "SELECT id FROM profile WHERE home_location_id = 'loc-austin-downtown' ORDER BY id LIMIT 1");
    }

    // The other desk renames the profile and this one changes its phone, then syncs: answers the
    // requests that round made.
    int round_with_both_edits(Desk& front, Desk& other) {
        const std::int64_t profile = austin_profile(front);
        EXPECT_TRUE(other.replica().submit("profile.update_contact", {{"profile_id", profile}, {"last_name", "Okafor"}}).ok());
        EXPECT_TRUE(other.sync().ok());
        EXPECT_TRUE(front.replica().submit("profile.update_contact", {{"profile_id", profile}, {"primary_phone", "+15125550188"}}).ok());
        const int before = front.requests;
        EXPECT_TRUE(front.sync().ok());
        return front.requests - before;
    }

    void expect_both_edits(Desk& front) {
        const std::string row = " FROM profile WHERE id = " + std::to_string(austin_profile(front));
        EXPECT_EQ(scalar<std::string>(front, "SELECT last_name" + row), "Okafor");
        EXPECT_EQ(scalar<std::string>(front, "SELECT primary_phone" + row), "+15125550188");
        EXPECT_EQ(front.replica().pending_count(), 0);  // confirmed by the pull
        EXPECT_EQ(scalar<int>(front, "SELECT count(*) FROM shadow"), 0);
    }
};

TEST_F(DeskRoundTest, ADeskWithCommandsWaitingPushesAndPullsInOneRequest) {
    auto front = desk("frontdesk");
    auto other = desk("frontdesk");
    ASSERT_SYNCED(*front);
    ASSERT_SYNCED(*other);
    EXPECT_EQ(round_with_both_edits(*front, *other), 1);
    expect_both_edits(*front);
    // Nothing waiting: a pull alone.
    const int before = front->requests;
    ASSERT_SYNCED(*front);
    EXPECT_EQ(front->requests - before, 1);
}

TEST_F(DeskRoundTest, AnEngineThatAnswersAPushWithoutThePullIsPulled) {
    auto front = desk("frontdesk");
    auto other = desk("frontdesk");
    ASSERT_SYNCED(*front);
    ASSERT_SYNCED(*other);
    front->pushes_without_pull = true;
    EXPECT_EQ(round_with_both_edits(*front, *other), 2);
    expect_both_edits(*front);
}

}  // namespace
}  // namespace outpost
