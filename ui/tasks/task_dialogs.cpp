#include "ui/tasks/task_dialogs.h"

#include <cmath>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/tasks/task_text.h"

namespace outpost::ui {

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, const QString& action, QWidget* parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this)) {
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("reasonText"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumSize(360, 90);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(action);
    m_ok->setEnabled(false);
    layout->addWidget(label);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { m_ok->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ReasonDialog::reason() const { return m_text->toPlainText().trimmed(); }

ApprovalRequestDialog::ApprovalRequestDialog(std::optional<std::int64_t> ownLimitCents, QWidget* parent)
    : QDialog(parent), m_kind(new QComboBox(this)), m_amount(new QDoubleSpinBox(this)), m_note(new QLineEdit(this)) {
    setWindowTitle(tr("Request approval"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_kind->addItem(tr("Refund"), QStringLiteral("refund"));
    m_kind->addItem(tr("Cancellation"), QStringLiteral("cancellation"));
    m_amount->setRange(0.0, 1'000'000.0);
    m_amount->setDecimals(2);
    m_amount->setSingleStep(10.0);
    m_note->setPlaceholderText(tr("What happened, for the approver"));
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Amount"), m_amount);
    form->addRow(tr("&Note"), m_note);
    layout->addLayout(form);
    auto* guidance = new QLabel(ownLimitCents ? tr("You may grant up to %1 yourself; more waits for an approver.")
                                                    .arg(TaskText::money(*ownLimitCents))
                                              : tr("Your role has no approval limit."),
                                this);
    guidance->setProperty("role", QStringLiteral("muted"));
    guidance->setWordWrap(true);
    layout->addWidget(guidance);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Request"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ApprovalRequestDialog::kind() const { return m_kind->currentData().toString(); }
std::int64_t ApprovalRequestDialog::amountCents() const { return std::llround(m_amount->value() * 100.0); }
QString ApprovalRequestDialog::note() const { return m_note->text().trimmed(); }

}  // namespace outpost::ui
