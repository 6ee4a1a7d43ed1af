#include "ui/session/login_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

#include "ui/widgets/icons.h"
#include "ui/widgets/inline_message.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {
namespace {

// The engine says "... try again in 14 minutes ..." or "... locked for 15 minutes".
int minutesIn(const std::string& message) {
    static const QRegularExpression number(QStringLiteral("(\\d+)\\s+minute"));
    const auto match = number.match(QString::fromStdString(message));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

}  // namespace

LoginDialog::LoginDialog(QWidget* parent)
    : QDialog(parent),
      m_form(new QFormLayout),
      m_place(new QLabel(this)),
      m_notice(new QLabel(this)),
      m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_codeLabel(new QLabel(tr("One-time &code"), this)),
      m_code(new QLineEdit(this)),
      m_demoLabel(new QLabel(tr("&Demo accounts"), this)),
      m_demo(new QComboBox(this)),
      m_message(new InlineMessage(this)),
      m_progress(new QProgressBar(this)),
      m_submit(nullptr) {
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in to Outpost"));
    setWindowIcon(Icons::colored(QStringLiteral("outpost")));
    setAccessibleName(windowTitle());

    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::pixmap(QStringLiteral("outpost"), 40, devicePixelRatioF()));
    icon->setFixedSize(40, 40);
    auto* title = new QLabel(tr("Log in"), this);
    title->setProperty("role", QStringLiteral("title"));
    m_place->setProperty("role", QStringLiteral("muted"));
    m_place->setVisible(false);
    auto* titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(title);
    titles->addWidget(m_place);
    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    m_notice->setObjectName(QStringLiteral("loginNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);

    m_username->setObjectName(QStringLiteral("username"));
    m_username->setAccessibleName(tr("Username"));
    m_username->setMinimumWidth(260);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* reveal = m_password->addAction(Icons::themed(QStringLiteral("eye")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the password"));
    connect(reveal, &QAction::toggled, this, [this, reveal](bool shown) {
        m_password->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setToolTip(shown ? tr("Hide the password") : tr("Show the password"));
    });
    m_code->setObjectName(QStringLiteral("oneTimeCode"));
    m_code->setAccessibleName(tr("One-time code"));
    m_code->setMaxLength(6);
    m_code->setInputMethodHints(Qt::ImhDigitsOnly);
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_code));
    m_code->setPlaceholderText(tr("6 digits"));
    m_code->setToolTip(tr("The 6-digit code from your authenticator app."));
    m_demo->setObjectName(QStringLiteral("demoAccounts"));
    m_demo->setAccessibleName(tr("Demo accounts"));
    m_demo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto* form = m_form;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(m_demoLabel, m_demo);
    form->addRow(tr("&Username"), m_username);
    form->addRow(tr("&Password"), m_password);
    form->addRow(m_codeLabel, m_code);
    m_demoLabel->setBuddy(m_demo);
    m_codeLabel->setBuddy(m_code);
    form->setRowVisible(m_demo, false);
    form->setRowVisible(m_code, false);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Logging in"));
    m_progress->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("loginButton"));
    m_submit->setDefault(true);
    auto* quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 18);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(m_notice);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(m_username, &QLineEdit::textEdited, m_message, &InlineMessage::clear);
    connect(m_password, &QLineEdit::textEdited, m_message, &InlineMessage::clear);
    connect(m_demo, &QComboBox::activated, this, &LoginDialog::applyDemoAccount);
    m_username->setFocus();
}

void LoginDialog::setDemoAccounts(std::vector<DemoLogin> accounts, std::function<QString()> currentCode) {
    m_demoAccounts = std::move(accounts);
    m_currentCode = std::move(currentCode);
    m_demo->clear();
    m_demo->addItem(tr("Choose a demo account…"));
    for (const auto& account : m_demoAccounts) {
        m_demo->addItem(tr("%1 (%2)", "person and role (username)").arg(account.description, account.username));
    }
    m_form->setRowVisible(m_demo, !m_demoAccounts.empty());
    m_demo->setToolTip(tr("The demo data's accounts, one per role. They exist only in the demo."));
}

bool LoginDialog::hasDemoAccounts() const {
    return !m_demoAccounts.empty();
}

bool LoginDialog::chooseDemoAccount(const QString& username) {
    for (std::size_t i = 0; i < m_demoAccounts.size(); ++i) {
        if (m_demoAccounts[i].username == username) {
            m_demo->setCurrentIndex(static_cast<int>(i) + 1);
            applyDemoAccount(static_cast<int>(i) + 1);
            return true;
        }
    }
    return false;
}

void LoginDialog::applyDemoAccount(int index) {
    if (index <= 0 || index > static_cast<int>(m_demoAccounts.size())) return;
    const DemoLogin& account = m_demoAccounts[static_cast<std::size_t>(index - 1)];
    m_username->setText(account.username);
    m_password->setText(account.password);
    m_message->clear();
    if (account.needsCode && m_currentCode) {
        showCodeField(true);
        m_code->setText(m_currentCode());
    } else {
        m_code->clear();
        showCodeField(false);
    }
    m_submit->setFocus();
}

void LoginDialog::setNotice(const QString& text) {
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void LoginDialog::setUsername(const QString& username) {
    m_username->setText(username);
    if (!username.isEmpty()) m_password->setFocus();
}

void LoginDialog::setPlace(const QString& place) {
    m_place->setText(place);
    m_place->setVisible(!place.isEmpty());
}

QString LoginDialog::username() const {
    return m_username->text().trimmed();
}

QString LoginDialog::errorText() const {
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

bool LoginDialog::isCodeVisible() const {
    return m_code->isVisibleTo(this);
}

void LoginDialog::showCodeField(bool shown) {
    m_form->setRowVisible(m_code, shown);
}

void LoginDialog::submitCredentials(const QString& username, const QString& password, const QString& code) {
    m_username->setText(username);
    m_password->setText(password);
    m_code->setText(code);
    if (!code.isEmpty()) showCodeField(true);
    submit();
}

void LoginDialog::submit() {
    if (m_busy) return;
    if (username().isEmpty()) {
        showMessage(true, tr("Enter your username."));
        m_username->setFocus();
        return;
    }
    if (m_password->text().isEmpty()) {
        showMessage(true, tr("Enter your password."));
        m_password->setFocus();
        return;
    }
    const QString code = isCodeVisible() ? m_code->text().trimmed() : QString();
    if (isCodeVisible() && code.size() != 6) {
        showMessage(true, tr("Enter the 6-digit code from your authenticator app."));
        m_code->setFocus();
        return;
    }
    m_message->clear();
    setBusy(true);
    emit loginRequested(username(), m_password->text(), code);
}

void LoginDialog::setBusy(bool busy) {
    m_busy = busy;
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_code->setEnabled(!busy);
    m_demo->setEnabled(!busy);
    m_submit->setEnabled(!busy);
    m_submit->setText(busy ? tr("Logging in…") : tr("Log in"));
    m_progress->setVisible(busy);
}

void LoginDialog::showError(const Error& error) {
    setBusy(false);
    switch (error.code) {
        case ErrorCode::mfa_required: {
            const bool hadCode = isCodeVisible() && !m_code->text().isEmpty();
            showCodeField(true);
            m_code->clear();
            m_code->setFocus();
            showMessage(hadCode, hadCode ? tr("That code is wrong or has expired. Enter the current code from your "
                                              "authenticator app.")
                                         : tr("Your password is right. This account also needs a one-time code: "
                                              "enter the 6-digit code from your authenticator app."));
            return;
        }
        case ErrorCode::unauthenticated:
            m_password->clear();
            m_password->setFocus();
            showMessage(true, tr("Wrong username or password. Check both and try again."));
            return;
        case ErrorCode::locked: {
            const int minutes = minutesIn(error.message);
            showMessage(true, minutes > 0 ? tr("Too many failed attempts: this account is locked. Try again in %n "
                                               "minute(s), or ask an administrator to reset your password.",
                                               nullptr, minutes)
                                          : tr("Too many failed attempts: this account is locked. Try again later, "
                                               "or ask an administrator to reset your password."));
            return;
        }
        case ErrorCode::permission_denied:
            showMessage(true, tr("This account is disabled. Ask an administrator to enable it."));
            return;
        case ErrorCode::unavailable:
            showMessage(true, tr("Cannot reach the engine. Check the network connection and try again."));
            return;
        case ErrorCode::untrusted_certificate:
            showMessage(true, tr("The server's certificate is not the one this computer trusts. Do not log in; "
                                 "ask your administrator."));
            return;
        case ErrorCode::io:
            showMessage(true, tr("This computer's copy of your data cannot be opened: %1")
                                  .arg(QString::fromStdString(error.message)));
            return;
        case ErrorCode::schema_too_new:
            showMessage(true, tr("This computer's copy of your data was written by a newer version of Outpost. "
                                 "Update Outpost to log in here."));
            return;
        default:
            showMessage(true, tr("The engine refused the login: %1").arg(QString::fromStdString(error.message)));
            return;
    }
}

void LoginDialog::showMessage(bool error, const QString& text) {
    m_message->showMessage(error ? InlineMessage::Kind::error : InlineMessage::Kind::information, text);
    emit errorShown(text);
}

}  // namespace outpost::ui
