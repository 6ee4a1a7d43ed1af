#include "ui/sync/sync_text.h"

#include <QLocale>

#include "ui/sync/core_sync.h"

namespace outpost::ui {
namespace {

QString idText(const Json& args, const char* field) {
    auto it = args.find(field);
    if (it == args.end()) return {};
    if (it->is_number_integer()) return QString::number(it->get<std::int64_t>());
    if (it->is_string()) return QString::fromStdString(it->get<std::string>());
    return {};
}

}  // namespace

QString SyncText::command(const std::string& name, const Json& args) {
    const QString review = idText(args, "review_id");
    const QString profile = idText(args, "profile_id");
    if (name == "review.set_status") {
        const std::string status = args.value("status", std::string());
        if (status == "acknowledged") return tr("Acknowledge review %1").arg(review);
        if (status == "resolved") return tr("Resolve review %1").arg(review);
        if (status == "open") return tr("Reopen review %1").arg(review);
        if (status == "replied") return tr("Mark review %1 as replied").arg(review);
    } else if (name == "review.assign") {
        auto user = args.find("user_id");
        if (user == args.end() || user->is_null()) return tr("Unassign review %1").arg(review);
        return tr("Assign review %1 to %2").arg(review, QString::fromStdString(args.value("user_name", std::string())));
    } else if (name == "review.draft_reply") {
        return tr("Save a reply draft for review %1").arg(review);
    } else if (name == "review.discard_draft") {
        return tr("Discard a reply draft");
    } else if (name == "profile.update_contact") {
        return tr("Edit the contact details of customer %1").arg(profile);
    } else if (name == "profile.add_note") {
        return tr("Add a note to customer %1").arg(profile);
    } else if (name == "visit.check_in") {
        return tr("Check in customer %1").arg(profile);
    }
    return QString::fromStdString(sync::command_label(name));
}

QString SyncText::pending(qint64 count) {
    if (count <= 0) return tr("All changes synced");
    return tr("%Ln change(s) waiting to sync", nullptr, static_cast<int>(count));
}

QString SyncText::issues(int count) {
    return tr("%Ln sync issue(s)", nullptr, count);
}

QString SyncText::loading(const sync::BootstrapProgress& progress) {
    const QLocale locale;
    return tr("Loading your locations… %1 of %2")
        .arg(locale.toString(static_cast<qlonglong>(progress.loaded)), locale.toString(static_cast<qlonglong>(progress.total)));
}

QString SyncText::refusal(const std::string& code, const std::string& message) {
    const QString reason = QString::fromStdString(message);
    if (code == "permission_denied") return tr("Not allowed: %1").arg(reason);
    if (code == "not_found") return tr("No longer there: %1").arg(reason);
    if (code == "conflict") return tr("Changed meanwhile: %1").arg(reason);
    return tr("Not accepted: %1").arg(reason);
}

QString SyncText::roundError(const Error& error) {
    switch (error.code) {
        case ErrorCode::update_required:
            return tr("This engine needs a newer version of Outpost. Update Outpost to sync again; your changes "
                      "stay on this computer until then.");
        case ErrorCode::unavailable:
            return tr("Cannot reach the engine. Your changes are kept on this computer and sync when it is back.");
        case ErrorCode::unauthenticated:
            return tr("Your session has ended. Log in again to sync.");
        default:
            return tr("Sync failed: %1").arg(QString::fromStdString(error.message));
    }
}

}  // namespace outpost::ui
