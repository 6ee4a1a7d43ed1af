#pragma once
// What each sync command does to a store, written once for both sides: the engine applies it for
// real, a desk applies the same code optimistically to its replica before the engine has seen it.
//
// A command is prepared first (arguments checked, the rows it may touch named), then run. A desk
// keeps the rows a command may touch as they were, so that it can undo the command if the engine
// refuses it, and re-apply it on top of newer engine data (rebase).
//
// Commands:
//   review.set_status     {review_id, status}                       acknowledge, resolve, reopen
//   review.assign         {review_id, user_id|null, user_name}      assign (or release) a review
//   review.draft_reply    {review_id, text, draft_id?, base_version?}  save a reply draft
//   review.draft_reply also takes {template_id?, kind?: public|private}: the draft keeps the template
//                         and the text it rendered to for the review; only drafts and failed
//                         replies can be edited (an edit makes a failed reply a draft again)
//   review.discard_draft  {draft_id}                                not once approved or posted
//   review.submit_reply   {draft_id}        draft -> approved (queued), or awaiting_approval for a
//                         high-severity review; an unedited template for <= 2 stars is refused
//   review.approve_reply  {draft_id, reason}  awaiting_approval -> approved; regional manager or
//                         corporate; the reason is required and audited with the approver
//   review.reject_reply   {draft_id, reason}  awaiting_approval -> draft; the same people
//   review.retry_reply    {draft_id}          failed -> approved (queued again)
//   template.save         {template_id?, slot, kind, lang?, title, body, location_id?}
//                         a brand-wide template (corporate) or a location's override (its managers);
//                         a save into a slot that holds a template replaces it; unknown tokens refused
//   template.delete       {template_id}                             the same people
//   profile.update_contact {profile_id, first_name?, last_name?, primary_phone?, primary_email?}
//   profile.add_note      {profile_id, text}
//   visit.check_in        {profile_id, location_id}                 front-desk check-in (visit_logged)
//   task.create           {type, source, source_id?, profile_id?, location_id, urgency, summary}
//                         an escalation task (id "client/mutation"); due_at from the SLA defaults
//                         for its urgency in the location's business hours
//   task.claim            {task_id}                                 take a task (again: no change)
//   task.release          {task_id}                                 give it back (owner only)
//   task.set_status       {task_id, status}                         owner, or anyone while unclaimed;
//                         waiting_on_customer pauses the SLA clock, resolved stops it (and ends a
//                         takeover), reopening starts a new one
//   task.reassign         {task_id, user_id, user_name}             managers hand a task to someone
//   task.escalate         {task_id, reason}                         by hand, one level up the hierarchy
//   task.take_over        {task_id}                                 claim it and pause all automation
//                         for its customer until release or resolve (automation_pause row)
//   task.request_approval {task_id, kind: refund|cancellation, amount_cents, note}
//                         within the requester's own limit it is approved at once, else pending
//   task.decide_approval  {task_id, decision: approve|deny, reason}                an approver whose limit covers the
//                         amount, not the task's owner; the reason is required and audited
//   task.open_card        {task_id}                                 writes nothing but the audit row
//
// Every task command that changes a task adds a row to its history (task_event).
//
// Reply states (posted and failed are the engine's, after its publisher answered): see
// reply_commands.cpp. Templates: the last save in engine order wins.
//
// Conflicts: profile fields — the last writer in engine order wins, the overwritten value stays in
// profile_field_history; reply drafts — two drafts of one review are both kept, the later one
// carries conflict_with (so does an edit made on an older version of a draft); task claims — the
// first claim in engine order wins, a later claim by someone else is refused as a conflict naming
// the owner (the desk that made it undoes it and lists it as a sync issue).

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/clock.h"
#include "domain/ids.h"
#include "domain/user.h"
#include "store/database.h"
#include "sync/entities.h"
#include "sync/protocol.h"

namespace outpost::sync {

struct CommandContext {
    std::string client_id;
    std::int64_t mutation_id = 0;
    UserId user_id;
    std::string user_name;  // display name, kept with drafts, notes and history rows
    Timestamp now;          // engine time, or the desk's own clock when optimistic
    // The engine's check of the caller's locations; a desk passes nothing (its replica is its scope).
    const Scope* scope = nullptr;
    // The engine's check that a user may take a review at a location; answers their display name.
    std::function<Result<std::string>(UserId, const LocationId&)> assignee;
    // The caller's role; a desk that does not know it leaves role checks to the engine.
    std::optional<Role> role;
    bool optimistic = false;  // on a desk: new rows get local ids until the engine's rows arrive
};

struct PreparedCommand {
    std::vector<EntityRef> touches;    // rows the command may write
    std::optional<LocationId> location;  // where it happens (for the audit)
    std::string subject;                 // "review:12" (for the audit)
    Json details = Json::object();       // what it does, without personal data (for the audit)
    // Writes the command; answers the rows it changed (empty when there was nothing to do).
    std::function<Result<std::vector<EntityRef>>()> run;
};

[[nodiscard]] Result<PreparedCommand> prepare_command(store::Database& db, const CommandContext& context,
                                                      const Command& command);

// The names of all commands, for messages and tests.
[[nodiscard]] const std::vector<std::string>& command_names();

// "Acknowledge review", "Save reply draft" ... (English; the console translates its own labels).
[[nodiscard]] std::string command_label(const std::string& name);

}  // namespace outpost::sync
