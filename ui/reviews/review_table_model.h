#pragma once
// The reviews of the current filters, in its order (newest first), one row per
// review. Rows arrive a page at a time: canFetchMore()/fetchMore() tell the presenter to ask for
// the next page, which it appends with appendReviews().

#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <QAbstractTableModel>

#include "domain/review.h"
#include "sync/review_inbox.h"
#include "ui/models/location_directory.h"

namespace outpost::ui {

class ReviewTableModel final : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column {
        RatingColumn,
        SlaColumn,       // the countdown chip of the most pressing open clock
        SeverityColumn,
        ReasonsColumn,   // what fired in the triage, short
        LocationColumn,
        StatusColumn,
        PostedColumn,
        AuthorColumn,
        PlatformColumn,
        TextColumn,
        ColumnCount
    };
    enum Role {
        ReviewIdRole = Qt::UserRole + 1,  // qint64
        RatingRole,                       // int 1..5
        NegativeRole,                     // bool: rating 1 or 2
        SortRole,                         // a value that sorts the column naturally
        PendingRole,                      // bool: changed on this desk, not synced yet
        SlaColorRole,                     // QColor of the SLA chip; invalid without a clock
        LocationIdRole,                   // QString
    };

    explicit ReviewTableModel(const LocationDirectory& directory, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // A new first page: replaces every row.
    void resetReviews(std::vector<Review> reviews, qint64 total);
    // The reviews with changes waiting to sync (marked "pending" in the status column).
    void setPendingReviews(const std::vector<std::int64_t>& ids);
    [[nodiscard]] bool isPending(ReviewId id) const { return m_pending.contains(id.value()); }
    // The next page, appended.
    void appendReviews(std::vector<Review> reviews, qint64 total);
    // Severity, reason codes and SLA clock of the reviews loaded (merged by review id).
    void addTriage(std::unordered_map<std::int64_t, sync::InboxTriage> triage);
    [[nodiscard]] const sync::InboxTriage* triageOf(ReviewId id) const;
    // The time the countdown chips count from; the SLA cells repaint.
    void setNow(Timestamp now);
    void clear();
    // While paused (a page failed to load), canFetchMore() is false until the next success.
    void setPagingPaused(bool paused);
    // Location names or time zones changed: cells that show them are repainted.
    void locationsChanged();

    [[nodiscard]] const Review* reviewAt(int row) const;
    [[nodiscard]] int rowOf(ReviewId id) const;  // -1 when not loaded
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] bool morePending() const { return m_morePending; }

  signals:
    // The view scrolled to the end and there is more: the presenter should load the next page.
    void moreRequested();

  private:
    [[nodiscard]] QVariant display(const Review& review, int column) const;
    [[nodiscard]] QVariant sortValue(const Review& review, int column) const;

    const LocationDirectory& m_directory;
    std::vector<Review> m_reviews;
    qint64 m_total = 0;
    bool m_morePending = false;
    bool m_pagingPaused = false;
    std::unordered_set<std::int64_t> m_pending;
    std::unordered_map<std::int64_t, sync::InboxTriage> m_triage;
    Timestamp m_now{};
};

}  // namespace outpost::ui
