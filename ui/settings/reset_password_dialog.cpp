#include "ui/settings/reset_password_dialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/settings/settings_widgets.h"
#include "ui/widgets/inline_message.h"

namespace outpost::ui {

ResetPasswordDialog::ResetPasswordDialog(UsersPresenter& presenter, std::int64_t userId, const QString& username,
                                         QWidget* parent)
    : QDialog(parent),
      m_presenter(presenter),
      m_userId(userId),
      m_password(new QLineEdit(this)),
      m_again(new QLineEdit(this)),
      m_hint(new QLabel(this)),
      m_passwordProblem(problemLabel(this)),
      m_againProblem(problemLabel(this)),
      m_message(new InlineMessage(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Reset password"));
    setObjectName(QStringLiteral("resetPasswordDialog"));
    auto* intro = new QLabel(
        tr("Choose a new password for %1. Their open sessions end, and they sign in again with the new password.")
            .arg(username),
        this);
    intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setAccessibleName(tr("New password"));
    m_again->setEchoMode(QLineEdit::Password);
    m_again->setObjectName(QStringLiteral("newPasswordAgain"));
    m_again->setAccessibleName(tr("New password again"));
    m_hint->setProperty("role", QStringLiteral("muted"));
    m_hint->setWordWrap(true);
    m_hint->setText(UsersPresenter::passwordHint({}));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reset password"));

    auto* form = new QFormLayout;
    form->addRow(tr("New password"), withNote(m_password, {m_hint, m_passwordProblem}, this));
    form->addRow(tr("Again"), withNote(m_again, {m_againProblem}, this));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_hint->setText(UsersPresenter::passwordHint(text)); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_presenter, &UsersPresenter::passwordResetDone, this, [this](qint64 id) {
        if (m_sent && id == m_userId) accept();
    });
    connect(&m_presenter, &UsersPresenter::actionErrorChanged, this, [this](const QString& message) {
        if (!m_sent || message.isEmpty()) return;
        m_sent = false;
        m_buttons->setEnabled(true);
        m_message->showMessage(InlineMessage::Kind::error, message);
    });
}

void ResetPasswordDialog::submit() {
    m_message->clear();
    m_sent = m_presenter.resetPassword(m_userId, m_password->text(), m_again->text());
    showProblems();
    m_buttons->setEnabled(!m_sent);
}

void ResetPasswordDialog::showProblems() {
    setProblem(m_passwordProblem, m_presenter.problemFor(UserField::password));
    setProblem(m_againProblem, m_presenter.problemFor(UserField::confirmation));
}

}  // namespace outpost::ui
