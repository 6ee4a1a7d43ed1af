// Escalation tasks (issue #5): triggers, queue order, and with an in-process engine and desks on a
// manual clock the deadline monitor (warning, breach, escalation up the hierarchy, pauses), manual
// escalation, takeover with the automation pause, approval gates and the audited card.
#include <gtest/gtest.h>

#include "rules/task_queue.h"
#include "rules/task_triggers.h"
#include "store/repositories.h"
#include "sync/task_sla.h"
#include "sync/task_views.h"
#include "support/desk_test.h"

namespace outpost {
namespace {

using namespace std::chrono_literals;
using rules::SlaPriority;
using rules::TriggerEvent;
using rules::TriggerKind;
using testing::Desk;
using testing::task_args;

// ---- triggers ----

TriggerEvent event(TriggerKind kind) {
    TriggerEvent e;
    e.kind = kind;
    return e;
}

TEST(TaskTriggers, AFailedConversationNeedsAPersonOnTheSecondFailure) {
    auto e = event(TriggerKind::conversation_failed);
    e.failed_attempts = 1;
    EXPECT_FALSE(rules::task_for(e));
    e.failed_attempts = 2;
    auto t = rules::task_for(e);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->type, "automation_failed");
    EXPECT_EQ(t->source, "conversation");
    EXPECT_EQ(t->reasons, std::vector<std::string>{"conversation_failed:2"});
}

TEST(TaskTriggers, AskingForAHumanByFlagOrByPhrase) {
    auto flagged = rules::task_for(event(TriggerKind::human_requested));
    ASSERT_TRUE(flagged);
    EXPECT_EQ(flagged->urgency, SlaPriority::high);
    auto e = event(TriggerKind::message);
    e.text = "Can I please talk to someone? The app keeps looping";
    auto phrased = rules::task_for(e);
    ASSERT_TRUE(phrased);
    EXPECT_EQ(phrased->type, "human_requested");
    EXPECT_EQ(phrased->reasons, std::vector<std::string>{"asked_for_human"});
    e.text = "Quiero hablar con una persona";
    EXPECT_TRUE(rules::task_for(e));
    e.text = "What time does the pool open on Sunday?";
    EXPECT_FALSE(rules::task_for(e));
}

TEST(TaskTriggers, KeywordsAtTheStartOfAWordSetTheUrgency) {
    auto e = event(TriggerKind::message);
    e.text = "I want a REFUND and my cancellation confirmed";
    auto money = rules::task_for(e);
    ASSERT_TRUE(money);
    EXPECT_EQ(money->urgency, SlaPriority::high);
    EXPECT_EQ(money->reasons, (std::vector<std::string>{"keyword:refund", "keyword:cancel"}));
    e.text = "I slipped in the locker room, my lawyer will call. Also a refund.";
    auto hurt = rules::task_for(e);
    ASSERT_TRUE(hurt);
    EXPECT_EQ(hurt->urgency, SlaPriority::urgent);
    EXPECT_EQ(hurt->reasons, (std::vector<std::string>{"keyword:lawyer", "keyword:refund"}));
    e.text = "The paralegal course at your studio was great";  // "legal" inside a word
    EXPECT_FALSE(rules::task_for(e));
}

TEST(TaskTriggers, ReviewsOfTwoStarsOrLess) {
    auto e = event(TriggerKind::review);
    e.rating = 3;
    EXPECT_FALSE(rules::task_for(e));
    e.rating = 2;
    auto t = rules::task_for(e);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->type, "negative_review");
    EXPECT_EQ(t->source, "review");
    EXPECT_EQ(t->urgency, SlaPriority::high);
    e.rating = 1;
    e.text = "Trainer caused an injury";
    EXPECT_EQ(rules::task_for(e)->urgency, SlaPriority::urgent);
}

TEST(TaskTriggers, RequestsAboveTheAutomationsAuthority) {
    auto e = event(TriggerKind::authority_exceeded);
    e.request = "refund";
    e.amount_cents = 5000;
    e.limit_cents = 5000;
    EXPECT_FALSE(rules::task_for(e));
    e.amount_cents = 12'550;
    auto t = rules::task_for(e);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->type, "approval_needed");
    EXPECT_EQ(t->reasons, std::vector<std::string>{"above_authority:125.50>50.00"});
}

TEST(TaskTriggers, PaymentsStillFailingAfterADayAndTwoRetries) {
    auto e = event(TriggerKind::payment_failed);
    e.payment_retries = 2;
    e.since_first_failure = 23h;
    EXPECT_FALSE(rules::task_for(e));
    e.since_first_failure = 24h;
    e.payment_retries = 1;
    EXPECT_FALSE(rules::task_for(e));
    e.payment_retries = 2;
    auto t = rules::task_for(e);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->type, "payment_recovery");
    EXPECT_EQ(t->source, "payment");
}

TEST(TaskTriggers, VipCustomersGetAPersonSoonerAndForAnyMessage) {
    auto e = event(TriggerKind::payment_failed);
    e.payment_retries = 2;
    e.since_first_failure = 30h;
    e.vip = true;
    auto raised = rules::task_for(e);
    ASSERT_TRUE(raised);
    EXPECT_EQ(raised->urgency, SlaPriority::high);  // normal, one step up
    EXPECT_EQ(raised->reasons.back(), "vip");
    auto m = event(TriggerKind::message);
    m.vip = true;
    m.text = "See you Thursday!";
    auto contact = rules::task_for(m);
    ASSERT_TRUE(contact);
    EXPECT_EQ(contact->type, "vip_contact");
    m.vip = false;
    EXPECT_FALSE(rules::task_for(m));
}

// ---- queue ----

rules::QueueTask queued(std::string id, SlaPriority urgency, std::optional<int> due_minutes,
                        std::optional<std::int64_t> owner = std::nullopt) {
    const Timestamp t0 = testing::fixed_now();
    rules::QueueTask t;
    t.id = std::move(id);
    t.urgency = urgency;
    if (due_minutes) t.deadline = t0 + std::chrono::minutes(*due_minutes);
    t.created = t0;
    t.owner = owner;
    return t;
}

std::vector<std::string> ids(const std::vector<rules::QueueTask>& tasks, const std::vector<std::size_t>& order) {
    std::vector<std::string> out;
    for (auto i : order) out.push_back(tasks[i].id);
    return out;
}

TEST(TaskQueue, UrgencyThenDeadlineThenTheRest) {
    std::vector<rules::QueueTask> tasks = {
        queued("normal-soon", SlaPriority::normal, 5),  queued("urgent-late", SlaPriority::urgent, 300),
        queued("urgent-soon", SlaPriority::urgent, 30), queued("high-none", SlaPriority::high, std::nullopt),
        queued("high-soon", SlaPriority::high, 10),     queued("low", SlaPriority::low, 1),
    };
    EXPECT_EQ(ids(tasks, rules::queue_for(tasks, 7, {10, 10})),
              (std::vector<std::string>{"urgent-soon", "urgent-late", "high-soon", "high-none", "normal-soon", "low"}));
}

TEST(TaskQueue, OwnTasksAlwaysShowAndFreeCapacityOffersTheBestUnclaimed) {
    std::vector<rules::QueueTask> tasks = {
        queued("mine-low", SlaPriority::low, 50, 7),      queued("mine-normal", SlaPriority::normal, 40, 7),
        queued("theirs", SlaPriority::urgent, 1, 8),      queued("open-urgent", SlaPriority::urgent, 20),
        queued("open-high", SlaPriority::high, 20),       queued("open-normal", SlaPriority::normal, 20),
    };
    tasks.push_back(queued("done", SlaPriority::urgent, 1));
    tasks.back().resolved = true;
    // Capacity 3 with two of their own: room for one more, the most urgent unclaimed one.
    EXPECT_EQ(ids(tasks, rules::queue_for(tasks, 7, {10, 3})),
              (std::vector<std::string>{"open-urgent", "mine-normal", "mine-low"}));
    // Full: only their own work, even past N.
    EXPECT_EQ(ids(tasks, rules::queue_for(tasks, 7, {1, 2})), (std::vector<std::string>{"mine-normal", "mine-low"}));
    // Someone with nothing: the top N of what is open.
    EXPECT_EQ(ids(tasks, rules::queue_for(tasks, 9, {2, 8})), (std::vector<std::string>{"open-urgent", "open-high"}));
}

// ---- with an engine ----

class TaskEngineTest : public testing::DeskTest {
protected:
    // A task created and synced by `d`; answers its id.
    std::string create(Desk& d, const std::string& urgency, std::optional<std::int64_t> profile = std::nullopt) {
        Json args = task_args("loc-austin-downtown", "Member slipped near the pool", urgency);
        if (profile) args["profile_id"] = *profile;
        auto mutation = d.replica().submit("task.create", args);
        EXPECT_TRUE(mutation.ok());
        EXPECT_TRUE(d.sync().ok());
        return d.replica().client_id() + "/" + std::to_string(mutation.ok() ? *mutation : 0);
    }
    Timestamp column_time(Desk& d, const std::string& id, const std::string& column) {
        return store::from_db(scalar<std::int64_t>(d, "SELECT " + column + " FROM task WHERE id = '" + id + "'"));
    }
    std::string column(Desk& d, const std::string& id, const std::string& name) {
        return scalar<std::string>(d, "SELECT " + name + " FROM task WHERE id = '" + id + "'");
    }
    std::vector<std::string> history(Desk& d, const std::string& id) {
        return d.replica().read([&](store::Database& db) {
            std::vector<std::string> out;
            auto stmt = db.prepare("SELECT kind, detail FROM task_event WHERE task_id = ?1 ORDER BY at, id");
            EXPECT_TRUE(stmt.ok());
            stmt->bind(1, id);
            while (true) {
                auto has = stmt->step();
                if (!has || !*has) break;
                out.push_back(stmt->string(0) + ":" + stmt->string(1));
            }
            return out;
        });
    }
    // Lets the engine handle every deadline due now (the demo's own tasks move too).
    void check() {
        auto moved = m_engine->check_deadlines();
        EXPECT_TRUE(moved.ok()) << moved.error().message;
    }
    std::int64_t user_id(Desk& d) { return body_of(call("GET", "/v1/me", "", d.token()))["user"]["id"]; }
};

TEST_F(TaskEngineTest, ADeadlineWarnsThenBreachesThenEscalatesUpTheHierarchy) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const std::string id = create(*front, "urgent");
    EXPECT_EQ(column(*front, id, "sla_state"), "ok");
    const Timestamp warning = column_time(*front, id, "warning_at");
    const Timestamp due = column_time(*front, id, "due_at");
    ASSERT_LT(warning, due);

    m_clock.set(warning - 1ms);
    check();
    ASSERT_SYNCED(*front);
    EXPECT_EQ(column(*front, id, "sla_state"), "ok");
    m_clock.set(warning);
    check();
    ASSERT_SYNCED(*front);
    EXPECT_EQ(column(*front, id, "sla_state"), "warning");
    EXPECT_EQ(column(*front, id, "escalation_level"), "location");

    m_clock.set(due);
    check();
    ASSERT_SYNCED(*front);
    EXPECT_EQ(column(*front, id, "sla_state"), "breached");
    EXPECT_EQ(column(*front, id, "escalation_level"), "region");

    // The region's budget runs out in turn: corporate takes over. Quiet steps (the region's own
    // warning) move the next deadline without a notice.
    int ticks = 0;
    while (column(*front, id, "escalation_level") != "corporate" && ++ticks < 10) {
        m_clock.set(column_time(*front, id, "next_deadline"));
        check();
        ASSERT_SYNCED(*front);
    }
    EXPECT_EQ(column(*front, id, "escalation_level"), "corporate");
    EXPECT_EQ(history(*front, id), (std::vector<std::string>{"created:complaint", "sla_warning:location",
                                                             "sla_breached:region", "escalated:corporate"}));
    // Nothing is due twice.
    check();
    ASSERT_SYNCED(*front);
    EXPECT_EQ(history(*front, id).size(), 4u);
}

TEST_F(TaskEngineTest, WaitingOnTheCustomerStopsTheClockUntilWorkResumes) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const std::string id = create(*front, "urgent");
    const Timestamp due = column_time(*front, id, "due_at");
    ASSERT_TRUE(front->replica().submit("task.claim", {{"task_id", id}}).ok());
    ASSERT_TRUE(front->replica().submit("task.set_status", {{"task_id", id}, {"status", "waiting_on_customer"}}).ok());
    ASSERT_SYNCED(*front);
    EXPECT_EQ(scalar<int>(*front, "SELECT next_deadline IS NULL FROM task WHERE id = '" + id + "'"), 1);

    m_clock.set(due + 2h);
    check();
    ASSERT_SYNCED(*front);
    EXPECT_EQ(column(*front, id, "sla_state"), "ok");
    ASSERT_TRUE(front->replica().submit("task.set_status", {{"task_id", id}, {"status", "in_progress"}}).ok());
    ASSERT_SYNCED(*front);
    EXPECT_EQ(column(*front, id, "sla_state"), "ok");
    // The budget left when it paused now runs from the resume.
    EXPECT_GT(column_time(*front, id, "due_at"), due + 2h);
}

TEST_F(TaskEngineTest, ResolvingMeetsTheSlaAndReopeningStartsANewClock) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const std::string id = create(*front, "high");
    ASSERT_TRUE(front->replica().submit("task.claim", {{"task_id", id}}).ok());
    m_clock.advance(10min);
    ASSERT_TRUE(front->replica().submit("task.set_status", {{"task_id", id}, {"status", "resolved"}}).ok());
    ASSERT_SYNCED(*front);
    EXPECT_EQ(column(*front, id, "sla_state"), "met");
    m_clock.advance(2h);
    check();
    ASSERT_SYNCED(*front);
    EXPECT_EQ(column(*front, id, "sla_state"), "met");
    ASSERT_TRUE(front->replica().submit("task.set_status", {{"task_id", id}, {"status", "in_progress"}}).ok());
    ASSERT_SYNCED(*front);
    EXPECT_EQ(column(*front, id, "sla_state"), "ok");
    EXPECT_GT(column_time(*front, id, "due_at"), m_clock.now());
}

TEST_F(TaskEngineTest, AnEscalationByHandIsKeptWhenTheClockCatchesUp) {
    auto manager = desk("austin");
    ASSERT_SYNCED(*manager);
    const std::string id = create(*manager, "urgent");
    EXPECT_EQ(manager->replica().submit("task.escalate", {{"task_id", id}, {"reason", " "}}).error().code,
              ErrorCode::invalid_argument);
    ASSERT_TRUE(manager->replica().submit("task.escalate", {{"task_id", id}, {"reason", "Injury: region decides"}}).ok());
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(column(*manager, id, "escalation_level"), "region");
    m_clock.set(column_time(*manager, id, "warning_at"));
    check();
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(column(*manager, id, "escalation_level"), "region");
    EXPECT_EQ(history(*manager, id).back(), "sla_warning:region");
}

TEST_F(TaskEngineTest, TakeoverPausesAutomationForTheCustomerUntilResolved) {
    auto front = desk("frontdesk");
    auto manager = desk("austin");
    ASSERT_SYNCED(*front);
    const std::int64_t profile =
        scalar<std::int64_t>(*front, "SELECT id FROM profile WHERE home_location_id = 'loc-austin-downtown' LIMIT 1");
    const std::string id = create(*front, "high", profile);
    ASSERT_TRUE(front->replica().submit("task.take_over", {{"task_id", id}}).ok());
    const std::string paused = "SELECT count(*) FROM automation_pause WHERE profile_id = " + std::to_string(profile);
    EXPECT_EQ(scalar<int>(*front, paused), 1);  // at once, offline too
    const auto held = [&](Desk& d) {
        return d.replica().read([&](store::Database& db) { return sync::automation_paused(db, profile); });
    };
    EXPECT_TRUE(*held(*front));
    ASSERT_SYNCED(*front);
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(scalar<int>(*manager, paused), 1);
    EXPECT_EQ(column(*manager, id, "taken_over"), "1");
    EXPECT_EQ(column(*manager, id, "status"), "in_progress");
    // Someone else cannot take the customer over while it is held.
    EXPECT_EQ(manager->replica().submit("task.take_over", {{"task_id", id}}).error().code, ErrorCode::conflict);

    ASSERT_TRUE(front->replica().submit("task.set_status", {{"task_id", id}, {"status", "resolved"}}).ok());
    ASSERT_SYNCED(*front);
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(scalar<int>(*front, paused), 0);
    EXPECT_EQ(scalar<int>(*manager, paused), 0);
    EXPECT_FALSE(*held(*manager));
    EXPECT_EQ(history(*manager, id),
              (std::vector<std::string>{"created:complaint", "taken_over:Jamie Chen", "status:resolved"}));
}

TEST_F(TaskEngineTest, ApprovalsAboveTheLimitWaitForAnApproverWhoseLimitCoversThem) {
    auto front = desk("frontdesk");
    auto manager = desk("austin");
    auto region = desk("south");
    ASSERT_SYNCED(*front);
    const std::string id = create(*front, "high");
    const Json refund = {{"task_id", id}, {"kind", "refund"}, {"amount_cents", 15'000}, {"note", "Double charge"}};
    // Only the owner asks.
    EXPECT_EQ(front->replica().submit("task.request_approval", refund).error().code, ErrorCode::permission_denied);
    ASSERT_TRUE(front->replica().submit("task.claim", {{"task_id", id}}).ok());
    ASSERT_TRUE(front->replica().submit("task.request_approval", refund).ok());
    EXPECT_EQ(front->replica().submit("task.set_status", {{"task_id", id}, {"status", "resolved"}}).error().code,
              ErrorCode::invalid_argument);
    ASSERT_SYNCED(*front);
    ASSERT_SYNCED(*manager);
    ASSERT_SYNCED(*region);
    EXPECT_EQ(column(*region, id, "approval_state"), "pending");

    const Json approve = {{"task_id", id}, {"decision", "approve"}, {"reason", "Bank statement shows two charges"}};
    EXPECT_EQ(front->replica().submit("task.decide_approval", approve).error().code, ErrorCode::permission_denied);
    auto over_limit = manager->replica().submit("task.decide_approval", approve);
    ASSERT_FALSE(over_limit.ok());
    EXPECT_EQ(over_limit.error().code, ErrorCode::permission_denied);
    EXPECT_NE(over_limit.error().message.find("150.00"), std::string::npos) << over_limit.error().message;
    EXPECT_EQ(region->replica().submit("task.decide_approval", Json{{"task_id", id}, {"decision", "approve"}, {"reason", ""}})
                  .error()
                  .code,
              ErrorCode::invalid_argument);
    ASSERT_TRUE(region->replica().submit("task.decide_approval", approve).ok());
    ASSERT_SYNCED(*region);
    ASSERT_SYNCED(*front);
    EXPECT_TRUE(region->replica().issues().empty());
    EXPECT_EQ(column(*front, id, "approval_state"), "approved");
    EXPECT_EQ(column(*front, id, "approval_by_name"), "Dana Whitfield");
    EXPECT_EQ(scalar<std::int64_t>(*front, "SELECT approval_by FROM task WHERE id = '" + id + "'"), user_id(*region));

    // The audit names the approver and keeps the reason.
    Json entries = body_of(call("GET", "/v1/audit?limit=10&action=task.decide_approval"))["entries"];
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0]["actor"], "south");
    EXPECT_NE(entries[0].dump().find("Bank statement shows two charges"), std::string::npos) << entries[0].dump();

    // Within one's own limit nothing waits.
    const std::string small = create(*manager, "normal");
    ASSERT_TRUE(manager->replica().submit("task.claim", {{"task_id", small}}).ok());
    ASSERT_TRUE(manager->replica()
                    .submit("task.request_approval", {{"task_id", small}, {"kind", "cancellation"}, {"amount_cents", 4'000}, {"note", ""}})
                    .ok());
    ASSERT_SYNCED(*manager);
    EXPECT_EQ(column(*manager, small, "approval_state"), "approved");
}

TEST_F(TaskEngineTest, OnlyManagersHandTasksToOthers) {
    auto front = desk("frontdesk");
    auto manager = desk("austin");
    ASSERT_SYNCED(*front);
    const std::string id = create(*front, "normal");
    ASSERT_SYNCED(*manager);
    const Json to_front = {{"task_id", id}, {"user_id", user_id(*front)}, {"user_name", "Jamie Chen"}};
    EXPECT_EQ(front->replica().submit("task.reassign", to_front).error().code, ErrorCode::permission_denied);
    ASSERT_TRUE(manager->replica().submit("task.reassign", to_front).ok());
    ASSERT_SYNCED(*manager);
    ASSERT_SYNCED(*front);
    EXPECT_TRUE(manager->replica().issues().empty());
    EXPECT_EQ(column(*front, id, "owner_name"), "Jamie Chen");
    EXPECT_EQ(column(*front, id, "status"), "assigned");
}

TEST_F(TaskEngineTest, OpeningACardIsAuditedAndChangesNothing) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const std::string id = create(*front, "normal");
    const auto before = history(*front, id);
    ASSERT_TRUE(front->replica().submit("task.open_card", {{"task_id", id}}).ok());
    ASSERT_SYNCED(*front);
    EXPECT_EQ(audit_count("task.open_card"), 1);
    EXPECT_EQ(history(*front, id), before);
    EXPECT_EQ(front->replica().submit("task.open_card", {{"task_id", "nope"}}).error().code, ErrorCode::not_found);
}

TEST_F(TaskEngineTest, ARestartedEngineStillWatchesTheDeadlines) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const std::string id = create(*front, "urgent");
    const Timestamp warning = column_time(*front, id, "warning_at");
    front.reset();
    m_engine.reset();
    engine::EngineConfig config;
    config.store_path = m_dir.file("engine.db");
    auto reopened = engine::Engine::open(config, testing::kTestPassphrase, m_clock);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message;
    m_engine = std::move(*reopened);
    m_clock.set(warning);
    check();
    auto again = desk("frontdesk");
    ASSERT_SYNCED(*again);
    EXPECT_EQ(column(*again, id, "sla_state"), "warning");
}

TEST_F(TaskEngineTest, TheFrontDeskSeesItsQueueTheTeamBoardAndACardFromItsReplica) {
    auto front = desk("frontdesk");
    ASSERT_SYNCED(*front);
    const std::int64_t me = user_id(*front);
    auto tasks = front->replica().read([](store::Database& db) { return sync::read_open_tasks(db); });
    ASSERT_TRUE(tasks.ok()) << tasks.error().message;
    ASSERT_FALSE(tasks->empty());
    for (const auto& t : *tasks) EXPECT_EQ(t.location_id, "loc-austin-downtown") << t.id;

    // Their own two demo tasks, then the most urgent open ones up to the capacity.
    const auto queue = sync::queue_of(*tasks, me, {5, 4});
    ASSERT_EQ(queue.size(), 4u);
    int own = 0;
    for (const auto& t : queue) {
        EXPECT_TRUE(!t.owner_id || *t.owner_id == me) << t.id;
        own += t.owner_id == me ? 1 : 0;
    }
    EXPECT_EQ(own, 2);

    const auto board = sync::team_board(*tasks, m_clock.now());
    ASSERT_GE(board.size(), 2u);
    const auto mine = std::find_if(board.begin(), board.end(), [&](const sync::TeamRow& r) { return r.user_id == me; });
    ASSERT_NE(mine, board.end());
    EXPECT_EQ(mine->name, "Jamie Chen");
    EXPECT_EQ(mine->open, 2);
    EXPECT_EQ(mine->taken_over, 1);
    EXPECT_FALSE(board.back().user_id.has_value());  // unassigned work last

    auto card = front->replica().read(
        [](store::Database& db) { return sync::read_task_card(db, "demo-loc-austin-downtown-0", Role::front_desk); });
    ASSERT_TRUE(card.ok()) << card.error().message;
    EXPECT_EQ(card->task.type, "human_requested");
    EXPECT_FALSE(card->customer_name.empty());
    EXPECT_TRUE(card->consent_sms.has_value());
    EXPECT_EQ(card->automation_paused_by, "Jamie Chen");
    EXPECT_EQ(card->reasons, std::vector<std::string>{"asked_for_human"});
    EXPECT_FALSE(card->suggested_action.empty());
    ASSERT_FALSE(card->recent.empty());
    EXPECT_EQ(card->recent.back().kind, "created");
    EXPECT_EQ(card->authority_limit, std::optional<std::int64_t>(0));
    auto refund = front->replica().read(
        [](store::Database& db) { return sync::read_task_card(db, "demo-loc-austin-downtown-2", Role::front_desk); });
    ASSERT_TRUE(refund.ok());
    EXPECT_EQ(refund->task.approval_state, "pending");
    EXPECT_EQ(refund->task.approval_amount, std::optional<std::int64_t>(18'900));
    auto missing = front->replica().read([](store::Database& db) { return sync::read_task_card(db, "nope", Role::front_desk); });
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
}

}  // namespace
}  // namespace outpost
