#pragma once
// The console's window: the navigation rail (only screens that exist), the current screen, and a
// status bar with the signed-in person (and a way to log out), the connection (online or offline,
// in words and colour), the changes waiting to sync and the refused ones (opening the Sync issues
// panel), the first load's progress, the last sync and the number of reviews the person may see.
// The screens read the desk's replica; Settings alone work on the engine directly.

#include <memory>
#include <optional>
#include <vector>

#include <QMainWindow>
#include <QPointer>

#include "domain/clock.h"

class QLabel;
class QListWidget;
class QProgressBar;
class QToolButton;
class QStackedWidget;
class QSystemTrayIcon;

namespace outpost::ui {

class DeskSyncController;
class EngineBridge;
class InlineMessage;
class ReplicaReviewSource;
class ReviewActions;
class SyncIssuesDialog;
class ReviewsPresenter;
class ReviewsExtras;
class ReviewsView;
class SettingsScreen;
class TasksPresenter;
class TasksView;
class DeskPresenter;
class DeskView;
class CustomersPresenter;
class CustomerOpsPresenter;
class CustomersScreen;
class EngineCustomerApi;
class EngineAdminApi;
class Screen;

class MainWindow final : public QMainWindow {
    Q_OBJECT

  public:
    MainWindow(EngineBridge& bridge, DeskSyncController& sync, const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Starts the screens' loading (the bridge must be started as well).
    void start();

    [[nodiscard]] ReviewsPresenter& reviewsPresenter() { return *m_reviewsPresenter; }
    // The reviews screen's actions on the replica (sync commands).
    [[nodiscard]] ReviewActions& reviewActions();
    [[nodiscard]] ReviewsView* reviewsView() const { return m_reviewsView; }
    // The reply composer, the alert banner and the import dialog of the reviews screen.
    [[nodiscard]] ReviewsExtras& reviewsExtras() { return *m_reviewsExtras; }
    [[nodiscard]] TasksView* tasksView() const { return m_tasksView; }
    [[nodiscard]] TasksPresenter& tasksPresenter() { return *m_tasksPresenter; }
    // The Front desk screen; present for the front desk and location managers.
    [[nodiscard]] DeskView* deskView() const { return m_deskView; }
    [[nodiscard]] DeskPresenter* deskPresenter() const { return m_deskPresenter.get(); }
    [[nodiscard]] CustomersScreen* customersScreen() const { return m_customersScreen; }
    // The Settings screen; present only for corporate administrators.
    [[nodiscard]] SettingsScreen* settingsScreen() const { return m_settings; }
    // Shows one of the screens listed in the navigation rail.
    void showScreen(Screen* screen);
    [[nodiscard]] QString connectionText() const;
    [[nodiscard]] QString lastSyncText() const;
    [[nodiscard]] QString storeCountText() const;
    [[nodiscard]] QString userText() const;
    [[nodiscard]] QString pendingText() const;
    [[nodiscard]] QString issuesText() const;  // empty while there are none
    [[nodiscard]] QString loadingText() const;  // empty unless the first load runs
    [[nodiscard]] QString syncMessageText() const;
    [[nodiscard]] bool isOffline() const;
    // Opens the Sync issues panel (also the status bar's pending and issue buttons).
    SyncIssuesDialog* showSyncIssues();
    // True once the first reviews and the locations are shown.
    [[nodiscard]] bool isContentReady() const { return m_contentReady; }

  signals:
    // Emitted once, when the first reviews and the locations are shown.
    void contentReady();
    // The user closed the window.
    void closed();
    // The person asked to log out (the status bar's button).
    void logoutRequested();

  protected:
    void closeEvent(QCloseEvent* event) override;

  private:
    QWidget* buildNavigation();
    void buildStatusBar();
    void installShortcuts();
    void addScreen(Screen* screen);
    [[nodiscard]] Screen* currentScreen() const;
    void updateConnection();
    void updateSync();
    void updateLastSync();
    void updateStoreCount();
    void requestStoreCount();
    void updateUser();
    void updateBrand();
    void showShortcuts();
    void checkContentReady();

    EngineBridge& m_bridge;
    DeskSyncController& m_sync;
    const Clock& m_clock;
    std::unique_ptr<ReplicaReviewSource> m_reviewSource;
    std::unique_ptr<ReviewsPresenter> m_reviewsPresenter;
    ReviewsView* m_reviewsView = nullptr;
    std::unique_ptr<ReviewsExtras> m_reviewsExtras;
    std::unique_ptr<TasksPresenter> m_tasksPresenter;
    TasksView* m_tasksView = nullptr;
    std::unique_ptr<DeskPresenter> m_deskPresenter;
    DeskView* m_deskView = nullptr;
    std::unique_ptr<CustomersPresenter> m_customersPresenter;
    std::unique_ptr<EngineCustomerApi> m_customerApi;  // managers and corporate: merge queue, at-risk list
    std::unique_ptr<CustomerOpsPresenter> m_customerOps;
    CustomersScreen* m_customersScreen = nullptr;
    QSystemTrayIcon* m_tray = nullptr;  // when the desktop has a tray: notifications before breach
    std::unique_ptr<EngineAdminApi> m_adminApi;  // outlives m_settings (see the destructor)
    SettingsScreen* m_settings = nullptr;
    std::vector<Screen*> m_screens;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_brand = nullptr;
    InlineMessage* m_syncMessage = nullptr;
    QWidget* m_connectionPill = nullptr;
    QLabel* m_connectionIcon = nullptr;
    QLabel* m_connection = nullptr;
    QWidget* m_loading = nullptr;
    QProgressBar* m_loadingBar = nullptr;
    QLabel* m_loadingText = nullptr;
    QToolButton* m_pending = nullptr;
    QToolButton* m_issues = nullptr;
    QLabel* m_lastSync = nullptr;
    QLabel* m_storeCount = nullptr;
    std::optional<qint64> m_replicaReviews;
    QPointer<SyncIssuesDialog> m_issuesDialog;
    QLabel* m_user = nullptr;
    QToolButton* m_logout = nullptr;
    bool m_contentReady = false;
};

}  // namespace outpost::ui
