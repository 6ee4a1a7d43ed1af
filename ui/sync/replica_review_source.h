#pragma once
// The reviews screen's data from the desk's replica: locations and review pages answered by the
// same repositories the engine uses (store::SqlOrgRepository, SqlReviewRepository) on the
// replica, so that a desk shows the same list online and offline. Actions are sync commands
// applied at once and queued; the runner is woken to push them. remoteDataChanged() follows a
// sync round that changed the replica.

#include <QObject>

#include "ui/bridge/review_source.h"
#include "ui/reviews/review_actions.h"

namespace outpost::ui {

class DeskSyncController;

class ReplicaReviewSource final : public ReviewSource, public ReviewActions {
    Q_OBJECT

  public:
    ReplicaReviewSource(DeskSyncController& sync, ActingUser user, const Clock& clock, QObject* parent = nullptr);

    quint64 requestLocations() override;
    quint64 requestReviews(const ReviewQuery& query) override;

    [[nodiscard]] ActingUser actingUser() const override { return m_user; }
    void submit(const std::string& name, Json args, std::function<void(Result<void>)> done) override;
    void requestDrafts(qint64 reviewId, std::function<void(Result<std::vector<ReplyDraft>>)> done) override;

    // The number of reviews the replica holds (the person's scope); answered on the GUI thread.
    void requestReviewCount(std::function<void(qint64)> done);

  private:
    DeskSyncController& m_sync;
    const ActingUser m_user;
    const Clock& m_clock;
    quint64 m_nextId = 1;
};

}  // namespace outpost::ui
