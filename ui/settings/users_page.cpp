#include "ui/settings/users_page.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "ui/settings/user_editor.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/inline_message.h"

namespace outpost::ui {

UsersPage::UsersPage(UsersPresenter& presenter, QWidget* parent)
    : QWidget(parent),
      m_presenter(presenter),
      m_message(new InlineMessage(this)),
      m_count(new QLabel(this)),
      m_newUser(new QPushButton(tr("New user"), this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)),
      m_editor(new UserEditor(presenter, this)) {
    setObjectName(QStringLiteral("usersPage"));
    m_newUser->setObjectName(QStringLiteral("newUser"));
    m_newUser->setIcon(Icons::themed(QStringLiteral("user-add")));
    m_newUser->setToolTip(tr("Create a user (Ctrl+N)"));
    m_newUser->setShortcut(QKeySequence::New);
    m_count->setProperty("role", QStringLiteral("muted"));
    auto* header = new QHBoxLayout;
    header->addWidget(m_newUser);
    header->addSpacing(8);
    header->addWidget(m_count);
    header->addStretch(1);

    m_proxy->setSourceModel(presenter.model());
    m_proxy->setSortRole(UserTableModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_table->setObjectName(QStringLiteral("userTable"));
    m_table->setAccessibleName(tr("Users list"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(UserTableModel::ScopeColumn, QHeaderView::Stretch);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    const int x = fontMetrics().horizontalAdvance(QLatin1Char('x'));
    m_table->setColumnWidth(UserTableModel::NameColumn, x * 16);
    m_table->setColumnWidth(UserTableModel::UsernameColumn, x * 14);
    m_table->setColumnWidth(UserTableModel::RoleColumn, x * 22);
    m_table->setColumnWidth(UserTableModel::MfaColumn, fontMetrics().horizontalAdvance(tr("Second factor")) + 24);
    m_table->setColumnWidth(UserTableModel::StatusColumn, x * 10);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(10);
    splitter->addWidget(m_table);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 480});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_newUser, &QPushButton::clicked, this, &UsersPage::startCreate);
    connect(m_message, &InlineMessage::actionTriggered, &m_presenter, &UsersPresenter::refresh);
    connect(m_editor, &UserEditor::createCancelled, this, [this] { m_table->selectionModel()->clearSelection(); });
    connect(&m_presenter, &UsersPresenter::errorChanged, this, [this](const QString& text) {
        if (text.isEmpty()) {
            m_message->clear();
        } else {
            m_message->showMessage(InlineMessage::Kind::error, text, tr("Try again"));
        }
    });
    connect(&m_presenter, &UsersPresenter::usersChanged, this, [this] {
        updateCount();
        if (m_editor->isCreating()) return;
        const qint64 keep = m_editor->userId();
        if (keep != 0 && m_presenter.model()->find(keep)) {
            selectId(keep);
        } else {
            m_editor->showNothing();
        }
    });
    connect(&m_presenter, &UsersPresenter::userCreated, this, [this](qint64 id) {
        updateCount();
        selectId(id);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    updateCount();
}

void UsersPage::startCreate() {
    const QSignalBlocker blocker(m_table->selectionModel());
    m_table->selectionModel()->clear();
    m_editor->startCreate();
}

bool UsersPage::selectUser(const QString& username) {
    for (int row = 0; row < m_presenter.model()->rowCount(); ++row) {
        const AdminUser* user = m_presenter.model()->userAt(row);
        if (QString::fromStdString(user->username) == username) {
            selectId(user->id);
            return true;
        }
    }
    return false;
}

void UsersPage::selectId(qint64 id) {
    const int row = m_presenter.model()->rowOf(id);
    if (row < 0) return;
    const QModelIndex target = m_proxy->mapFromSource(m_presenter.model()->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(target);
    if (m_editor->userId() != id || m_editor->isCreating()) m_editor->showUser(id);
}

void UsersPage::moveSelection(int delta) {
    const int rows = m_proxy->rowCount();
    if (rows == 0) return;
    const QModelIndex current = m_table->currentIndex();
    const int row = qBound(0, current.isValid() ? current.row() + delta : (delta > 0 ? 0 : rows - 1), rows - 1);
    const QModelIndex target = m_proxy->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(target);
}

void UsersPage::onCurrentChanged(const QModelIndex& current) {
    const QModelIndex source = m_proxy->mapToSource(current);
    const AdminUser* user = source.isValid() ? m_presenter.model()->userAt(source.row()) : nullptr;
    if (user) {
        m_editor->showUser(user->id);
    } else if (!m_editor->isCreating()) {
        m_editor->showNothing();
    }
}

void UsersPage::updateCount() {
    m_count->setText(m_presenter.hasLoaded() ? tr("%n user(s)", nullptr, m_presenter.model()->rowCount()) : QString());
}

}  // namespace outpost::ui
