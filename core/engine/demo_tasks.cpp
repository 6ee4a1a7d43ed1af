#include "engine/demo_tasks.h"

#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "rules/task_triggers.h"
#include "store/repositories.h"
#include "sync/task_sla.h"

namespace outpost::demo {
namespace {

using namespace std::chrono_literals;

struct Scripted {
    rules::TriggerEvent event;
    std::string summary;
    std::chrono::minutes age;
};

// Conversations and payments the demo's automation could not finish, by what the person wrote.
std::vector<Scripted> scripted_events() {
    const auto message = [](std::string text) {
        rules::TriggerEvent e;
        e.kind = rules::TriggerKind::message;
        e.text = std::move(text);
        return e;
    };
    rules::TriggerEvent payment;
    payment.kind = rules::TriggerKind::payment_failed;
    payment.payment_retries = 3;
    payment.since_first_failure = 30h;
    rules::TriggerEvent failed;
    failed.kind = rules::TriggerKind::conversation_failed;
    failed.failed_attempts = 2;
    rules::TriggerEvent refund;
    refund.kind = rules::TriggerKind::authority_exceeded;
    refund.request = "refund";
    refund.amount_cents = 18'900;
    refund.limit_cents = 5'000;
    rules::TriggerEvent vip = message("Could you hold a lane for my daughter's swim practice on Saturday?");
    vip.vip = true;
    return {
        {message("Can I talk to someone? The app will not let me pause my membership"), "Asked for a person in chat about a membership freeze", 25min},
        {payment, "Card declined on three retries since yesterday; membership renews Friday", 20h},
        {refund, "Asks for a refund of the 10-session personal training pack (189.00), used 2 sessions", 3h},
        {failed, "Booking assistant failed twice to move a class booking to next week", 50min},
        {message("I was injured on the rowing machine, the seat came loose. I'm seeing a doctor."), "Reports an injury on a rowing machine with a loose seat", 35min},
        {message("Please cancel my membership, I'm moving to Denver"), "Wants to cancel: moving away", 5h},
        {vip, "Concierge member asks to hold a lane for Saturday swim practice", 2h},
    };
}

struct Person {
    std::int64_t id = 0;
    std::string name;
};

Result<Person> person(store::Database& db, const char* username) {
    auto stmt = db.prepare("SELECT id, display_name FROM app_user WHERE username = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, username);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return make_error(ErrorCode::not_found, std::string("demo: no user ") + username);
    return Person{stmt->int64(0), stmt->string(1)};
}

Result<std::vector<std::string>> locations(store::Database& db) {
    auto stmt = db.prepare("SELECT id FROM location ORDER BY id");
    if (!stmt) return stmt.error();
    return store::collect_rows<std::string>(*stmt, [](const store::Statement& s) -> Result<std::string> { return s.string(0); });
}

Result<std::optional<std::int64_t>> member_of(store::Database& db, const std::string& location, int nth) {
    auto stmt = db.prepare("SELECT id FROM profile WHERE home_location_id = ?1 AND membership_status = 'active' ORDER BY id LIMIT 1 OFFSET ?2");
    if (!stmt) return stmt.error();
    stmt->bind(1, location).bind(2, nth);
    auto has = stmt->step();
    if (!has) return has.error();
    return *has ? std::optional<std::int64_t>(stmt->int64(0)) : std::nullopt;
}

std::string urgency_name(rules::SlaPriority p) { return std::string(rules::to_string(p)); }

// Tasks for the 1-2 star reviews of the last twelve hours, opened when the review arrived.
Result<int> review_tasks(store::Database& db, Timestamp now) {
    auto stmt = db.prepare(
        "SELECT id, location_id, rating, platform, text, profile_id, posted_at FROM review "
        "WHERE rating <= 2 AND posted_at > ?1 AND posted_at <= ?2 ORDER BY posted_at");
    if (!stmt) return stmt.error();
    stmt->bind(1, store::to_db(now - 12h)).bind(2, store::to_db(now));
    auto rows = store::collect_rows<sync::NewTask>(*stmt, [](const store::Statement& s) -> Result<sync::NewTask> {
        rules::TriggerEvent e;
        e.kind = rules::TriggerKind::review;
        e.rating = static_cast<int>(s.int64(2));
        e.text = s.string(4);
        auto spec = rules::task_for(e);
        sync::NewTask t;
        t.id = "review-" + std::to_string(s.int64(0));
        t.type = spec ? spec->type : "negative_review";
        t.source = "review";
        t.source_id = std::to_string(s.int64(0));
        if (!s.is_null(5)) t.profile_id = s.int64(5);
        t.location = LocationId(s.string(1));
        t.urgency = spec ? urgency_name(spec->urgency) : "high";
        t.summary = sync::review_task_summary(s.int64(2), s.text(3), "", s.text(4), false);
        if (spec) t.reasons = spec->reasons;
        t.suggested_action = spec ? spec->suggested_action : "";
        t.created = store::from_db(s.int64(6));
        return t;
    });
    if (!rows) return rows.error();
    for (const auto& t : *rows) {
        if (auto written = sync::insert_task(db, t, now); !written) return written.error();
    }
    return static_cast<int>(rows->size());
}

Result<void> exec(store::Database& db, std::string_view sql, const std::function<void(store::Statement&)>& bind) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    bind(*stmt);
    return stmt->run();
}

Result<void> write_tasks(store::Database& db, Timestamp now) {
    auto places = locations(db);
    if (!places) return places.error();
    if (auto reviews = review_tasks(db, now); !reviews) return reviews.error();
    const auto events = scripted_events();
    // Each location gets some of the scripted situations; Austin Downtown gets all of them.
    for (std::size_t l = 0; l < places->size(); ++l) {
        const std::string& location = (*places)[l];
        const bool showcase = location == "loc-austin-downtown";
        for (std::size_t i = 0; i < events.size(); ++i) {
            if (!showcase && (i + l) % 3 != 0) continue;
            auto spec = rules::task_for(events[i].event);
            if (!spec) continue;
            auto member = member_of(db, location, static_cast<int>(i));
            if (!member) return member.error();
            sync::NewTask t{"demo-" + location + "-" + std::to_string(i), spec->type, spec->source, std::nullopt, *member,
                            LocationId(location), urgency_name(spec->urgency), events[i].summary, spec->reasons,
                            spec->suggested_action, now - events[i].age, rules::EscalationLevel::location,
                            std::nullopt, ""};
            if (auto written = sync::insert_task(db, t, now); !written) return written.error();
        }
    }
    // Work in progress at Austin Downtown: the front desk holds two tasks (one taken over), the
    // manager one, and the refund above the front desk's limit waits for an approver.
    auto desk = person(db, "frontdesk");
    auto manager = person(db, "austin");
    if (!desk) return desk.error();
    if (!manager) return manager.error();
    const std::string base = "demo-loc-austin-downtown-";
    const auto claim = [&](const std::string& id, const Person& who, Timestamp at) {
        return exec(db, "UPDATE task SET owner_user_id = ?2, owner_name = ?3, claimed_at = ?4, status = 'in_progress' "
                        "WHERE id = ?1",
                    [&](store::Statement& s) { s.bind(1, id).bind(2, who.id).bind(3, who.name).bind(4, store::to_db(at)); });
    };
    if (auto r = claim(base + "0", *desk, now - 15min); !r) return r;
    if (auto r = claim(base + "2", *desk, now - 2h); !r) return r;
    if (auto r = claim(base + "4", *manager, now - 50min); !r) return r;
    // The person who asked for a human is taken over: automation for them is paused.
    auto taken = exec(db, "UPDATE task SET taken_over = 1 WHERE id = ?1", [&](store::Statement& s) { s.bind(1, base + "0"); });
    if (!taken) return taken;
    auto paused = exec(db,
                       "INSERT INTO automation_pause(profile_id, location_id, task_id, user_id, user_name, since) "
                       "SELECT profile_id, location_id, id, ?2, ?3, ?4 FROM task WHERE id = ?1 AND profile_id IS NOT NULL",
                       [&](store::Statement& s) {
                           s.bind(1, base + "0").bind(2, desk->id).bind(3, desk->name).bind(4, store::to_db(now - 15min));
                       });
    if (!paused) return paused;
    return exec(db,
                "UPDATE task SET approval_kind = 'refund', approval_amount = 18900, approval_state = 'pending' WHERE id = ?1",
                [&](store::Statement& s) { s.bind(1, base + "2"); });
}

}  // namespace

Result<void> seed_tasks(store::Database& db, Timestamp now) {
    auto tx = store::Transaction::begin(db);
    if (!tx) return tx.error();
    if (auto written = write_tasks(db, now); !written) return written;
    return tx->commit();
}

}  // namespace outpost::demo
