#pragma once
// The audit viewer's logic, without widgets: the filters and the query they make, paging with
// before=<oldest entry shown>, stale answers, and the chain check's verdict. Tested offscreen with
// a fake AdminApi.

#include <optional>

#include <QDate>
#include <QObject>
#include <QString>
#include <QTimeZone>

#include "ui/models/location_directory.h"
#include "ui/settings/admin_api.h"
#include "ui/settings/audit_table_model.h"

namespace outpost::ui {

struct AuditFilter {
    QString actor;
    QString actionPrefix;
    QString location;           // a location id, empty for all
    std::optional<QDate> from;  // first day shown, in the viewer's zone
    std::optional<QDate> to;    // last day shown, included
    bool operator==(const AuditFilter&) const = default;
};

class AuditPresenter final : public QObject {
    Q_OBJECT

  public:
    static constexpr int kPageSize = 200;
    enum class VerifyState { notChecked, checking, intact, broken, failed };

    explicit AuditPresenter(AdminApi& api, QTimeZone zone = QTimeZone::systemTimeZone(), QObject* parent = nullptr);

    [[nodiscard]] AuditTableModel* model() { return &m_model; }
    [[nodiscard]] const LocationDirectory& directory() const { return m_directory; }

    // Loads the locations and the newest entries.
    void start();
    void refresh();

    // Each change reloads from the newest entry.
    void setFilter(const AuditFilter& filter);
    [[nodiscard]] const AuditFilter& filter() const { return m_filter; }
    // The filters as the query of the first page; empty when they contradict each other.
    [[nodiscard]] std::optional<AuditQuery> firstPageQuery() const;

    // The page before the oldest entry shown.
    void loadOlder();
    [[nodiscard]] bool canLoadOlder() const;

    void verifyChain();
    [[nodiscard]] VerifyState verifyState() const { return m_verifyState; }
    // "Intact: 1,234 entries checked", or the first broken entry and the problem.
    [[nodiscard]] QString verifyText() const { return m_verifyText; }

    [[nodiscard]] bool isLoading() const { return m_pending.has_value(); }
    [[nodiscard]] bool hasLoaded() const { return m_loaded; }
    [[nodiscard]] QString errorText() const { return m_error; }
    [[nodiscard]] int loadedCount() const { return m_model.rowCount(); }

  signals:
    void locationsChanged();
    void loadingChanged(bool loading);
    void errorChanged(const QString& message);
    void entriesReplaced();
    void entriesAppended();
    void pagingChanged();
    void verifyChanged();

  private:
    enum class PageKind { first, older };
    struct Pending {
        quint64 id;
        PageKind kind;
    };

    void reload();
    void send(const AuditQuery& query, PageKind kind);
    void onEntries(quint64 id, Result<std::vector<AuditEntry>> entries);
    void setPending(std::optional<Pending> pending);
    void setError(QString message);
    void setVerify(VerifyState state, QString text);
    [[nodiscard]] QString describe(const Error& error) const;

    AdminApi& m_api;
    QTimeZone m_zone;
    LocationDirectory m_directory;
    AuditTableModel m_model;
    AuditFilter m_filter;
    std::optional<Pending> m_pending;
    quint64 m_nextId = 1;
    quint64 m_verifyId = 0;
    bool m_loaded = false;
    bool m_moreOnServer = false;
    QString m_error;
    VerifyState m_verifyState = VerifyState::notChecked;
    QString m_verifyText;
};

}  // namespace outpost::ui
