#include "ui/startup/unlock_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/widgets/icons.h"
#include "ui/widgets/inline_message.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {

UnlockDialog::UnlockDialog(Mode mode, QWidget* parent)
    : QDialog(parent),
      m_mode(mode),
      m_passphrase(passphraseField(QStringLiteral("passphrase"), tr("Passphrase"))),
      m_error(new InlineMessage(this)),
      m_status(new QLabel(this)),
      m_progress(new QProgressBar(this)),
      m_submit(nullptr),
      m_quit(nullptr) {
    const bool creating = mode == Mode::create;
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(creating ? tr("Protect your Outpost data") : tr("Unlock Outpost"));
    setWindowIcon(Icons::colored(QStringLiteral("outpost")));
    setAccessibleName(windowTitle());

    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::pixmap(QStringLiteral("lock"), 40, devicePixelRatioF(), Theme::accent()));
    icon->setFixedSize(40, 40);
    auto* title = new QLabel(creating ? tr("Choose a passphrase") : tr("Enter your passphrase"), this);
    title->setProperty("role", QStringLiteral("title"));
    auto* intro = new QLabel(creating ? tr("Outpost keeps its data on this computer in an encrypted store. Choose a "
                                           "passphrase of at least %1 characters; you will enter it each time Outpost "
                                           "starts. Nobody can recover it for you, so keep it safe.")
                                            .arg(kMinimumLength)
                                      : tr("Your Outpost data on this computer is encrypted. Enter the passphrase to "
                                           "open it."),
                             this);
    intro->setWordWrap(true);
    intro->setProperty("role", QStringLiteral("muted"));
    auto* titles = new QVBoxLayout;
    titles->setSpacing(4);
    titles->addWidget(title);
    titles->addWidget(intro);
    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(titles, 1);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Passphrase"), m_passphrase);
    if (creating) {
        m_confirm = passphraseField(QStringLiteral("confirmPassphrase"), tr("Repeat the passphrase"));
        form->addRow(tr("&Repeat"), m_confirm);
    }

    m_status->setObjectName(QStringLiteral("unlockStatus"));
    m_status->setProperty("role", QStringLiteral("muted"));
    m_progress->setRange(0, 0);  // the engine does not report a fraction: an indeterminate bar
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Opening the store"));
    auto* busyRow = new QVBoxLayout;
    busyRow->setSpacing(4);
    busyRow->addWidget(m_status);
    busyRow->addWidget(m_progress);
    m_status->setVisible(false);
    m_progress->setVisible(false);

    auto* buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(creating ? tr("Create store") : tr("Unlock"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(QStringLiteral("unlockButton"));
    m_submit->setAccessibleName(m_submit->text());
    m_submit->setDefault(true);
    m_quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    m_quit->setAccessibleName(tr("Quit"));
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 22, 24, 18);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(busyRow);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    connect(m_passphrase, &QLineEdit::textEdited, this, &UnlockDialog::clearError);
    if (m_confirm) connect(m_confirm, &QLineEdit::textEdited, this, &UnlockDialog::clearError);
    m_passphrase->setFocus();
}

QLineEdit* UnlockDialog::passphraseField(const QString& objectName, const QString& accessibleName) {
    auto* field = new QLineEdit(this);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setEchoMode(QLineEdit::Password);
    field->setMinimumWidth(260);
    auto* reveal = field->addAction(Icons::themed(QStringLiteral("eye")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the passphrase"));
    connect(reveal, &QAction::toggled, field, [field, reveal](bool shown) {
        field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setToolTip(shown ? tr("Hide the passphrase") : tr("Show the passphrase"));
    });
    return field;
}

QString UnlockDialog::errorText() const {
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void UnlockDialog::submitPassphrase(const QString& passphrase) {
    m_passphrase->setText(passphrase);
    if (m_confirm) m_confirm->setText(passphrase);
    submit();
}

void UnlockDialog::submit() {
    if (m_busy) return;
    const QString passphrase = m_passphrase->text();
    if (passphrase.isEmpty()) {
        showError(tr("Enter the passphrase."));
        return;
    }
    if (m_mode == Mode::create) {
        if (passphrase.size() < kMinimumLength) {
            showError(tr("The passphrase needs at least %1 characters.").arg(kMinimumLength));
            return;
        }
        if (m_confirm->text() != passphrase) {
            showError(tr("The two passphrases differ. Type the same passphrase twice."));
            m_confirm->clear();
            m_confirm->setFocus();
            return;
        }
    }
    clearError();
    emit passphraseSubmitted(passphrase);
}

void UnlockDialog::setBusy(bool busy, const QString& status) {
    m_busy = busy;
    m_passphrase->setEnabled(!busy);
    if (m_confirm) m_confirm->setEnabled(!busy);
    m_submit->setEnabled(!busy);
    m_progress->setVisible(busy);
    setStatus(busy ? status : QString());
}

void UnlockDialog::setStatus(const QString& status) {
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

void UnlockDialog::showWrongPassphrase() {
    showError(tr("Wrong passphrase or not an Outpost database. Check the passphrase and try again."));
    m_passphrase->selectAll();
}

void UnlockDialog::showError(const QString& message) {
    setBusy(false);
    m_error->showMessage(InlineMessage::Kind::error, message);
    m_passphrase->setFocus();
    emit errorShown(message);
}

void UnlockDialog::clearError() {
    m_error->clear();
}

}  // namespace outpost::ui
