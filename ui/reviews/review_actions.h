#pragma once
// What a person does to reviews from the reviews screen: status, assignment and reply drafts.
// Each action is a sync command, applied to the desk's replica at once and queued for the engine
// (ReplicaReviewSource); tests use a fake. Answers run on the GUI thread.

#include <functional>
#include <string>
#include <vector>

#include <QString>

#include "domain/clock.h"
#include "domain/json_codec.h"

namespace outpost::ui {

struct ReplyDraft {
    QString id;
    qint64 reviewId = 0;
    qint64 authorId = 0;
    QString authorName;
    QString text;
    qint64 version = 1;
    QString conflictWith;  // another draft of the same review written meanwhile; empty when none
    Timestamp createdAt;
    Timestamp updatedAt;
    bool pending = false;  // changed on this desk, not synced yet
};

struct ActingUser {
    qint64 id = 0;
    QString name;
};

class ReviewActions {
  public:
    virtual ~ReviewActions() = default;

    [[nodiscard]] virtual ActingUser actingUser() const = 0;
    // Applies the command (sync/commands.h) and queues it; `done` reports a command refused here.
    virtual void submit(const std::string& name, Json args, std::function<void(Result<void>)> done) = 0;
    // The reply drafts of a review, oldest first.
    virtual void requestDrafts(qint64 reviewId, std::function<void(Result<std::vector<ReplyDraft>>)> done) = 0;
};

}  // namespace outpost::ui
