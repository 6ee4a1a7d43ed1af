#pragma once
// Logging in to the engine: username, password and, once the engine asks for it, the one-time
// code of the person's authenticator app. Each refusal shows inline (wrong credentials, locked,
// disabled, unreachable); while the engine answers the dialog shows progress and cannot be
// submitted twice. With the demo data a chooser fills in the documented demo accounts.

#include <functional>
#include <vector>

#include <QDialog>

#include "domain/result.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace outpost::ui {

class InlineMessage;

struct DemoLogin {
    QString username;
    QString password;
    QString description;  // "Luis Ortega · Location manager"
    bool needsCode = false;
};

class LoginDialog final : public QDialog {
    Q_OBJECT

  public:
    explicit LoginDialog(QWidget* parent = nullptr);

    // Shows the "Demo accounts" chooser; `currentCode` gives the one-time code of accounts that need one.
    void setDemoAccounts(std::vector<DemoLogin> accounts, std::function<QString()> currentCode);
    // A line above the form, e.g. why the person has to log in again.
    void setNotice(const QString& text);
    void setUsername(const QString& username);
    // "Server 192.0.2.10:8443" or "Embedded engine", shown under the title.
    void setPlace(const QString& place);

    [[nodiscard]] QString username() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] bool isCodeVisible() const;
    [[nodiscard]] bool hasDemoAccounts() const;

    // Fills the fields and submits, as if typed.
    void submitCredentials(const QString& username, const QString& password, const QString& code = {});
    // Picks a demo account by username, as the chooser does.
    bool chooseDemoAccount(const QString& username);

  public slots:
    void setBusy(bool busy);
    // Shows what the engine answered; mfa_required reveals the code field.
    void showError(const outpost::Error& error);

  signals:
    void loginRequested(const QString& username, const QString& password, const QString& code);
    void errorShown(const QString& message);

  private:
    void submit();
    void showMessage(bool error, const QString& text);
    void showCodeField(bool shown);
    void applyDemoAccount(int index);

    QFormLayout* m_form;
    QLabel* m_place;
    QLabel* m_notice;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLabel* m_codeLabel;
    QLineEdit* m_code;
    QLabel* m_demoLabel;
    QComboBox* m_demo;
    InlineMessage* m_message;
    QProgressBar* m_progress;
    QPushButton* m_submit;
    std::vector<DemoLogin> m_demoAccounts;
    std::function<QString()> m_currentCode;
    bool m_busy = false;
};

}  // namespace outpost::ui
