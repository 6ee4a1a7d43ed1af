#include "ui/shell/main_window.h"

#include <algorithm>

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/bridge/engine_bridge.h"
#include "ui/desk/desk_presenter.h"
#include "ui/desk/desk_view.h"
#include "ui/customers/customer_ops_presenter.h"
#include "ui/customers/customers_presenter.h"
#include "ui/customers/customers_screen.h"
#include "ui/customers/engine_customer_api.h"
#include "ui/logging.h"
#include "ui/models/display_text.h"
#include "ui/reviews/reviews_presenter.h"
#include "ui/reviews/alerts_presenter.h"
#include "ui/reviews/reviews_extras.h"
#include "ui/reviews/reviews_view.h"
#include "ui/settings/engine_admin_api.h"
#include "ui/settings/settings_screen.h"
#include "ui/shell/shortcuts_dialog.h"
#include "ui/tasks/tasks_presenter.h"
#include "ui/tasks/tasks_view.h"
#include "ui/sync/desk_sync_controller.h"
#include "ui/sync/replica_review_source.h"
#include "ui/sync/sync_issues_dialog.h"
#include "ui/sync/sync_text.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/inline_message.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {

namespace {

ActingUser actingUserOf(const EngineBridge& bridge) {
    const auto& session = bridge.session();
    if (!session) return {};
    return {session->user.id, session->user.displayName};
}

Role roleOf(const EngineBridge& bridge) {
    const auto& session = bridge.session();
    return session ? session->user.role : Role::front_desk;
}

}  // namespace

MainWindow::MainWindow(EngineBridge& bridge, DeskSyncController& sync, const Clock& clock, QWidget* parent)
    : QMainWindow(parent),
      m_bridge(bridge),
      m_sync(sync),
      m_clock(clock),
      m_reviewSource(std::make_unique<ReplicaReviewSource>(sync, actingUserOf(bridge), clock)),
      m_reviewsPresenter(std::make_unique<ReviewsPresenter>(*m_reviewSource, clock, m_reviewSource.get())),
      m_tasksPresenter(std::make_unique<TasksPresenter>(sync, actingUserOf(bridge), roleOf(bridge), clock)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::colored(QStringLiteral("outpost")));
    resize(1280, 800);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_stack = new QStackedWidget(central);
    m_syncMessage = new InlineMessage(central);
    m_syncMessage->setObjectName(QStringLiteral("syncMessage"));
    auto* content = new QVBoxLayout;
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(0);
    content->addWidget(m_syncMessage);
    content->addWidget(m_stack, 1);
    layout->addWidget(buildNavigation());
    layout->addLayout(content, 1);
    setCentralWidget(central);

    m_reviewsView = new ReviewsView(*m_reviewsPresenter, m_stack);
    addScreen(m_reviewsView);
    m_tasksView = new TasksView(*m_tasksPresenter, m_stack);
    addScreen(m_tasksView);
    // The counter's screen, for the people who work at a location's desk.
    if (const auto& session = m_bridge.session(); session && DeskPresenter::servesRole(session->user.role)) {
        m_deskPresenter = std::make_unique<DeskPresenter>(sync, session->locations, session->allLocations, clock);
        m_deskView = new DeskView(*m_deskPresenter, m_stack);
        addScreen(m_deskView);
    }
    m_customersPresenter = std::make_unique<CustomersPresenter>(sync, clock);
    if (roleOf(bridge) != Role::front_desk) {
        m_customerApi = std::make_unique<EngineCustomerApi>(m_bridge);
        m_customerOps = std::make_unique<CustomerOpsPresenter>(*m_customerApi, sync);
    }
    m_customersScreen = new CustomersScreen(*m_customersPresenter, m_customerOps.get(), clock, m_stack);
    addScreen(m_customersScreen);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(tr("Outpost"));
        m_tray->show();
    }
    connect(m_tasksPresenter.get(), &TasksPresenter::preBreach, this,
            [this](const QString&, const QString& summary, const QString& left) {
                if (m_tray) m_tray->showMessage(tr("Task about to breach (%1 left)").arg(left), summary,
                                                QSystemTrayIcon::Warning);
            });
    m_reviewsExtras = std::make_unique<ReviewsExtras>(
        *m_reviewsView, sync, actingUserOf(bridge), roleOf(bridge), clock,
        [&bridge](const QString& method, const QString& path, const QByteArray& body,
                  std::function<void(Result<Json>)> done) { return bridge.send(method, path, body, std::move(done)); });
    connect(&m_reviewsExtras->alerts(), &AlertsPresenter::newAlert, this,
            [this](const QString& title, const QString& details) {
                if (m_tray) m_tray->showMessage(title, details, QSystemTrayIcon::Warning);
            });
    // Users & Locations and the audit log exist for the people allowed to use them.
    if (const auto& session = m_bridge.session(); session && role_has(session->user.role, Permission::manage_users)) {
        m_adminApi = std::make_unique<EngineAdminApi>(m_bridge);
        m_settings = new SettingsScreen(*m_adminApi, m_stack);
        addScreen(m_settings);
    }

    buildStatusBar();
    installShortcuts();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= static_cast<int>(m_screens.size())) return;
        m_stack->setCurrentWidget(m_screens[static_cast<std::size_t>(row)]);
        setWindowTitle(
            tr("%1 — Outpost", "screen title — application").arg(m_screens[static_cast<std::size_t>(row)]->title()));
    });
    m_navigation->setCurrentRow(0);
    // The front desk starts at the counter.
    if (m_deskView && roleOf(m_bridge) == Role::front_desk) showScreen(m_deskView);

    connect(&m_bridge, &EngineBridge::stateChanged, this, &MainWindow::updateConnection);
    connect(&m_bridge, &EngineBridge::loginSucceeded, this, &MainWindow::updateUser);
    connect(&m_sync, &DeskSyncController::stateChanged, this, &MainWindow::updateSync);
    connect(&m_sync, &DeskSyncController::dataChanged, this, &MainWindow::requestStoreCount);
    connect(m_reviewsPresenter.get(), &ReviewsPresenter::actionQueued, this, [this] { m_sync.refreshCounts(); });
    connect(&m_bridge, &EngineBridge::signedOut, this, &MainWindow::updateUser);
    connect(m_reviewsPresenter.get(), &ReviewsPresenter::locationsChanged, this, &MainWindow::updateBrand);
    connect(m_reviewsPresenter.get(), &ReviewsPresenter::locationsChanged, this, &MainWindow::checkContentReady);
    connect(m_reviewsPresenter.get(), &ReviewsPresenter::reviewsReplaced, this, &MainWindow::checkContentReady);
    updateSync();
    updateUser();
}

MainWindow::~MainWindow() {
    // The screens refer to their presenters: take them down first.
    delete takeCentralWidget();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QMainWindow::closeEvent(event);
    if (event->isAccepted()) emit closed();
}

void MainWindow::start() {
    qCInfo(lcShell) << "main window started";
    m_reviewsPresenter->start();
    m_tasksPresenter->start();
    if (m_deskPresenter) m_deskPresenter->start();
    if (m_customerOps) m_customerOps->start();
    requestStoreCount();
    if (m_settings) m_settings->start();
}

void MainWindow::showScreen(Screen* screen) {
    const auto it = std::find(m_screens.begin(), m_screens.end(), screen);
    if (it != m_screens.end()) m_navigation->setCurrentRow(static_cast<int>(it - m_screens.begin()));
}

QWidget* MainWindow::buildNavigation() {
    auto* panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("navigationHeader"));
    panel->setAttribute(Qt::WA_StyledBackground);
    panel->setFixedWidth(208);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 14, 0, 0);
    layout->setSpacing(6);

    auto* identity = new QHBoxLayout;
    identity->setContentsMargins(16, 0, 12, 8);
    identity->setSpacing(10);
    auto* logo = new QLabel(panel);
    logo->setPixmap(Icons::pixmap(QStringLiteral("outpost"), 30, devicePixelRatioF()));
    logo->setFixedSize(30, 30);
    auto* names = new QVBoxLayout;
    names->setSpacing(0);
    auto* product = new QLabel(tr("Outpost"), panel);
    product->setProperty("role", QStringLiteral("heading"));
    m_brand = new QLabel(panel);
    m_brand->setObjectName(QStringLiteral("brandName"));
    m_brand->setProperty("role", QStringLiteral("muted"));
    m_brand->setVisible(false);
    names->addWidget(product);
    names->addWidget(m_brand);
    identity->addWidget(logo, 0, Qt::AlignVCenter);
    identity->addLayout(names, 1);
    layout->addLayout(identity);

    m_navigation = new QListWidget(panel);
    m_navigation->setObjectName(QStringLiteral("navigationRail"));
    m_navigation->setAccessibleName(tr("Screens"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont font = m_navigation->font();
    font.setPointSizeF(font.pointSizeF() * 1.05);
    m_navigation->setFont(font);
    layout->addWidget(m_navigation, 1);

    auto* help = new QLabel(tr("F1: keyboard shortcuts"), panel);
    help->setProperty("role", QStringLiteral("muted"));
    help->setContentsMargins(18, 6, 12, 10);
    layout->addWidget(help);
    return panel;
}

void MainWindow::addScreen(Screen* screen) {
    m_screens.push_back(screen);
    m_stack->addWidget(screen);
    auto* item = new QListWidgetItem(screen->icon(), screen->title(), m_navigation);
    item->setToolTip(screen->title());
}

Screen* MainWindow::currentScreen() const {
    return static_cast<Screen*>(m_stack->currentWidget());
}

void MainWindow::buildStatusBar() {
    auto* person = new QWidget(this);
    auto* personLayout = new QHBoxLayout(person);
    personLayout->setContentsMargins(6, 0, 0, 0);
    personLayout->setSpacing(6);
    auto* personIcon = new QLabel(person);
    personIcon->setPixmap(
        Icons::pixmap(QStringLiteral("user"), 14, devicePixelRatioF(), palette().color(QPalette::WindowText)));
    personIcon->setFixedSize(14, 14);
    m_user = new QLabel(person);
    m_user->setObjectName(QStringLiteral("signedInUser"));
    m_user->setAccessibleName(tr("Signed in as"));
    m_logout = new QToolButton(person);
    m_logout->setObjectName(QStringLiteral("logoutButton"));
    m_logout->setText(tr("Log out"));
    m_logout->setToolTip(tr("End your session on this computer"));
    m_logout->setAutoRaise(true);
    connect(m_logout, &QToolButton::clicked, this, &MainWindow::logoutRequested);
    personLayout->addWidget(personIcon);
    personLayout->addWidget(m_user);
    personLayout->addWidget(m_logout);
    statusBar()->addWidget(person);

    m_connectionPill = new QWidget(this);
    m_connectionPill->setObjectName(QStringLiteral("connectionPill"));
    m_connectionPill->setAttribute(Qt::WA_StyledBackground);
    auto* layout = new QHBoxLayout(m_connectionPill);
    layout->setContentsMargins(8, 1, 8, 1);
    layout->setSpacing(4);
    m_connectionIcon = new QLabel(m_connectionPill);
    m_connectionIcon->setFixedSize(14, 14);
    m_connection = new QLabel(m_connectionPill);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_connection->setAccessibleName(tr("Connection"));
    layout->addWidget(m_connectionIcon);
    layout->addWidget(m_connection);
    statusBar()->addWidget(m_connectionPill);

    m_loading = new QWidget(this);
    auto* loadingLayout = new QHBoxLayout(m_loading);
    loadingLayout->setContentsMargins(8, 0, 0, 0);
    loadingLayout->setSpacing(6);
    m_loadingText = new QLabel(m_loading);
    m_loadingText->setObjectName(QStringLiteral("loadingText"));
    m_loadingBar = new QProgressBar(m_loading);
    m_loadingBar->setObjectName(QStringLiteral("loadingBar"));
    m_loadingBar->setAccessibleName(tr("Loading your locations"));
    m_loadingBar->setTextVisible(false);
    m_loadingBar->setFixedWidth(160);
    m_loadingBar->setMaximumHeight(12);
    loadingLayout->addWidget(m_loadingText);
    loadingLayout->addWidget(m_loadingBar);
    m_loading->setVisible(false);
    statusBar()->addWidget(m_loading);

    m_pending = new QToolButton(this);
    m_pending->setObjectName(QStringLiteral("pendingChanges"));
    m_pending->setAutoRaise(true);
    m_pending->setToolTip(tr("Changes made on this computer that the engine has not confirmed yet. Click for "
                             "the Sync issues panel."));
    connect(m_pending, &QToolButton::clicked, this, &MainWindow::showSyncIssues);
    m_issues = new QToolButton(this);
    m_issues->setObjectName(QStringLiteral("syncIssuesBadge"));
    m_issues->setToolTip(tr("Changes the engine refused. Click to retry or discard them."));
    m_issues->setStyleSheet(
        QStringLiteral("QToolButton { background: %1; color: %2; border: none; border-radius: 9px; padding: 1px 9px; "
                       "font-weight: 600; }")
            .arg(Theme::errorText().name(), Theme::palette(false).color(QPalette::Base).name()));
    m_issues->setVisible(false);
    connect(m_issues, &QToolButton::clicked, this, &MainWindow::showSyncIssues);

    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_lastSync->setAccessibleName(tr("Last sync"));
    m_storeCount = new QLabel(this);
    m_storeCount->setObjectName(QStringLiteral("storeCount"));
    m_storeCount->setAccessibleName(tr("Reviews in the store"));
    m_connection->setContentsMargins(2, 0, 2, 0);
    m_lastSync->setContentsMargins(8, 0, 8, 0);
    m_storeCount->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_issues);
    statusBar()->addPermanentWidget(m_pending);
    statusBar()->addPermanentWidget(m_lastSync);
    statusBar()->addPermanentWidget(m_storeCount);
    statusBar()->setSizeGripEnabled(false);
}

void MainWindow::installShortcuts() {
    auto add = [this](const QKeySequence& keys, auto slot) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::Key_F5), [this] {
        currentScreen()->refresh();
        m_sync.wake();
    });
    add(QKeySequence::Find, [this] { currentScreen()->focusFilters(); });
    add(QKeySequence(Qt::Key_J), [this] { currentScreen()->selectNext(); });
    add(QKeySequence(Qt::Key_K), [this] { currentScreen()->selectPrevious(); });
    add(QKeySequence(Qt::Key_F1), [this] { showShortcuts(); });
    add(QKeySequence::Quit, [this] { close(); });
}

void MainWindow::showShortcuts() {
    ShortcutsDialog dialog(this);
    dialog.exec();
}

QString MainWindow::connectionText() const {
    return m_connection->text();
}
QString MainWindow::lastSyncText() const {
    return m_lastSync->text();
}
QString MainWindow::storeCountText() const {
    return m_storeCount->text();
}
QString MainWindow::userText() const {
    return m_user->text();
}

void MainWindow::updateUser() {
    const QString label = m_bridge.userLabel();
    m_user->setText(label.isEmpty() ? tr("Not signed in") : label);
    m_logout->setVisible(!label.isEmpty());
    updateStoreCount();
}

bool MainWindow::isOffline() const {
    const DeskSyncState& sync = m_sync.state();
    return m_bridge.state() == ConnectionState::offline || (sync.reported && !sync.syncing && !sync.online);
}

void MainWindow::updateConnection() {
    const DeskSyncState& sync = m_sync.state();
    QString icon;
    QString text;
    QColor background;
    QColor foreground = palette().color(QPalette::WindowText);
    if (isOffline()) {
        icon = QStringLiteral("offline");
        text = tr("%1 · offline — working from this computer", "connection place").arg(m_bridge.placeLabel());
        background = Theme::errorTint();
        foreground = Theme::errorText();
    } else if (m_bridge.state() == ConnectionState::online || (sync.reported && sync.online)) {
        icon = QStringLiteral("online");
        text = tr("%1 · online", "connection place").arg(m_bridge.placeLabel());
    } else {
        icon = QStringLiteral("connecting");
        text = tr("%1 · connecting", "connection place").arg(m_bridge.placeLabel());
    }
    m_connectionIcon->setPixmap(Icons::pixmap(icon, 14, devicePixelRatioF()));
    m_connection->setText(text);
    m_connectionPill->setStyleSheet(
        background.isValid()
            ? QStringLiteral("QWidget#connectionPill { background: %1; border-radius: 9px; } QLabel { color: %2; }")
                  .arg(background.name(), foreground.name())
            : QString());
    if (m_settings) m_settings->setOffline(isOffline());
}

void MainWindow::updateSync() {
    const DeskSyncState& state = m_sync.state();
    m_pending->setText(SyncText::pending(state.pending));
    m_pending->setAccessibleName(m_pending->text());
    m_issues->setText(SyncText::issues(state.issues));
    m_issues->setAccessibleName(m_issues->text());
    m_issues->setVisible(state.issues > 0);
    if (state.bootstrap) {
        const auto& p = *state.bootstrap;
        m_loadingText->setText(SyncText::loading(p));
        // The bar counts in thousands, so that large scopes fit an int.
        m_loadingBar->setRange(0, static_cast<int>(std::max<std::int64_t>(1, p.total / 1000 + 1)));
        m_loadingBar->setValue(static_cast<int>(p.loaded / 1000));
        m_loading->setVisible(true);
    } else {
        m_loading->setVisible(false);
        m_loadingText->clear();
    }
    // Errors that need the person: the engine wants a newer Outpost (sync stops until then).
    if (state.error && !state.syncing && state.error->code == ErrorCode::update_required) {
        m_syncMessage->showMessage(InlineMessage::Kind::error, SyncText::roundError(*state.error));
    } else if (!state.syncing) {
        m_syncMessage->clear();
    }
    updateConnection();
    updateLastSync();
}

void MainWindow::updateLastSync() {
    const auto last = m_sync.state().lastSync;
    m_lastSync->setText(last ? tr("Last sync %1").arg(DisplayText::clockTime(*last)) : tr("Not synced yet"));
}

void MainWindow::requestStoreCount() {
    QPointer<MainWindow> self(this);
    m_reviewSource->requestReviewCount([self](qint64 count) {
        if (!self) return;
        self->m_replicaReviews = count;
        self->updateStoreCount();
    });
}

void MainWindow::updateStoreCount() {
    const auto count = m_replicaReviews;
    const bool everything = m_bridge.session() && m_bridge.session()->allLocations;
    if (!count || !m_sync.state().loaded) {
        m_storeCount->clear();
    } else if (everything) {
        m_storeCount->setText(tr("%Ln review(s) in the store", nullptr, static_cast<int>(*count)));
    } else {
        m_storeCount->setText(tr("%Ln review(s) in your locations", nullptr, static_cast<int>(*count)));
    }
}

ReviewActions& MainWindow::reviewActions() {
    return *m_reviewSource;
}

QString MainWindow::pendingText() const {
    return m_pending->text();
}

QString MainWindow::issuesText() const {
    return m_issues->isHidden() ? QString() : m_issues->text();
}

QString MainWindow::loadingText() const {
    return m_loadingText->text();
}

QString MainWindow::syncMessageText() const {
    return m_syncMessage->isHidden() ? QString() : m_syncMessage->text();
}

SyncIssuesDialog* MainWindow::showSyncIssues() {
    if (!m_issuesDialog) {
        m_issuesDialog = new SyncIssuesDialog(m_sync, this);
        m_issuesDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_issuesDialog->show();
    m_issuesDialog->raise();
    m_issuesDialog->activateWindow();
    return m_issuesDialog;
}

void MainWindow::checkContentReady() {
    if (m_contentReady || !m_reviewsPresenter->hasLoaded() || m_reviewsPresenter->directory().isEmpty()) return;
    m_contentReady = true;
    emit contentReady();
}

void MainWindow::updateBrand() {
    const QString brand = m_reviewsPresenter->directory().brandName();
    m_brand->setText(brand);
    m_brand->setVisible(!brand.isEmpty());
}

}  // namespace outpost::ui
