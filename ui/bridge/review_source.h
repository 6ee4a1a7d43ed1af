#pragma once
// Where the reviews screen gets its data. EngineBridge is the real one (HTTP to an engine);
// tests use a fake. Every signal is emitted on the GUI thread, after the call that started
// the request has returned.

#include <QObject>

#include "ui/bridge/protocol.h"
#include "ui/bridge/review_query.h"

namespace outpost::ui {

class ReviewSource : public QObject {
    Q_OBJECT

  public:
    using QObject::QObject;
    ~ReviewSource() override = default;

    // Each request returns an id that its answer (ready or failed) carries.
    virtual quint64 requestLocations() = 0;
    virtual quint64 requestReviews(const ReviewQuery& query) = 0;

  signals:
    void locationsReady(quint64 requestId, const outpost::ui::OrgSnapshot& org);
    void reviewsReady(quint64 requestId, const outpost::ui::ReviewPageData& page);
    void requestFailed(quint64 requestId, const outpost::Error& error);
    // The engine says its data changed (a WebSocket poke, or the connection came back).
    void remoteDataChanged();
};

}  // namespace outpost::ui
