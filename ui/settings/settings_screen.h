#pragma once
// Settings, for corporate administrators: "Users & Locations" (create and edit users, assign
// regions and locations, reset passwords, second factors) and "Audit log" (filters, paging, chain
// check). Owns its presenters; reaches the engine only through the AdminApi it is given.
//
//   EngineAdminApi api(bridge);          // outlives the screen
//   auto* settings = new SettingsScreen(api, parent);
//   settings->start();                   // loads users, locations and the newest audit entries

#include <memory>

#include "ui/settings/admin_api.h"
#include "ui/shell/screen.h"

class QTabWidget;

namespace outpost::ui {

class AuditPage;
class InlineMessage;
class AuditPresenter;
class UsersPage;
class UsersPresenter;

class SettingsScreen final : public Screen {
    Q_OBJECT

  public:
    enum class Tab { users, audit };

    explicit SettingsScreen(AdminApi& api, QWidget* parent = nullptr);
    ~SettingsScreen() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] QIcon icon() const override;
    void refresh() override;
    void focusFilters() override;
    void selectNext() override;
    void selectPrevious() override;

    // Loads both tabs.
    void start();
    void showTab(Tab tab);
    [[nodiscard]] Tab currentTab() const;
    // For screenshots and tests: selects a user by username; false when not loaded.
    bool selectUser(const QString& username);
    // Settings work on the engine directly (administrators only, never from the replica): while
    // the engine cannot be reached the screen says so.
    void setOffline(bool offline);
    [[nodiscard]] QString offlineText() const;
    // True once the users, the locations and the first audit page are shown.
    [[nodiscard]] bool isContentReady() const { return m_contentReady; }

    [[nodiscard]] UsersPresenter& usersPresenter() { return *m_usersPresenter; }
    [[nodiscard]] AuditPresenter& auditPresenter() { return *m_auditPresenter; }
    [[nodiscard]] UsersPage* usersPage() const { return m_usersPage; }
    [[nodiscard]] AuditPage* auditPage() const { return m_auditPage; }

  signals:
    // Emitted once, when the users, the locations and the first audit page are shown.
    void contentReady();

  private:
    void checkContentReady();

    std::unique_ptr<UsersPresenter> m_usersPresenter;
    std::unique_ptr<AuditPresenter> m_auditPresenter;
    QTabWidget* m_tabs;
    InlineMessage* m_offline;
    UsersPage* m_usersPage;
    AuditPage* m_auditPage;
    bool m_contentReady = false;
};

}  // namespace outpost::ui
