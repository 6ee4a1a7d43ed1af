#include "ui/tasks/task_text.h"

#include <QCoreApplication>

#include "ui/widgets/sla_chip.h"

namespace outpost::ui::TaskText {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr) {
    return QCoreApplication::translate("TaskText", text, disambiguation);
}

}  // namespace

QString urgency(const std::string& code) {
    if (code == "urgent") return tr("Urgent");
    if (code == "high") return tr("High");
    if (code == "low") return tr("Low");
    return tr("Normal");
}

QString status(const std::string& code) {
    if (code == "new") return tr("New");
    if (code == "assigned") return tr("Assigned");
    if (code == "in_progress") return tr("In progress");
    if (code == "waiting_on_customer") return tr("Waiting on customer");
    if (code == "resolved") return tr("Resolved");
    return QString::fromStdString(code);
}

QString type(const std::string& code) {
    if (code == "negative_review") return tr("Negative review");
    if (code == "human_requested") return tr("Asked for a person");
    if (code == "keyword_message") return tr("Sensitive message");
    if (code == "automation_failed") return tr("Automation failed");
    if (code == "approval_needed") return tr("Needs approval");
    if (code == "payment_recovery") return tr("Payment failed");
    if (code == "vip_contact") return tr("VIP contact");
    if (code == "complaint") return tr("Complaint");
    return QString::fromStdString(code);
}

QString level(const std::string& code) {
    if (code == "region") return tr("region");
    if (code == "corporate") return tr("corporate");
    return tr("location");
}

QString countdown(const sync::TaskListItem& task, Timestamp now) {
    switch (sync::live_sla(task, now)) {
        case sync::LiveSla::paused: return tr("Paused: waiting on customer");
        case sync::LiveSla::none: return tr("No SLA");
        case sync::LiveSla::breached: {
            const bool recent = !task.due || now - *task.due < std::chrono::minutes(1);
            const QString when = recent ? tr("Breached just now") : tr("Breached %1 ago").arg(SlaChip::span(now - *task.due));
            return task.level == "location" ? when : tr("%1 · %2").arg(when, level(task.level));
        }
        case sync::LiveSla::warning: return tr("%1 left").arg(SlaChip::span(*task.due - now));
        case sync::LiveSla::ok: break;
    }
    return tr("Due in %1").arg(SlaChip::span(*task.due - now));
}

QColor slaColor(sync::LiveSla state) {
    switch (state) {
        case sync::LiveSla::ok: return SlaChip::color(SlaChip::State::on_track);
        case sync::LiveSla::warning: return SlaChip::color(SlaChip::State::warning);
        case sync::LiveSla::breached: return SlaChip::color(SlaChip::State::breached);
        case sync::LiveSla::paused: return SlaChip::color(SlaChip::State::paused);
        case sync::LiveSla::none: break;
    }
    return {};
}

QString history(const sync::TaskHistoryItem& item) {
    const QString who = item.actor.empty() ? tr("Outpost") : QString::fromStdString(item.actor);
    const QString detail = QString::fromStdString(item.detail);
    if (item.kind == "created") return tr("%1 opened the task").arg(who);
    if (item.kind == "claimed") return tr("%1 claimed it").arg(who);
    if (item.kind == "released") return tr("%1 released it").arg(who);
    if (item.kind == "reassigned") return tr("%1 gave it to %2").arg(who, detail);
    if (item.kind == "taken_over") return tr("%1 took over; automation paused").arg(who);
    if (item.kind == "status") return tr("%1 set it to %2").arg(who, status(item.detail));
    if (item.kind == "escalated") return tr("Escalated to %1 (%2)").arg(detail, who);
    if (item.kind == "sla_warning") return tr("SLA warning");
    if (item.kind == "sla_breached") return tr("SLA breached; %1 notified").arg(level(item.detail));
    if (item.kind == "approval_requested") return tr("%1 asked for approval: %2").arg(who, detail);
    if (item.kind == "approved") return tr("%1 approved: %2").arg(who, detail);
    if (item.kind == "denied") return tr("%1 denied: %2").arg(who, detail);
    return who + QStringLiteral(": ") + QString::fromStdString(item.kind);
}

QString reason(const std::string& code) {
    const auto value = [&](std::string_view prefix) { return QString::fromStdString(code.substr(prefix.size())); };
    if (code.rfind("keyword:", 0) == 0) return tr("Keyword “%1”").arg(value("keyword:"));
    if (code.rfind("rating<=", 0) == 0) return tr("Rating of %1 stars or less").arg(value("rating<="));
    if (code.rfind("conversation_failed:", 0) == 0) return tr("Automation failed %1 times").arg(value("conversation_failed:"));
    if (code.rfind("above_authority:", 0) == 0) return tr("Above the automation's limit (%1)").arg(value("above_authority:"));
    if (code.rfind("payment_failed:", 0) == 0) return tr("Payment still failing after retries");
    if (code == "asked_for_human") return tr("Asked for a person");
    if (code == "vip") return tr("VIP customer");
    return QString::fromStdString(code);
}

QString money(std::int64_t cents) {
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

}  // namespace outpost::ui::TaskText
