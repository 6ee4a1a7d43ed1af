#pragma once
// The right-hand pane of Users & Locations: the form of a new user or of the selected one
// (display name, role, the regions or locations the role needs, the first password, a second
// factor) and the account's actions (reset password, second factor, disable/enable).

#include <QFrame>

#include "ui/settings/users_presenter.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QWidget;

namespace outpost::ui {

class InlineMessage;
class MfaSecretPanel;

class UserEditor final : public QFrame {
    Q_OBJECT

  public:
    explicit UserEditor(UsersPresenter& presenter, QWidget* parent = nullptr);

    void showNothing();
    void startCreate();
    void showUser(std::int64_t id);
    [[nodiscard]] std::int64_t userId() const { return m_userId; }
    [[nodiscard]] bool isCreating() const { return m_creating; }
    [[nodiscard]] bool isShowingForm() const;

    // The form as a draft, and the form filled from one.
    [[nodiscard]] UserDraft draft() const;
    void setDraft(const UserDraft& draft);
    // Sends the form: creates the user or saves the changes.
    void submit();

    [[nodiscard]] QComboBox* roleCombo() const { return m_role; }
    [[nodiscard]] QTreeWidget* scopeTree() const { return m_scope; }
    [[nodiscard]] QCheckBox* secondFactorBox() const { return m_secondFactor; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }
    [[nodiscard]] MfaSecretPanel* secretPanel() const { return m_secretPanel; }
    [[nodiscard]] QLabel* problemLabelFor(UserField field) const;

  signals:
    // Closing the form of a new user without creating it.
    void createCancelled();

  private:
    QWidget* buildEmptyPage();
    QWidget* buildFormPage();
    void rebuildScopeTree();
    void onRoleChanged();
    void showProblems();
    void updateActions();
    void showSecretIfAny();
    void confirmDisable();
    void openResetPassword();
    [[nodiscard]] Role currentRole() const;
    void setItemsChecked(const std::set<std::string>& regions, const std::set<std::string>& locations);

    UsersPresenter& m_presenter;
    QStackedWidget* m_pages;
    QFormLayout* m_form = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_subheading = nullptr;
    InlineMessage* m_message = nullptr;
    MfaSecretPanel* m_secretPanel = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QComboBox* m_role = nullptr;
    QLabel* m_scopeNote = nullptr;
    QTreeWidget* m_scope = nullptr;
    QWidget* m_passwordRow = nullptr;
    QLabel* m_passwordCaption = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_passwordHint = nullptr;
    QCheckBox* m_secondFactor = nullptr;
    QLabel* m_usernameProblem = nullptr;
    QLabel* m_displayNameProblem = nullptr;
    QLabel* m_scopeProblem = nullptr;
    QLabel* m_passwordProblem = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_cancel = nullptr;
    QWidget* m_accountActions = nullptr;
    QPushButton* m_resetPassword = nullptr;
    QPushButton* m_enrollMfa = nullptr;
    QPushButton* m_disable = nullptr;
    std::int64_t m_userId = 0;
    bool m_creating = false;
};

}  // namespace outpost::ui
