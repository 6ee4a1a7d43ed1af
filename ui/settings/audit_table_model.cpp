#include "ui/settings/audit_table_model.h"

#include <unordered_set>

#include <QLocale>
#include <QStringList>

#include "ui/models/display_text.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {
namespace {

constexpr int kMaxDetails = 200;

QString localTime(Timestamp t) {
    const QDateTime local = DisplayText::toDateTime(t).toTimeZone(QTimeZone::systemTimeZone());
    const QLocale locale;
    return QStringLiteral("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat),
                                       local.time().toString(QStringLiteral("HH:mm:ss")));
}

QString valueText(const Json& value) {
    if (value.is_string()) return QString::fromStdString(value.get<std::string>());
    if (value.is_array()) {
        QStringList items;
        for (const auto& item : value) items << valueText(item);
        return QStringLiteral("[%1]").arg(items.join(QStringLiteral(", ")));
    }
    return QString::fromStdString(value.dump());
}

}  // namespace

AuditTableModel::AuditTableModel(const LocationDirectory& directory, QObject* parent)
    : QAbstractTableModel(parent), m_directory(directory) {}

int AuditTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const AuditEntry& entry = m_entries[static_cast<std::size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return display(entry, index.column());
        case Qt::ToolTipRole:
            return tooltip(entry, index.column());
        case Qt::ForegroundRole:
            if (index.column() == DetailsColumn) return Theme::mutedText();
            return {};
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::Alignment(Qt::AlignVCenter | Qt::AlignLeft));
        case SeqRole:
            return QVariant::fromValue<qint64>(entry.seq);
        case OfflineRole:
            return entry.deviceTime.has_value();
        default:
            return {};
    }
}

QVariant AuditTableModel::display(const AuditEntry& entry, int column) const {
    switch (column) {
        case TimeColumn:
            return localTime(entry.at);
        case ActorColumn:
            return QString::fromStdString(entry.actor);
        case ActionColumn:
            return QString::fromStdString(entry.action);
        case LocationColumn:
            return entry.locationId.empty() ? QString() : m_directory.locationName(entry.locationId);
        case SubjectColumn:
            return QString::fromStdString(entry.subject);
        case DetailsColumn:
            return detailsSummary(entry.details);
        default:
            return {};
    }
}

QString AuditTableModel::tooltip(const AuditEntry& entry, int column) const {
    switch (column) {
        case TimeColumn:
            if (entry.deviceTime) {
                return tr("Done offline at %1 on the desk; reached the engine at %2. Entry %3.")
                    .arg(localTime(*entry.deviceTime), localTime(entry.at))
                    .arg(entry.seq);
            }
            return tr("Entry %1, %2 UTC").arg(entry.seq).arg(QString::fromStdString(format_iso8601(entry.at)));
        case DetailsColumn:
            return entry.details.empty() ? QString() : QString::fromStdString(entry.details.dump(2));
        case LocationColumn:
            return entry.locationId.empty() ? QString() : m_directory.regionName(entry.locationId);
        default:
            return {};
    }
}

QString AuditTableModel::detailsSummary(const Json& details) {
    if (!details.is_object() || details.empty()) return {};
    QStringList parts;
    for (const auto& [key, value] : details.items()) {
        parts << QStringLiteral("%1=%2").arg(QString::fromStdString(key), valueText(value));
    }
    QString line = parts.join(QStringLiteral(", ")).simplified();
    if (line.size() > kMaxDetails) line = line.left(kMaxDetails - 1) + QChar(0x2026);
    return line;
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
            case TimeColumn:
                return tr("Time");
            case ActorColumn:
                return tr("Actor");
            case ActionColumn:
                return tr("Action");
            case LocationColumn:
                return tr("Location");
            case SubjectColumn:
                return tr("Subject");
            case DetailsColumn:
                return tr("Details");
            default:
                break;
        }
    }
    if (role == Qt::ToolTipRole && section == TimeColumn) return tr("In your time zone.");
    if (role == Qt::TextAlignmentRole) return QVariant::fromValue(Qt::Alignment(Qt::AlignVCenter | Qt::AlignLeft));
    return {};
}

Qt::ItemFlags AuditTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void AuditTableModel::resetEntries(std::vector<AuditEntry> entries) {
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void AuditTableModel::appendEntries(std::vector<AuditEntry> entries) {
    std::unordered_set<std::int64_t> shown;
    for (const auto& e : m_entries) shown.insert(e.seq);
    std::vector<AuditEntry> fresh;
    for (auto& e : entries) {
        if (!shown.contains(e.seq)) fresh.push_back(std::move(e));
    }
    if (fresh.empty()) return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(fresh.size()) - 1);
    m_entries.insert(m_entries.end(), std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()));
    endInsertRows();
}

void AuditTableModel::locationsChanged() {
    if (m_entries.empty()) return;
    emit dataChanged(index(0, LocationColumn), index(rowCount() - 1, LocationColumn));
}

const AuditEntry* AuditTableModel::entryAt(int row) const {
    if (row < 0 || row >= rowCount()) return nullptr;
    return &m_entries[static_cast<std::size_t>(row)];
}

std::optional<std::int64_t> AuditTableModel::oldestSeq() const {
    std::optional<std::int64_t> oldest;
    for (const auto& e : m_entries) {
        if (!oldest || e.seq < *oldest) oldest = e.seq;
    }
    return oldest;
}

}  // namespace outpost::ui
