#pragma once
// Settings -> Users & Locations: the users (sortable list) and the editor of the selected or new
// user. The logic lives in UsersPresenter.

#include <QWidget>

#include "ui/settings/users_presenter.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace outpost::ui {

class InlineMessage;
class UserEditor;

class UsersPage final : public QWidget {
    Q_OBJECT

  public:
    explicit UsersPage(UsersPresenter& presenter, QWidget* parent = nullptr);

    // Selects the user with this username; false when the list does not have them.
    bool selectUser(const QString& username);
    void startCreate();
    void moveSelection(int delta);

    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] UserEditor* editor() const { return m_editor; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }

  private:
    void selectId(qint64 id);
    void onCurrentChanged(const QModelIndex& current);
    void updateCount();

    UsersPresenter& m_presenter;
    InlineMessage* m_message;
    QLabel* m_count;
    QPushButton* m_newUser;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    UserEditor* m_editor;
};

}  // namespace outpost::ui
