#include "ui/customers/customer_ops_presenter.h"

#include <QPointer>

#include "ui/logging.h"
#include "ui/sync/desk_sync_controller.h"

namespace outpost::ui {

CustomerOpsPresenter::CustomerOpsPresenter(CustomerApi& api, DeskSyncController& sync, QObject* parent)
    : QObject(parent), m_api(api), m_sync(sync) {}

// Wraps a use of an answer: counts the request as running, drops it when this object is gone, and
// turns an error into failed().
template <typename T>
std::function<void(Result<T>)> CustomerOpsPresenter::answer(std::function<void(T)> use) {
    ++m_busy;
    emit busyChanged();
    QPointer<CustomerOpsPresenter> self(this);
    return [self, use = std::move(use)](Result<T> result) {
        if (!self) return;
        --self->m_busy;
        emit self->busyChanged();
        if (!result) {
            qCWarning(lcBridge) << "customers request failed:" << QString::fromStdString(result.error().message);
            emit self->failed(QString::fromStdString(result.error().message));
            return;
        }
        use(std::move(*result));
    };
}

void CustomerOpsPresenter::start() {
    using Locations = Result<std::vector<std::pair<std::string, std::string>>>;
    QPointer<CustomerOpsPresenter> self(this);
    m_sync.worker().run<Locations>(
        [](sync::Replica& replica) {
            return replica.read([](store::Database& db) -> Locations {
                auto stmt = db.prepare("SELECT id, name FROM location ORDER BY name, id");
                if (!stmt) return stmt.error();
                return store::collect_rows<std::pair<std::string, std::string>>(
                    *stmt, [](const store::Statement& s) -> Result<std::pair<std::string, std::string>> {
                        return std::pair{s.string(0), s.string(1)};
                    });
            });
        },
        [self](Locations list) {
            if (!self) return;
            if (!list) {
                emit self->failed(QString::fromStdString(list.error().message));
                return;
            }
            self->m_locations = std::move(*list);
            emit self->locationsChanged();
            if (self->m_location.empty() && !self->m_locations.empty()) self->showLocation(self->m_locations.front().first);
        });
    loadMergeQueue();
}

void CustomerOpsPresenter::loadMergeQueue() {
    m_api.listSuggestions(answer<std::vector<MergeSuggestion>>([this](std::vector<MergeSuggestion> list) {
        m_suggestions = std::move(list);
        emit suggestionsChanged();
    }));
    m_api.listMerges(answer<MergeHistory>([this](MergeHistory history) {
        m_merges = std::move(history);
        emit mergesChanged();
    }));
}

void CustomerOpsPresenter::approve(std::int64_t suggestionId) {
    m_api.approveSuggestion(suggestionId, answer<std::int64_t>([this](std::int64_t merge) {
        emit succeeded(tr("Merged (merge %1). It can be undone from the list of merges.").arg(merge));
        loadMergeQueue();
        m_sync.wake();
    }));
}

void CustomerOpsPresenter::reject(std::int64_t suggestionId, const QString& reason) {
    m_api.rejectSuggestion(suggestionId, reason.trimmed().toStdString(), answer<bool>([this](bool) {
        emit succeeded(tr("Kept apart: the suggestion was rejected."));
        loadMergeQueue();
    }));
}

void CustomerOpsPresenter::unmerge(std::int64_t mergeId) {
    m_api.unmerge(mergeId, answer<bool>([this, mergeId](bool) {
        emit succeeded(tr("Merge %1 undone: both customers are back as they were.").arg(mergeId));
        loadMergeQueue();
        m_sync.wake();
    }));
}

void CustomerOpsPresenter::showLocation(const std::string& locationId) {
    m_location = locationId;
    loadAtRisk();
}

void CustomerOpsPresenter::loadAtRisk() {
    if (m_location.empty()) return;
    const std::string asked = m_location;
    m_api.atRisk(asked, answer<AtRiskBoard>([this, asked](AtRiskBoard board) {
        if (asked != m_location) return;
        m_board = std::move(board);
        emit boardChanged();
    }));
}

void CustomerOpsPresenter::recompute() {
    if (m_location.empty()) return;
    m_api.recompute(m_location, answer<std::int64_t>([this](std::int64_t n) {
        emit succeeded(tr("Members scored again: %1.").arg(n));
        loadAtRisk();
        m_sync.wake();
    }));
}

void CustomerOpsPresenter::startOutreach(std::int64_t profileId, const QString& note) {
    m_api.startOutreach(profileId, note.trimmed().toStdString(), answer<OutreachStarted>([this](OutreachStarted started) {
        emit succeeded(tr("Outreach started: a task was created. Outreach left this week: %1.").arg(started.quotaLeft));
        loadAtRisk();
        m_sync.wake();
    }));
}

}  // namespace outpost::ui
