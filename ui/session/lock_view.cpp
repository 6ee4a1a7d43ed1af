#include "ui/session/lock_view.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/widgets/icons.h"
#include "ui/widgets/inline_message.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {

LockView::LockView(QWidget* parent)
    : QWidget(parent),
      m_title(new QLabel(tr("Outpost is locked"), this)),
      m_detail(new QLabel(this)),
      m_password(new QLineEdit(this)),
      m_message(new InlineMessage(this)),
      m_unlock(new QPushButton(tr("Unlock"), this)),
      m_signOut(new QPushButton(tr("Log out"), this)) {
    setObjectName(QStringLiteral("lockView"));
    setAccessibleName(tr("Locked"));
    setAutoFillBackground(true);
    setAttribute(Qt::WA_StyledBackground);

    auto* card = new QWidget(this);
    card->setObjectName(QStringLiteral("lockCard"));
    card->setFixedWidth(420);
    auto* icon = new QLabel(card);
    icon->setPixmap(Icons::pixmap(QStringLiteral("lock"), 48, devicePixelRatioF(), Theme::accent()));
    icon->setFixedSize(48, 48);
    m_title->setProperty("role", QStringLiteral("title"));
    m_title->setAlignment(Qt::AlignCenter);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setAlignment(Qt::AlignCenter);
    m_detail->setProperty("role", QStringLiteral("muted"));
    m_password->setObjectName(QStringLiteral("lockPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_signOut->setObjectName(QStringLiteral("lockSignOut"));
    m_signOut->setToolTip(tr("End the session; someone else can log in."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_signOut);
    buttons->addStretch(1);
    buttons->addWidget(m_unlock);

    auto* column = new QVBoxLayout(card);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(12);
    column->addWidget(icon, 0, Qt::AlignHCenter);
    column->addWidget(m_title);
    column->addWidget(m_detail);
    column->addSpacing(4);
    column->addWidget(m_password);
    column->addWidget(m_message);
    column->addLayout(buttons);

    // Box layouts without alignment flags give the wrapped text the height its width needs.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);

    connect(m_password, &QLineEdit::returnPressed, this, &LockView::submit);
    connect(m_password, &QLineEdit::textEdited, m_message, &InlineMessage::clear);
    connect(m_unlock, &QPushButton::clicked, this, &LockView::submit);
    connect(m_signOut, &QPushButton::clicked, this, &LockView::signOutRequested);
}

void LockView::setPerson(const QString& displayName, const QString& username) {
    m_detail->setText(tr("Signed in as %1 (%2). Enter your password to continue; it is checked on this "
                         "computer, so it works without a network.")
                          .arg(displayName, username));
    m_detail->setMinimumHeight(m_detail->heightForWidth(m_detail->parentWidget()->width()));
}

void LockView::reset() {
    setBusy(false);
    m_password->clear();
    m_message->clear();
    m_password->setFocus();
}

void LockView::setBusy(bool busy) {
    m_busy = busy;
    m_password->setEnabled(!busy);
    m_unlock->setEnabled(!busy);
    m_unlock->setText(busy ? tr("Checking…") : tr("Unlock"));
}

void LockView::showWrongPassword() {
    setBusy(false);
    m_message->showMessage(InlineMessage::Kind::error, tr("Wrong password. Try again."));
    m_password->selectAll();
    m_password->setFocus();
}

QString LockView::errorText() const {
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void LockView::submitPassword(const QString& password) {
    m_password->setText(password);
    submit();
}

void LockView::submit() {
    if (m_busy || m_password->text().isEmpty()) return;
    setBusy(true);
    emit unlockRequested(m_password->text());
}

}  // namespace outpost::ui
