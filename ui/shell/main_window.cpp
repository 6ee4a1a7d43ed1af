#include "ui/shell/main_window.h"

#include <algorithm>

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/bridge/engine_bridge.h"
#include "ui/logging.h"
#include "ui/models/display_text.h"
#include "ui/reviews/reviews_presenter.h"
#include "ui/reviews/reviews_view.h"
#include "ui/settings/engine_admin_api.h"
#include "ui/settings/settings_screen.h"
#include "ui/shell/shortcuts_dialog.h"
#include "ui/widgets/icons.h"

namespace outpost::ui {

MainWindow::MainWindow(EngineBridge& bridge, const Clock& clock, QWidget* parent)
    : QMainWindow(parent),
      m_bridge(bridge),
      m_clock(clock),
      m_reviewsPresenter(std::make_unique<ReviewsPresenter>(bridge, clock)) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::colored(QStringLiteral("outpost")));
    resize(1280, 800);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_stack = new QStackedWidget(central);
    layout->addWidget(buildNavigation());
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_reviewsView = new ReviewsView(*m_reviewsPresenter, m_stack);
    addScreen(m_reviewsView);
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

    connect(&m_bridge, &EngineBridge::stateChanged, this, &MainWindow::updateConnection);
    connect(&m_bridge, &EngineBridge::synced, this, &MainWindow::updateLastSync);
    connect(&m_bridge, &EngineBridge::healthChanged, this, &MainWindow::updateStoreCount);
    connect(&m_bridge, &EngineBridge::loginSucceeded, this, &MainWindow::updateUser);
    connect(&m_bridge, &EngineBridge::signedOut, this, &MainWindow::updateUser);
    connect(m_reviewsPresenter.get(), &ReviewsPresenter::locationsChanged, this, &MainWindow::updateBrand);
    connect(m_reviewsPresenter.get(), &ReviewsPresenter::locationsChanged, this, &MainWindow::checkContentReady);
    connect(m_reviewsPresenter.get(), &ReviewsPresenter::reviewsReplaced, this, &MainWindow::checkContentReady);
    updateConnection();
    updateLastSync();
    updateStoreCount();
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

    auto* connection = new QWidget(this);
    auto* layout = new QHBoxLayout(connection);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->setSpacing(4);
    m_connectionIcon = new QLabel(connection);
    m_connectionIcon->setFixedSize(14, 14);
    m_connection = new QLabel(connection);
    m_connection->setObjectName(QStringLiteral("connectionState"));
    m_connection->setAccessibleName(tr("Connection"));
    layout->addWidget(m_connectionIcon);
    layout->addWidget(m_connection);
    statusBar()->addWidget(connection);

    m_lastSync = new QLabel(this);
    m_lastSync->setObjectName(QStringLiteral("lastSync"));
    m_lastSync->setAccessibleName(tr("Last sync"));
    m_storeCount = new QLabel(this);
    m_storeCount->setObjectName(QStringLiteral("storeCount"));
    m_storeCount->setAccessibleName(tr("Reviews in the store"));
    m_connection->setContentsMargins(4, 0, 8, 0);
    m_lastSync->setContentsMargins(8, 0, 8, 0);
    m_storeCount->setContentsMargins(8, 0, 8, 0);
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
    add(QKeySequence(Qt::Key_F5), [this] { currentScreen()->refresh(); });
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

void MainWindow::updateConnection() {
    QString icon;
    switch (m_bridge.state()) {
        case ConnectionState::connecting:
            icon = QStringLiteral("connecting");
            break;
        case ConnectionState::online:
            icon = QStringLiteral("online");
            break;
        case ConnectionState::offline:
            icon = QStringLiteral("offline");
            break;
    }
    m_connectionIcon->setPixmap(Icons::pixmap(icon, 14, devicePixelRatioF()));
    m_connection->setText(m_bridge.connectionLabel());
}

void MainWindow::updateLastSync() {
    const auto last = m_bridge.lastSync();
    m_lastSync->setText(last ? tr("Last sync %1").arg(DisplayText::clockTime(*last)) : tr("Not synced yet"));
}

void MainWindow::updateStoreCount() {
    const auto count = m_bridge.storeReviewCount();
    const bool everything = m_bridge.session() && m_bridge.session()->allLocations;
    if (!count) {
        m_storeCount->clear();
    } else if (everything) {
        m_storeCount->setText(tr("%Ln review(s) in the store", nullptr, static_cast<int>(*count)));
    } else {
        m_storeCount->setText(tr("%Ln review(s) in your locations", nullptr, static_cast<int>(*count)));
    }
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
