#include "ui/reviews/review_table_model.h"

#include "ui/models/display_text.h"
#include "ui/reviews/review_inbox_text.h"
#include "ui/widgets/theme.h"

#include <limits>

namespace outpost::ui {
namespace {

// One line of the review for the table; the detail pane shows the whole text.
QString excerpt(const std::string& text) {
    QString line = QString::fromStdString(text).simplified();
    constexpr int kMaxLength = 240;
    if (line.size() > kMaxLength) line = line.left(kMaxLength - 1) + QChar(0x2026);
    return line;
}

}  // namespace

ReviewTableModel::ReviewTableModel(const LocationDirectory& directory, QObject* parent)
    : QAbstractTableModel(parent), m_directory(directory) {}

int ReviewTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_reviews.size());
}

int ReviewTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Review& review = m_reviews[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
        case Qt::DisplayRole:
            return display(review, column);
        case Qt::ToolTipRole:
            if (column == PostedColumn) {
                return tr("%1 at %2", "local time at location")
                    .arg(DisplayText::longLocalTime(review.posted_at, m_directory.timeZone(review.location_id.value())),
                         m_directory.locationName(review.location_id.value()));
            }
            if (column == RatingColumn) return DisplayText::rating(review.rating);
            if (column == StatusColumn && isPending(review.id)) {
                return tr("Changed on this computer; waiting to sync with the engine");
            }
            if (column == LocationColumn) return tr("Double-click to show only this location");
            if (column == ReasonsColumn) {
                if (const auto* t = triageOf(review.id)) {
                    return ReviewInboxText::reasonsFull(t->reasons).join(QLatin1Char('\n'));
                }
            }
            if (column == SlaColumn) {
                if (const auto* t = triageOf(review.id)) return ReviewInboxText::slaState(ReviewInboxText::liveState(*t, m_now));
            }
            return {};
        case Qt::AccessibleTextRole:
            return column == RatingColumn ? QVariant(DisplayText::rating(review.rating)) : display(review, column);
        case Qt::BackgroundRole:
            if (review.rating <= 2) return Theme::negativeTint();
            return {};
        case Qt::FontRole:
            if (column == SeverityColumn) {
                if (const auto* t = triageOf(review.id); t && t->severity == rules::Severity::high) {
                    QFont bold;
                    bold.setBold(true);
                    return bold;
                }
            }
            return {};
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignVCenter | Qt::AlignLeft));
        case ReviewIdRole:
            return QVariant::fromValue<qint64>(review.id.value());
        case RatingRole:
            return review.rating;
        case PendingRole:
            return isPending(review.id);
        case SlaColorRole:
            if (const auto* t = triageOf(review.id)) {
                return SlaChip::color(ReviewInboxText::chipState(ReviewInboxText::liveState(*t, m_now)));
            }
            return {};
        case LocationIdRole:
            return QString::fromStdString(review.location_id.value());
        case NegativeRole:
            return review.rating <= 2;
        case SortRole:
            return sortValue(review, column);
        default:
            return {};
    }
}

QVariant ReviewTableModel::display(const Review& review, int column) const {
    switch (column) {
        case RatingColumn:
            return review.rating;
        case PostedColumn:
            // The viewer's own zone keeps the column in order across locations in other zones.
            return DisplayText::shortLocalTime(review.posted_at, QTimeZone::systemTimeZone());
        case LocationColumn:
            return m_directory.locationName(review.location_id.value());
        case AuthorColumn:
            return QString::fromStdString(review.author);
        case PlatformColumn:
            return DisplayText::platform(review.platform);
        case StatusColumn:
            if (isPending(review.id)) {
                return tr("%1 · pending", "review status · waiting to sync").arg(DisplayText::status(review.status));
            }
            return DisplayText::status(review.status);
        case TextColumn:
            return excerpt(review.text);
        case SlaColumn:
            if (const auto* t = triageOf(review.id)) return ReviewInboxText::countdown(*t, m_now);
            return {};
        case SeverityColumn:
            if (const auto* t = triageOf(review.id); t && t->severity) return ReviewInboxText::severity(*t->severity);
            return {};
        case ReasonsColumn:
            if (const auto* t = triageOf(review.id)) return ReviewInboxText::reasonsShort(t->reasons);
            return {};
        default:
            return {};
    }
}

QVariant ReviewTableModel::sortValue(const Review& review, int column) const {
    switch (column) {
        case RatingColumn:
            return review.rating;
        case PostedColumn:
            return QVariant::fromValue<qint64>(review.posted_at.time_since_epoch().count());
        case LocationColumn:
            return m_directory.locationName(review.location_id.value());
        case AuthorColumn:
            return QString::fromStdString(review.author);
        case PlatformColumn:
            return DisplayText::platform(review.platform);
        case StatusColumn:
            return static_cast<int>(review.status);
        case TextColumn:
            return QString::fromStdString(review.text);
        case SlaColumn:
            // Overdue first, then the soonest due; reviews without a clock last.
            if (const auto* t = triageOf(review.id); t && t->clock && t->clock->due) {
                return QVariant::fromValue<qint64>(t->clock->due->time_since_epoch().count());
            }
            return QVariant::fromValue<qint64>(std::numeric_limits<qint64>::max());
        case SeverityColumn:
            if (const auto* t = triageOf(review.id); t && t->severity) return static_cast<int>(*t->severity);
            return -1;
        case ReasonsColumn:
            return display(review, column);
        default:
            return {};
    }
}

QVariant ReviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
            case RatingColumn:
                return tr("Rating");
            case PostedColumn:
                return tr("Posted");
            case LocationColumn:
                return tr("Location");
            case AuthorColumn:
                return tr("Author");
            case PlatformColumn:
                return tr("Platform");
            case StatusColumn:
                return tr("Status");
            case TextColumn:
                return tr("Review");
            case SlaColumn:
                return tr("SLA");
            case SeverityColumn:
                return tr("Severity");
            case ReasonsColumn:
                return tr("Why");
            default:
                break;
        }
    }
    if (role == Qt::TextAlignmentRole) return QVariant::fromValue(Qt::Alignment(Qt::AlignVCenter | Qt::AlignLeft));
    if (role == Qt::ToolTipRole && section == ReasonsColumn) {
        return tr("The words and rules that set the severity; the review's pane lists them all.");
    }
    if (role == Qt::ToolTipRole && section == PostedColumn) {
        return tr("In your time zone. The review shows the local time at its location.");
    }
    return {};
}

Qt::ItemFlags ReviewTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool ReviewTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_pagingPaused && !m_morePending && static_cast<qint64>(m_reviews.size()) < m_total;
}

void ReviewTableModel::fetchMore(const QModelIndex& parent) {
    if (!canFetchMore(parent)) return;
    m_morePending = true;
    emit moreRequested();
}

void ReviewTableModel::resetReviews(std::vector<Review> reviews, qint64 total) {
    beginResetModel();
    m_reviews = std::move(reviews);
    m_triage.clear();
    m_total = qMax<qint64>(total, static_cast<qint64>(m_reviews.size()));
    m_morePending = false;
    m_pagingPaused = false;
    endResetModel();
}

void ReviewTableModel::setPendingReviews(const std::vector<std::int64_t>& ids) {
    std::unordered_set<std::int64_t> pending(ids.begin(), ids.end());
    if (pending == m_pending) return;
    m_pending = std::move(pending);
    if (!m_reviews.empty()) emit dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn));
}

void ReviewTableModel::appendReviews(std::vector<Review> reviews, qint64 total) {
    m_morePending = false;
    m_pagingPaused = false;
    if (!reviews.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(reviews.size()) - 1);
        m_reviews.insert(m_reviews.end(), std::make_move_iterator(reviews.begin()),
                         std::make_move_iterator(reviews.end()));
        endInsertRows();
    }
    m_total = qMax<qint64>(total, static_cast<qint64>(m_reviews.size()));
}

void ReviewTableModel::clear() {
    resetReviews({}, 0);
}

void ReviewTableModel::setPagingPaused(bool paused) {
    m_pagingPaused = paused;
    if (paused) m_morePending = false;
}

void ReviewTableModel::locationsChanged() {
    if (m_reviews.empty()) return;
    emit dataChanged(index(0, LocationColumn), index(rowCount() - 1, PostedColumn));
}

void ReviewTableModel::addTriage(std::unordered_map<std::int64_t, sync::InboxTriage> triage) {
    for (auto& [id, t] : triage) m_triage[id] = std::move(t);
    if (!m_reviews.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const sync::InboxTriage* ReviewTableModel::triageOf(ReviewId id) const {
    const auto it = m_triage.find(id.value());
    return it == m_triage.end() ? nullptr : &it->second;
}

void ReviewTableModel::setNow(Timestamp now) {
    if (now == m_now) return;
    m_now = now;
    if (!m_reviews.empty()) emit dataChanged(index(0, SlaColumn), index(rowCount() - 1, SlaColumn));
}

const Review* ReviewTableModel::reviewAt(int row) const {
    if (row < 0 || row >= rowCount()) return nullptr;
    return &m_reviews[static_cast<std::size_t>(row)];
}

int ReviewTableModel::rowOf(ReviewId id) const {
    for (std::size_t i = 0; i < m_reviews.size(); ++i) {
        if (m_reviews[i].id == id) return static_cast<int>(i);
    }
    return -1;
}

}  // namespace outpost::ui
