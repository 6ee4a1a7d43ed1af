#include "ui/settings/user_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "ui/settings/mfa_secret_panel.h"
#include "ui/settings/reset_password_dialog.h"
#include "ui/settings/settings_widgets.h"
#include "ui/widgets/scroll_page.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/inline_message.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {
namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kIsRegionRole = Qt::UserRole + 2;

}  // namespace

UserEditor::UserEditor(UsersPresenter& presenter, QWidget* parent)
    : QFrame(parent), m_presenter(presenter), m_pages(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("User details"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_pages->addWidget(buildEmptyPage());
    m_pages->addWidget(buildFormPage());
    setMinimumWidth(380);

    connect(&m_presenter, &UsersPresenter::locationsChanged, this, &UserEditor::rebuildScopeTree);
    connect(&m_presenter, &UsersPresenter::problemsChanged, this, &UserEditor::showProblems);
    connect(&m_presenter, &UsersPresenter::busyChanged, this, &UserEditor::updateActions);
    connect(&m_presenter, &UsersPresenter::actionErrorChanged, this, [this](const QString& text) {
        if (!text.isEmpty()) m_message->showMessage(InlineMessage::Kind::error, text);
    });
    connect(&m_presenter, &UsersPresenter::noticeChanged, this, [this](const QString& text) {
        if (!text.isEmpty()) m_message->showMessage(InlineMessage::Kind::information, text);
    });
    connect(&m_presenter, &UsersPresenter::mfaSecretReady, this, &UserEditor::showSecretIfAny);
    connect(&m_presenter, &UsersPresenter::userCreated, this, [this](qint64 id) {
        const QString notice = m_presenter.notice();
        showUser(id);
        if (!notice.isEmpty()) m_message->showMessage(InlineMessage::Kind::information, notice);
    });
    connect(&m_presenter, &UsersPresenter::userSaved, this, [this](qint64 id) {
        if (id == m_userId && !m_creating) updateActions();
    });
    showNothing();
}

QWidget* UserEditor::buildEmptyPage() {
    return makeEmptyPage(this, QStringLiteral("users"), tr("Select a user to edit them, or create a new one."));
}

QWidget* UserEditor::buildFormPage() {
    auto [scroll, page, layout] = makeScrollPage(this, QMargins(18, 16, 18, 16));

    m_heading = new QLabel(page);
    m_heading->setProperty("role", QStringLiteral("heading"));
    m_heading->setWordWrap(true);
    m_subheading = new QLabel(page);
    m_subheading->setProperty("role", QStringLiteral("muted"));
    m_subheading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new InlineMessage(page);
    m_secretPanel = new MfaSecretPanel(page);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addWidget(m_message);
    layout->addWidget(m_secretPanel);

    m_username = new QLineEdit(page);
    m_username->setObjectName(QStringLiteral("usernameField"));
    m_username->setAccessibleName(tr("Username"));
    m_username->setPlaceholderText(tr("e.g. ana.lopez"));
    m_username->setMaxLength(64);
    m_displayName = new QLineEdit(page);
    m_displayName->setObjectName(QStringLiteral("displayNameField"));
    m_displayName->setAccessibleName(tr("Display name"));
    m_displayName->setMaxLength(200);
    m_role = new QComboBox(page);
    m_role->setObjectName(QStringLiteral("roleField"));
    m_role->setAccessibleName(tr("Role"));
    for (Role role : AdminText::roles()) m_role->addItem(AdminText::roleName(role), static_cast<int>(role));
    m_scopeNote = new QLabel(page);
    m_scopeNote->setWordWrap(true);
    m_scopeNote->setProperty("role", QStringLiteral("muted"));
    m_scope = new QTreeWidget(page);
    m_scope->setObjectName(QStringLiteral("scopeTree"));
    m_scope->setAccessibleName(tr("Regions and locations"));
    m_scope->setHeaderHidden(true);
    m_scope->setRootIsDecorated(false);
    m_scope->setItemsExpandable(false);
    m_scope->setMinimumHeight(150);
    m_password = new QLineEdit(page);
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setAccessibleName(tr("Initial password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordHint = new QLabel(page);
    m_passwordHint->setProperty("role", QStringLiteral("muted"));
    m_passwordHint->setWordWrap(true);
    m_secondFactor = new QCheckBox(tr("Require a second factor (authenticator app)"), page);
    m_secondFactor->setObjectName(QStringLiteral("secondFactorField"));
    m_usernameProblem = problemLabel(page);
    m_displayNameProblem = problemLabel(page);
    m_scopeProblem = problemLabel(page);
    m_passwordProblem = problemLabel(page);

    auto* form = new QFormLayout;
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setVerticalSpacing(8);
    form->addRow(tr("&Username"), withNote(m_username, {m_usernameProblem}, page));
    form->addRow(tr("&Display name"), withNote(m_displayName, {m_displayNameProblem}, page));
    form->addRow(tr("&Role"), m_role);
    form->addRow(tr("Access"), withNote(m_scopeNote, {}, page));
    form->addRow(withNote(m_scope, {m_scopeProblem}, page));
    m_passwordRow = withNote(m_password, {m_passwordHint, m_passwordProblem}, page);
    m_passwordCaption = new QLabel(tr("Initial &password"), page);
    m_passwordCaption->setBuddy(m_password);
    form->addRow(m_passwordCaption, m_passwordRow);
    form->addRow(m_secondFactor);
    layout->addLayout(form);

    m_submit = new QPushButton(page);
    m_submit->setObjectName(QStringLiteral("submitUser"));
    m_submit->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("cancelUser"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_submit);
    layout->addLayout(buttons);

    m_accountActions = new QWidget(page);
    auto* actions = new QVBoxLayout(m_accountActions);
    actions->setContentsMargins(0, 8, 0, 0);
    actions->setSpacing(6);
    auto* line = new QFrame(m_accountActions);
    line->setFrameShape(QFrame::HLine);
    line->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::separator().name()));
    auto* accountHeading = new QLabel(tr("Account"), m_accountActions);
    accountHeading->setProperty("role", QStringLiteral("heading"));
    m_resetPassword = new QPushButton(tr("Reset password…"), m_accountActions);
    m_resetPassword->setObjectName(QStringLiteral("resetPassword"));
    m_enrollMfa = new QPushButton(m_accountActions);
    m_enrollMfa->setObjectName(QStringLiteral("enrollMfa"));
    m_disable = new QPushButton(m_accountActions);
    m_disable->setObjectName(QStringLiteral("disableUser"));
    // Two rows, so the pane stays narrow in every language; the risky action sits apart.
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_resetPassword);
    actionRow->addWidget(m_enrollMfa);
    actionRow->addStretch(1);
    auto* disableRow = new QHBoxLayout;
    disableRow->addWidget(m_disable);
    disableRow->addStretch(1);
    actions->addWidget(line);
    actions->addWidget(accountHeading);
    actions->addLayout(actionRow);
    actions->addLayout(disableRow);
    layout->addWidget(m_accountActions);
    layout->addStretch(1);

    connect(m_role, &QComboBox::currentIndexChanged, this, &UserEditor::onRoleChanged);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_passwordHint->setText(UsersPresenter::passwordHint(text)); });
    connect(m_submit, &QPushButton::clicked, this, &UserEditor::submit);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_creating) {
            showNothing();
            emit createCancelled();
        } else {
            showUser(m_userId);
        }
    });
    connect(m_resetPassword, &QPushButton::clicked, this, &UserEditor::openResetPassword);
    connect(m_enrollMfa, &QPushButton::clicked, this, [this] { m_presenter.enrollSecondFactor(m_userId); });
    connect(m_disable, &QPushButton::clicked, this, &UserEditor::confirmDisable);

    return scroll;
}

void UserEditor::rebuildScopeTree() {
    const UserDraft current = draft();
    const QSignalBlocker blocker(m_scope);
    m_scope->clear();
    const LocationDirectory& directory = m_presenter.directory();
    for (const auto& region : directory.regions()) {
        auto* regionItem = new QTreeWidgetItem(m_scope, {QString::fromStdString(region.name)});
        regionItem->setData(0, kIdRole, QString::fromStdString(region.id.value()));
        regionItem->setData(0, kIsRegionRole, true);
        regionItem->setIcon(0, Icons::themed(QStringLiteral("region")));
        QFont bold = regionItem->font(0);
        bold.setBold(true);
        regionItem->setFont(0, bold);
        for (const Location* location : directory.locationsIn(region.id)) {
            auto* item = new QTreeWidgetItem(regionItem, {QString::fromStdString(location->name)});
            item->setData(0, kIdRole, QString::fromStdString(location->id.value()));
            item->setData(0, kIsRegionRole, false);
            item->setToolTip(0, QString::fromStdString(location->address));
        }
    }
    m_scope->expandAll();
    onRoleChanged();
    setItemsChecked(current.regions, current.locations);
}

Role UserEditor::currentRole() const {
    return static_cast<Role>(m_role->currentData().toInt());
}

void UserEditor::onRoleChanged() {
    const Role role = currentRole();
    const ScopeKind kind = UsersPresenter::scopeKind(role);
    switch (kind) {
        case ScopeKind::everything:
            m_scopeNote->setText(tr("Corporate roles see every location."));
            break;
        case ScopeKind::regions:
            m_scopeNote->setText(tr("Choose the regions this manager oversees."));
            break;
        case ScopeKind::locations:
            m_scopeNote->setText(tr("Choose the locations this person works at."));
            break;
    }
    m_scope->setEnabled(kind != ScopeKind::everything);
    for (int r = 0; r < m_scope->topLevelItemCount(); ++r) {
        QTreeWidgetItem* regionItem = m_scope->topLevelItem(r);
        Qt::ItemFlags regionFlags = Qt::ItemIsEnabled;
        if (kind == ScopeKind::regions) regionFlags |= Qt::ItemIsUserCheckable;
        regionItem->setFlags(regionFlags);
        if (kind == ScopeKind::regions) {
            if (!regionItem->data(0, Qt::CheckStateRole).isValid()) regionItem->setCheckState(0, Qt::Unchecked);
        } else {
            regionItem->setData(0, Qt::CheckStateRole, QVariant());
        }
        for (int c = 0; c < regionItem->childCount(); ++c) {
            QTreeWidgetItem* item = regionItem->child(c);
            if (kind == ScopeKind::locations) {
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren);
                if (!item->data(0, Qt::CheckStateRole).isValid()) item->setCheckState(0, Qt::Unchecked);
            } else {
                item->setFlags(Qt::ItemNeverHasChildren);  // shown for context, not chosen
                item->setData(0, Qt::CheckStateRole, QVariant());
            }
        }
    }
    const bool required = UsersPresenter::secondFactorRequired(role);
    if (required) m_secondFactor->setChecked(true);
    m_secondFactor->setEnabled(!required);
    m_secondFactor->setToolTip(required ? tr("Administrators always use a second factor.") : QString());
}

void UserEditor::setItemsChecked(const std::set<std::string>& regions, const std::set<std::string>& locations) {
    for (int r = 0; r < m_scope->topLevelItemCount(); ++r) {
        QTreeWidgetItem* regionItem = m_scope->topLevelItem(r);
        if (regionItem->flags() & Qt::ItemIsUserCheckable) {
            const bool on = regions.contains(regionItem->data(0, kIdRole).toString().toStdString());
            regionItem->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
        }
        for (int c = 0; c < regionItem->childCount(); ++c) {
            QTreeWidgetItem* item = regionItem->child(c);
            if (!(item->flags() & Qt::ItemIsUserCheckable)) continue;
            const bool on = locations.contains(item->data(0, kIdRole).toString().toStdString());
            item->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
        }
    }
}

UserDraft UserEditor::draft() const {
    UserDraft d;
    d.username = m_username->text().trimmed();
    d.displayName = m_displayName->text();
    d.role = currentRole();
    d.password = m_password->text();
    d.secondFactor = m_secondFactor->isChecked();
    for (int r = 0; r < m_scope->topLevelItemCount(); ++r) {
        QTreeWidgetItem* regionItem = m_scope->topLevelItem(r);
        if ((regionItem->flags() & Qt::ItemIsUserCheckable) && regionItem->checkState(0) == Qt::Checked) {
            d.regions.insert(regionItem->data(0, kIdRole).toString().toStdString());
        }
        for (int c = 0; c < regionItem->childCount(); ++c) {
            QTreeWidgetItem* item = regionItem->child(c);
            if ((item->flags() & Qt::ItemIsUserCheckable) && item->checkState(0) == Qt::Checked) {
                d.locations.insert(item->data(0, kIdRole).toString().toStdString());
            }
        }
    }
    return d;
}

void UserEditor::setDraft(const UserDraft& d) {
    m_username->setText(d.username);
    m_displayName->setText(d.displayName);
    m_role->setCurrentIndex(qMax(0, m_role->findData(static_cast<int>(d.role))));
    onRoleChanged();
    setItemsChecked(d.regions, d.locations);
    m_password->setText(d.password);
    if (!UsersPresenter::secondFactorRequired(d.role)) m_secondFactor->setChecked(d.secondFactor);
}

bool UserEditor::isShowingForm() const {
    return m_pages->currentIndex() == 1;
}

void UserEditor::showNothing() {
    m_userId = 0;
    m_creating = false;
    m_pages->setCurrentIndex(0);
}

void UserEditor::startCreate() {
    m_userId = 0;
    m_creating = true;
    m_message->clear();
    m_secretPanel->dismiss();  // it belongs to another user
    m_heading->setText(tr("New user"));
    m_subheading->setText(tr("They sign in with this username and password."));
    UserDraft fresh;
    fresh.role = Role::front_desk;
    setDraft(fresh);
    m_username->setReadOnly(false);
    m_username->setEnabled(true);
    m_username->setToolTip(QString());
    m_passwordHint->setText(UsersPresenter::passwordHint({}));
    m_submit->setText(tr("Create user"));
    updateActions();
    showProblems();
    m_pages->setCurrentIndex(1);
    m_username->setFocus(Qt::OtherFocusReason);
}

void UserEditor::showUser(std::int64_t id) {
    const AdminUser* user = m_presenter.model()->find(id);
    if (!user) {
        showNothing();
        return;
    }
    const bool sameUser = id == m_userId && !m_creating;
    m_userId = id;
    m_creating = false;
    if (!sameUser) {
        m_message->clear();
        m_secretPanel->dismiss();  // it belongs to another user
    }
    m_heading->setText(user->displayName.empty() ? QString::fromStdString(user->username)
                                                 : QString::fromStdString(user->displayName));
    m_subheading->setText(
        tr("%1 · %2", "username · role").arg(QString::fromStdString(user->username), AdminText::roleName(user->role)));
    setDraft(m_presenter.draftOf(*user));
    m_username->setReadOnly(true);
    m_username->setEnabled(false);
    m_username->setToolTip(tr("A username cannot change once the user exists."));
    m_password->clear();
    m_submit->setText(tr("Save changes"));
    updateActions();
    showProblems();
    m_pages->setCurrentIndex(1);
}

void UserEditor::updateActions() {
    const bool busy = m_presenter.isBusy();
    m_submit->setEnabled(!busy);
    m_form->setRowVisible(m_passwordRow, m_creating);
    m_secondFactor->setVisible(m_creating);
    m_accountActions->setVisible(!m_creating && m_userId != 0);
    const AdminUser* user = m_creating ? nullptr : m_presenter.model()->find(m_userId);
    if (!user) return;
    m_resetPassword->setEnabled(!busy);
    m_enrollMfa->setEnabled(!busy);
    m_enrollMfa->setText(user->mfaEnabled ? tr("Enrol a new second factor") : tr("Enable second factor"));
    m_disable->setEnabled(!busy);
    m_disable->setText(user->disabled ? tr("Enable account") : tr("Disable account…"));
}

void UserEditor::showProblems() {
    setProblem(m_usernameProblem, m_presenter.problemFor(UserField::username));
    setProblem(m_displayNameProblem, m_presenter.problemFor(UserField::displayName));
    setProblem(m_scopeProblem, m_presenter.problemFor(UserField::scope));
    setProblem(m_passwordProblem, m_presenter.problemFor(UserField::password));
}

QLabel* UserEditor::problemLabelFor(UserField field) const {
    switch (field) {
        case UserField::username:
            return m_usernameProblem;
        case UserField::displayName:
            return m_displayNameProblem;
        case UserField::scope:
            return m_scopeProblem;
        case UserField::password:
        case UserField::confirmation:
            return m_passwordProblem;
    }
    return nullptr;
}

void UserEditor::submit() {
    m_message->clear();
    if (m_creating) {
        m_presenter.createUser(draft());
    } else if (m_userId != 0) {
        m_presenter.saveUser(m_userId, draft());
    }
    showProblems();
}

void UserEditor::showSecretIfAny() {
    if (auto secret = m_presenter.takeMfaSecret()) m_secretPanel->showSecret(*secret);
}

void UserEditor::confirmDisable() {
    const AdminUser* user = m_presenter.model()->find(m_userId);
    if (!user) return;
    if (user->disabled) {
        m_presenter.setUserDisabled(m_userId, false);
        return;
    }
    const QString name = QString::fromStdString(user->username);
    const auto answer = QMessageBox::question(
        this, tr("Disable %1?").arg(name),
        tr("%1 will no longer be able to sign in. Their history stays in the audit log, and you can enable the "
           "account again later.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) m_presenter.setUserDisabled(m_userId, true);
}

void UserEditor::openResetPassword() {
    const AdminUser* user = m_presenter.model()->find(m_userId);
    if (!user) return;
    auto* dialog = new ResetPasswordDialog(m_presenter, m_userId, QString::fromStdString(user->username), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

}  // namespace outpost::ui
