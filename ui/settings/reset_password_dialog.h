#pragma once
// Resets a user's password: entered twice, checked before sending, the engine's refusal shown in
// place. Closes once the engine has reset it (which also ends the user's sessions).

#include <QDialog>

#include "ui/settings/users_presenter.h"

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace outpost::ui {

class InlineMessage;

class ResetPasswordDialog final : public QDialog {
    Q_OBJECT

  public:
    ResetPasswordDialog(UsersPresenter& presenter, std::int64_t userId, const QString& username,
                        QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* passwordField() const { return m_password; }
    [[nodiscard]] QLineEdit* againField() const { return m_again; }
    void submit();

  private:
    void showProblems();

    UsersPresenter& m_presenter;
    const std::int64_t m_userId;
    QLineEdit* m_password;
    QLineEdit* m_again;
    QLabel* m_hint;
    QLabel* m_passwordProblem;
    QLabel* m_againProblem;
    InlineMessage* m_message;
    QDialogButtonBox* m_buttons;
    bool m_sent = false;
};

}  // namespace outpost::ui
