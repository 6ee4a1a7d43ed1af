#pragma once
// Audit log entries, newest first as the engine sends them: time in the viewer's zone, actor,
// action, location, subject and a one-line summary of the details. Older pages are appended.

#include <vector>

#include <QAbstractTableModel>

#include "ui/models/location_directory.h"
#include "ui/settings/admin_api.h"

namespace outpost::ui {

class AuditTableModel final : public QAbstractTableModel {
    Q_OBJECT

  public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, LocationColumn, SubjectColumn, DetailsColumn, ColumnCount };
    enum Role {
        SeqRole = Qt::UserRole + 1,  // qint64
        OfflineRole,                 // bool: the action was done on a desk while offline
    };

    explicit AuditTableModel(const LocationDirectory& directory, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;

    void resetEntries(std::vector<AuditEntry> entries);
    // An older page; entries already shown are skipped.
    void appendEntries(std::vector<AuditEntry> entries);
    void locationsChanged();

    [[nodiscard]] const AuditEntry* entryAt(int row) const;
    // The smallest sequence number shown, the `before` of the next page.
    [[nodiscard]] std::optional<std::int64_t> oldestSeq() const;

    // "user: role=front_desk, locations=[loc-a]" for the table.
    [[nodiscard]] static QString detailsSummary(const Json& details);

  private:
    [[nodiscard]] QVariant display(const AuditEntry& entry, int column) const;
    [[nodiscard]] QString tooltip(const AuditEntry& entry, int column) const;

    const LocationDirectory& m_directory;
    std::vector<AuditEntry> m_entries;
};

}  // namespace outpost::ui
