#include "ui/settings/mfa_secret_panel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/widgets/theme.h"

namespace outpost::ui {

MfaSecretPanel::MfaSecretPanel(QWidget* parent) : QFrame(parent), m_heading(new QLabel(this)) {
    setObjectName(QStringLiteral("mfaSecretPanel"));
    setAccessibleName(tr("New second factor"));
    setStyleSheet(QStringLiteral("QFrame#mfaSecretPanel { border: 1px solid %1; border-radius: 4px; background: %2; }")
                      .arg(Theme::accent().name(), palette().color(QPalette::AlternateBase).name()));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);
    m_heading->setProperty("role", QStringLiteral("heading"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    auto* note = new QLabel(tr("Shown once: add it to the authenticator app now, or copy the secret. Outpost does not "
                               "show it again."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::errorText().name()));
    layout->addWidget(note);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);
    m_uri = addCopyRow(grid, 0, tr("Authenticator link"), tr("Authenticator link (otpauth URI)"));
    m_secret = addCopyRow(grid, 1, tr("Secret"), tr("Secret (base32)"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_secret->setFont(mono);
    layout->addLayout(grid);
    auto* done = new QPushButton(tr("Done, I have saved it"), this);
    done->setObjectName(QStringLiteral("mfaDone"));
    connect(done, &QPushButton::clicked, this, &MfaSecretPanel::dismiss);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(done);
    layout->addLayout(row);
    setVisible(false);
}

QLineEdit* MfaSecretPanel::addCopyRow(QGridLayout* grid, int row, const QString& label, const QString& accessibleName) {
    auto* field = new QLineEdit(this);
    field->setReadOnly(true);
    field->setAccessibleName(accessibleName);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(field);
    auto* copy = new QPushButton(tr("Copy"), this);
    copy->setAccessibleName(tr("Copy %1").arg(label));
    connect(copy, &QPushButton::clicked, this, [field] { QApplication::clipboard()->setText(field->text()); });
    grid->addWidget(caption, row, 0);
    grid->addWidget(field, row, 1);
    grid->addWidget(copy, row, 2);
    return field;
}

void MfaSecretPanel::showSecret(const MfaSecret& secret) {
    m_heading->setText(tr("Second factor for %1").arg(secret.username));
    m_uri->setText(secret.uri);
    m_uri->setCursorPosition(0);
    m_secret->setText(secret.secret);
    m_secret->setCursorPosition(0);
    setVisible(true);
}

void MfaSecretPanel::dismiss() {
    m_uri->clear();
    m_secret->clear();
    setVisible(false);
}

QString MfaSecretPanel::uri() const {
    return m_uri->text();
}

QString MfaSecretPanel::secret() const {
    return m_secret->text();
}

}  // namespace outpost::ui
