#include "sync/command_support.h"

#include "domain/enums.h"
#include "domain/review.h"
#include "store/repositories.h"
#include "sync/review_sla.h"
#include "sync/reply_templates.h"

namespace outpost::sync::detail {
namespace {

// The review clocks a status meets: acknowledging meets the acknowledgement, a reply also the
// public reply, resolving every obligation of the review.
std::vector<rules::SlaItemType> review_obligations_met(ReviewStatus status) {
    using rules::SlaItemType;
    switch (status) {
        case ReviewStatus::acknowledged: return {SlaItemType::review_acknowledge};
        case ReviewStatus::replied: return {SlaItemType::review_acknowledge, SlaItemType::review_public_reply};
        case ReviewStatus::resolved:
            return {SlaItemType::review_acknowledge, SlaItemType::review_public_reply,
                    SlaItemType::review_private_outreach, SlaItemType::review_resolution};
        case ReviewStatus::open: break;
    }
    return {};
}

}  // namespace

// ---- review.set_status ----
Result<PreparedCommand> review_set_status(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const auto id = r.integer("review_id", 1, kMaxId);
    const auto status = r.enumeration<ReviewStatus>("status");
    if (!r.ok()) return r.error();
    auto review = find_review(db, c, id);
    if (!review) return review.error();
    const EntityRef ref{"review", std::to_string(id)};
    PreparedCommand p = prepared_for(ref, review->location);
    const auto met = review_obligations_met(status);
    for (auto type : met) p.touches.push_back({"review_sla", review_sla_id(id, type)});
    p.details = {{"status", to_string(status)}};
    const std::string current = review->status;
    p.run = [&db, id, status, ref, current, met, now = c.now]() -> Changed {
        if (current == to_string(status)) return std::vector<EntityRef>{};
        auto done = run_sql(db, "UPDATE review SET status = ?2 WHERE id = ?1",
                            [&](store::Statement& s) { s.bind(1, id).bind(2, to_string(status)); });
        if (!done) return done.error();
        std::vector<EntityRef> changed{ref};
        for (auto type : met) {
            auto completed = complete_review_sla(db, id, type, now);
            if (!completed) return completed.error();
            if (*completed) changed.push_back(**completed);
        }
        return changed;
    };
    return p;
}

// ---- review.assign ----
Result<PreparedCommand> review_assign(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const auto id = r.integer("review_id", 1, kMaxId);
    const auto user = r.optional_integer("user_id", 1, kMaxId);
    auto name = r.optional_string("user_name", 200).value_or("");
    if (!r.ok()) return r.error();
    auto review = find_review(db, c, id);
    if (!review) return review.error();
    if (user && c.assignee) {
        auto real = c.assignee(UserId(*user), review->location);
        if (!real) return real.error();
        name = *real;
    }
    if (user && name.empty()) return make_error(ErrorCode::invalid_argument, "args.user_name: must not be empty");
    if (!user) name.clear();
    const EntityRef ref{"review", std::to_string(id)};
    PreparedCommand p = prepared_for(ref, review->location);
    p.details = {{"assigned_user_id", user ? Json(*user) : Json(nullptr)}};
    p.run = [&db, id, user, name, ref]() -> Changed {
        auto done = run_sql(db, "UPDATE review SET assigned_user_id = ?2, assigned_name = ?3 WHERE id = ?1",
                            [&](store::Statement& s) { s.bind(1, id).bind(2, user).bind(3, name); });
        if (!done) return done.error();
        return std::vector<EntityRef>{ref};
    };
    return p;
}


// ---- review.draft_reply ----
namespace {

struct DraftRow {
    std::string review_location;
    std::int64_t review_id = 0;
    std::int64_t version = 0;
    std::string state;
};

Result<std::optional<DraftRow>> find_draft(store::Database& db, const std::string& id) {
    auto stmt = db.prepare("SELECT location_id, review_id, version, state FROM review_reply_draft WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bind(1, id);
    auto has = stmt->step();
    if (!has) return has.error();
    if (!*has) return std::optional<DraftRow>();
    return std::optional<DraftRow>(DraftRow{stmt->string(0), stmt->int64(1), stmt->int64(2), stmt->string(3)});
}

// The newest draft of the review by anyone, if there is one other than `except`.
Result<std::optional<std::string>> other_draft(store::Database& db, std::int64_t review, const std::string& except) {
    auto stmt = db.prepare(
        "SELECT id FROM review_reply_draft WHERE review_id = ?1 AND id <> ?2 ORDER BY created_at DESC, id DESC LIMIT 1");
    if (!stmt) return stmt.error();
    stmt->bind(1, review).bind(2, except);
    auto has = stmt->step();
    if (!has) return has.error();
    return *has ? std::optional<std::string>(stmt->string(0)) : std::nullopt;
}

// The template a draft starts from, rendered for the review and the writer: the text a reply of a
// negative review must differ from.
struct StartingTemplate {
    std::string id;
    std::string text;
    std::string kind;
};
Result<std::optional<StartingTemplate>> starting_template(store::Database& db, const CommandContext& c,
                                                          const std::optional<std::string>& id, std::int64_t review,
                                                          const LocationId& location) {
    if (!id) return std::optional<StartingTemplate>();
    auto found = find_template(db, *id);
    if (!found) return found.error();
    if (!*found || ((*found)->location_id && *(*found)->location_id != location.value())) {
        return make_error(ErrorCode::not_found, "no reply template " + *id + " for this location");
    }
    auto values = review_token_values(db, review, c.user_name);
    if (!values) return values.error();
    return std::optional<StartingTemplate>(
        StartingTemplate{*id, render_template((*found)->body, *values).text, (*found)->kind});
}

constexpr std::array<std::string_view, 2> kReplyKinds = {"public", "private"};
}  // namespace


Result<PreparedCommand> review_draft_reply(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const auto review_id = r.integer("review_id", 1, kMaxId);
    const std::string text = trimmed(r.string("text", kMaxTextBytes));
    const auto draft_id = r.optional_string("draft_id", 200);
    const auto base_version = r.optional_integer("base_version", 1, kMaxId);
    const auto template_id = r.optional_string("template_id", 200);
    const std::string kind = cmd.args.contains("kind") ? one_of(r, "kind", kReplyKinds) : std::string();
    if (r.ok() && text.empty()) r.fail("text", "must not be empty");
    if (!r.ok()) return r.error();
    auto review = find_review(db, c, review_id);
    if (!review) return review.error();
    auto start = starting_template(db, c, template_id, review_id, review->location);
    if (!start) return start.error();
    const std::string reply_kind = !kind.empty() ? kind : *start ? (*start)->kind : std::string("public");


    PreparedCommand p;
    p.location = review->location;
    p.subject = "review:" + std::to_string(review_id);
    const std::string fresh_id = new_row_id(c);
    std::optional<std::string> edit;  // the draft to update in place
    std::optional<std::string> conflict_with;
    if (draft_id) {
        auto existing = find_draft(db, *draft_id);
        if (!existing) return existing.error();
        if (!*existing || (*existing)->review_id != review_id) {
            return make_error(ErrorCode::not_found, "no draft " + *draft_id + " of review " + std::to_string(review_id));
        }
        const std::string& state = (*existing)->state;
        if (state == "awaiting_approval" || state == "approved" || state == "posted") {
            return make_error(ErrorCode::conflict, "draft " + *draft_id + " is " + state + " and can no longer be edited");
        }
        if (base_version && *base_version != (*existing)->version) {
            conflict_with = *draft_id;  // edited meanwhile by someone else: keep both
        } else {
            edit = *draft_id;
        }
    } else {
        auto other = other_draft(db, review_id, fresh_id);
        if (!other) return other.error();
        conflict_with = *other;
    }
    const std::string row_id = edit.value_or(fresh_id);
    p.touches = {{"review_reply_draft", row_id}};
    p.details = {{"draft", row_id}, {"conflict", conflict_with.has_value()}};
    const std::string location = review->location.value();
    const CommandContext ctx = c;
    const std::optional<std::string> start_id = *start ? std::optional((*start)->id) : std::nullopt;
    const std::optional<std::string> start_text = *start ? std::optional((*start)->text) : std::nullopt;
    p.run = [&db, ctx, review_id, location, text, edit, conflict_with, row_id, start_id, start_text,
             reply_kind]() -> Changed {
        Result<void> done;
        if (edit) {
            // An edit of a failed reply makes it a draft again; naming a template restarts from it.
            done = run_sql(db,
                           "UPDATE review_reply_draft SET text = ?2, version = version + 1, updated_at = ?3, "
                           "state = 'draft', kind = ?4, template_id = coalesce(?5, template_id), "
                           "template_text = coalesce(?6, template_text) WHERE id = ?1",
                           [&](store::Statement& s) {
                               s.bind(1, *edit).bind(2, text).bind(3, store::to_db(ctx.now)).bind(4, reply_kind);
                               s.bind(5, start_id).bind(6, start_text);
                           });
        } else {
            done = run_sql(db,
                           "INSERT INTO review_reply_draft(id, review_id, location_id, author_id, author_name, text, "
                           "version, conflict_with, created_at, updated_at, kind, template_id, template_text) "
                           "VALUES(?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, ?8, ?8, ?9, ?10, ?11) "
                           "ON CONFLICT(id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                           [&](store::Statement& s) {
                               s.bind(1, row_id)
                                   .bind(2, review_id)
                                   .bind(3, location)
                                   .bind(4, ctx.user_id.value())
                                   .bind(5, ctx.user_name)
                                   .bind(6, text)
                                   .bind(7, conflict_with)
                                   .bind(8, store::to_db(ctx.now))
                                   .bind(9, reply_kind)
                                   .bind(10, start_id)
                                   .bind(11, start_text);
                           });
        }
        if (!done) return done.error();
        return std::vector<EntityRef>{{"review_reply_draft", row_id}};
    };
    return p;
}


// ---- review.discard_draft ----
Result<PreparedCommand> review_discard_draft(store::Database& db, const CommandContext& c, const Command& cmd) {
    JsonReader r(cmd.args, "args");
    const std::string id = r.string("draft_id", 200);
    if (!r.ok()) return r.error();
    auto draft = find_draft(db, id);
    if (!draft) return draft.error();
    if (!*draft) return make_error(ErrorCode::not_found, "no draft " + id);
    if (auto s = in_scope(c, LocationId((*draft)->review_location), "draft " + id); !s) return s.error();
    if ((*draft)->state == "approved" || (*draft)->state == "posted") {
        return make_error(ErrorCode::conflict, "draft " + id + " is " + (*draft)->state + " and cannot be discarded");
    }
    PreparedCommand p;
    const EntityRef ref{"review_reply_draft", id};
    p.touches = {ref};
    p.location = LocationId((*draft)->review_location);
    p.subject = "review:" + std::to_string((*draft)->review_id);
    p.details = {{"draft", id}};
    p.run = [&db, id, ref]() -> Changed {
        auto done = run_sql(db, "DELETE FROM review_reply_draft WHERE id = ?1", [&](store::Statement& s) { s.bind(1, id); });
        if (!done) return done.error();
        return std::vector<EntityRef>{ref};
    };
    return p;
}

}  // namespace outpost::sync::detail

