#include "sync/commands.h"

#include "sync/command_support.h"

namespace outpost::sync {
namespace {

using namespace detail;

struct CommandEntry {
    const char* name;
    Preparer prepare;
    const char* label;
};

const std::vector<CommandEntry>& registry() {
    static const std::vector<CommandEntry> entries = {
        {"review.set_status", review_set_status, "Change review status"},
        {"review.assign", review_assign, "Assign review"},
        {"review.draft_reply", review_draft_reply, "Save reply draft"},
        {"review.discard_draft", review_discard_draft, "Discard reply draft"},
        {"review.submit_reply", review_submit_reply, "Submit reply"},
        {"review.approve_reply", review_approve_reply, "Approve reply"},
        {"review.reject_reply", review_reject_reply, "Reject reply"},
        {"review.retry_reply", review_retry_reply, "Retry posting reply"},
        {"review.escalate", review_escalate, "Escalate review"},
        {"template.save", template_save, "Save reply template"},
        {"template.delete", template_delete, "Delete reply template"},
        {"profile.update_contact", profile_update_contact, "Edit contact details"},
        {"profile.add_note", profile_add_note, "Add note"},
        {"visit.check_in", visit_check_in, "Check in"},
        {"consent.set", consent_set, "Record consent"},
        {"lead.create_walk_in", lead_create_walk_in, "Add walk-in lead"},
        {"task.create", task_create, "Create task"},
        {"task.claim", task_claim, "Claim task"},
        {"task.release", task_release, "Release task"},
        {"task.set_status", task_set_status, "Change task status"},
        {"task.reassign", task_reassign, "Reassign task"},
        {"task.escalate", task_escalate, "Escalate task"},
        {"task.take_over", task_take_over, "Take over"},
        {"task.request_approval", task_request_approval, "Request approval"},
        {"task.decide_approval", task_decide_approval, "Decide approval"},
        {"task.open_card", task_open_card, "Open task card"},
        {"alert.acknowledge", alert_acknowledge, "Acknowledge alert"},
    };
    return entries;
}

}  // namespace

Result<PreparedCommand> prepare_command(store::Database& db, const CommandContext& context, const Command& command) {
    for (const auto& entry : registry()) {
        if (command.name == entry.name) return entry.prepare(db, context, command);
    }
    return make_error(ErrorCode::invalid_argument, "unknown command '" + command.name.substr(0, 64) + "'");
}

const std::vector<std::string>& command_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& entry : registry()) out.emplace_back(entry.name);
        return out;
    }();
    return names;
}

std::string command_label(const std::string& name) {
    for (const auto& entry : registry()) {
        if (name == entry.name) return entry.label;
    }
    return name;
}

}  // namespace outpost::sync
