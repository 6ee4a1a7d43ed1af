#include "ui/settings/settings_screen.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

#include "ui/settings/audit_page.h"
#include "ui/settings/audit_presenter.h"
#include "ui/settings/users_page.h"
#include "ui/settings/users_presenter.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/inline_message.h"

namespace outpost::ui {

SettingsScreen::SettingsScreen(AdminApi& api, QWidget* parent)
    : Screen(parent),
      m_usersPresenter(std::make_unique<UsersPresenter>(api)),
      m_auditPresenter(std::make_unique<AuditPresenter>(api)),
      m_tabs(new QTabWidget(this)),
      m_offline(new InlineMessage(this)),
      m_usersPage(new UsersPage(*m_usersPresenter, m_tabs)),
      m_auditPage(new AuditPage(*m_auditPresenter, m_tabs)) {
    setObjectName(QStringLiteral("settingsScreen"));
    setAccessibleName(tr("Settings"));
    auto* titleLabel = new QLabel(tr("Settings"), this);
    titleLabel->setProperty("role", QStringLiteral("title"));
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_usersPage, Icons::themed(QStringLiteral("users")), tr("Users && Locations"));
    m_tabs->addTab(m_auditPage, Icons::themed(QStringLiteral("shield")), tr("Audit log"));
    m_tabs->setTabToolTip(0, tr("Create and edit users, assign regions and locations, reset passwords."));
    m_tabs->setTabToolTip(1, tr("Who did what, when and where; and a check that nothing was altered."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 10);
    layout->setSpacing(8);
    layout->addWidget(titleLabel);
    layout->addWidget(m_offline);
    layout->addWidget(m_tabs, 1);
    m_offline->setObjectName(QStringLiteral("settingsOffline"));

    connect(m_usersPresenter.get(), &UsersPresenter::loadingChanged, this, &SettingsScreen::checkContentReady);
    connect(m_auditPresenter.get(), &AuditPresenter::entriesReplaced, this, &SettingsScreen::checkContentReady);
    connect(m_auditPresenter.get(), &AuditPresenter::locationsChanged, this, &SettingsScreen::checkContentReady);
}

SettingsScreen::~SettingsScreen() = default;

void SettingsScreen::setOffline(bool offline) {
    if (offline) {
        m_offline->showMessage(InlineMessage::Kind::information,
                               tr("You are offline. Settings work on the engine directly, so users and the audit log "
                                  "can be seen and changed only while it can be reached."));
    } else {
        m_offline->clear();
    }
}

QString SettingsScreen::offlineText() const {
    return m_offline->isHidden() ? QString() : m_offline->text();
}

QString SettingsScreen::title() const {
    return tr("Settings");
}

QIcon SettingsScreen::icon() const {
    return Icons::themed(QStringLiteral("settings"));
}

void SettingsScreen::start() {
    m_usersPresenter->start();
    m_auditPresenter->start();
}

void SettingsScreen::refresh() {
    if (currentTab() == Tab::users) {
        m_usersPresenter->refresh();
    } else {
        m_auditPresenter->refresh();
    }
}

void SettingsScreen::focusFilters() {
    if (currentTab() == Tab::audit) {
        m_auditPage->focusFilters();
    } else {
        m_tabs->setFocus(Qt::ShortcutFocusReason);
    }
}

void SettingsScreen::selectNext() {
    if (currentTab() == Tab::users) {
        m_usersPage->moveSelection(1);
    } else {
        m_auditPage->moveSelection(1);
    }
}

void SettingsScreen::selectPrevious() {
    if (currentTab() == Tab::users) {
        m_usersPage->moveSelection(-1);
    } else {
        m_auditPage->moveSelection(-1);
    }
}

void SettingsScreen::showTab(Tab tab) {
    m_tabs->setCurrentWidget(tab == Tab::users ? static_cast<QWidget*>(m_usersPage) : m_auditPage);
}

SettingsScreen::Tab SettingsScreen::currentTab() const {
    return m_tabs->currentWidget() == m_auditPage ? Tab::audit : Tab::users;
}

bool SettingsScreen::selectUser(const QString& username) {
    return m_usersPage->selectUser(username);
}

void SettingsScreen::checkContentReady() {
    if (m_contentReady || !m_usersPresenter->hasLoaded() || m_usersPresenter->isLoading() ||
        m_usersPresenter->directory().isEmpty() || !m_auditPresenter->hasLoaded() ||
        m_auditPresenter->directory().isEmpty()) {
        return;
    }
    m_contentReady = true;
    emit contentReady();
}

}  // namespace outpost::ui
