#pragma once
// What covers the window while it is locked: who is signed in and a password field. It hides
// everything under it, so customers' data stays out of sight while the desk is unattended.

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace outpost::ui {

class InlineMessage;

class LockView final : public QWidget {
    Q_OBJECT

  public:
    explicit LockView(QWidget* parent = nullptr);

    void setPerson(const QString& displayName, const QString& username);
    void reset();  // empties the field and the message, and takes the focus
    void setBusy(bool busy);
    void showWrongPassword();
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // Types the password and presses Unlock.
    void submitPassword(const QString& password);

  signals:
    void unlockRequested(const QString& password);
    void signOutRequested();

  private:
    void submit();

    QLabel* m_title;
    QLabel* m_detail;
    QLineEdit* m_password;
    InlineMessage* m_message;
    QPushButton* m_unlock;
    QPushButton* m_signOut;
    bool m_busy = false;
};

}  // namespace outpost::ui
