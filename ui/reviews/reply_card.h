#pragma once
// One reply in the composer's list: its state as a badge, its text, its history (drafted,
// submitted, approved or sent back with the reason, posted, failed), and what the person may do
// with it now — edit or discard a draft; approve or reject with a reason (regional managers and
// corporate, on a reply awaiting approval); retry a failed one.

#include <QFrame>

#include "domain/clock.h"
#include "ui/reviews/reply_composer_presenter.h"

class QLineEdit;
class QPushButton;

namespace outpost::ui {

class ReplyCard final : public QFrame {
    Q_OBJECT

  public:
    ReplyCard(const ComposerReply& reply, bool canApprove, QWidget* parent = nullptr);

    [[nodiscard]] static QString stateText(const QString& state);
    [[nodiscard]] QString replyId() const { return m_id; }
    // The button with this object name ("editReply", "discardReply", "approveReply",
    // "rejectReply", "retryReply"), or nullptr when the reply's state does not offer it.
    [[nodiscard]] QPushButton* button(const QString& name) const;
    [[nodiscard]] QLineEdit* reasonEdit() const { return m_reason; }

  signals:
    void editRequested(const QString& id);
    void discardRequested(const QString& id);
    void approveRequested(const QString& id, const QString& reason);
    void rejectRequested(const QString& id, const QString& reason);
    void retryRequested(const QString& id);

  private:
    QPushButton* addButton(QLayout* row, const QString& name, const QString& text);

    QString m_id;
    QLineEdit* m_reason = nullptr;
};

}  // namespace outpost::ui
