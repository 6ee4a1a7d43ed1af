#pragma once
// Small dialogs of the task card: a reason that must be given (escalation, approval decisions)
// and an approval request (refund or cancellation, amount, note).

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace outpost::ui {

class ReasonDialog final : public QDialog {
    Q_OBJECT

  public:
    ReasonDialog(const QString& title, const QString& prompt, const QString& action, QWidget* parent = nullptr);
    [[nodiscard]] QString reason() const;

  private:
    QPlainTextEdit* m_text;
    QPushButton* m_ok;
};

class ApprovalRequestDialog final : public QDialog {
    Q_OBJECT

  public:
    // `ownLimitCents`: the person's own approval limit (none: unlimited), shown as guidance.
    ApprovalRequestDialog(std::optional<std::int64_t> ownLimitCents, QWidget* parent = nullptr);
    [[nodiscard]] QString kind() const;  // refund, cancellation
    [[nodiscard]] std::int64_t amountCents() const;
    [[nodiscard]] QString note() const;

  private:
    QComboBox* m_kind;
    QDoubleSpinBox* m_amount;
    QLineEdit* m_note;
};

}  // namespace outpost::ui
