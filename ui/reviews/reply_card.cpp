#include "ui/reviews/reply_card.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

#include "ui/models/display_text.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {

QString ReplyCard::stateText(const QString& state) {
    if (state == QLatin1String("draft")) return tr("Draft");
    if (state == QLatin1String("awaiting_approval")) return tr("Awaiting approval");
    if (state == QLatin1String("approved")) return tr("Approved");
    if (state == QLatin1String("posted")) return tr("Posted");
    if (state == QLatin1String("failed")) return tr("Failed");
    return state;
}

ReplyCard::ReplyCard(const ComposerReply& reply, bool canApprove, QWidget* parent) : QFrame(parent), m_id(reply.id) {
    setObjectName(QStringLiteral("replyCard"));
    setStyleSheet(QStringLiteral("QFrame#replyCard { border: 1px solid %1; border-radius: 6px; }")
                      .arg(Theme::separator().name()));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);

    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    const QString kind = reply.kind == QLatin1String("private") ? tr("Private reply") : tr("Public reply");
    auto* who = new QLabel(tr("%1 · %2", "reply kind · author").arg(kind, reply.authorName), this);
    who->setProperty("role", QStringLiteral("muted"));
    header->addWidget(who, 1);
    const bool bad = reply.state == QLatin1String("failed");
    const bool good = reply.state == QLatin1String("posted") || reply.state == QLatin1String("approved");
    auto* state = new QLabel(stateText(reply.state), this);
    state->setObjectName(QStringLiteral("replyState"));
    state->setAccessibleName(tr("Reply state: %1").arg(stateText(reply.state)));
    const QColor back = bad ? Theme::errorTint() : good ? Theme::accent() : Theme::separator();
    const QColor fore = bad ? Theme::errorText() : good ? QColor(Qt::white) : palette().color(QPalette::WindowText);
    state->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; padding: 1px 8px; }")
                             .arg(back.name(), fore.name()));
    header->addWidget(state);
    if (reply.pending) {
        auto* pending = new QLabel(tr("Pending"), this);
        pending->setToolTip(tr("Saved on this computer; waiting to sync with the engine"));
        pending->setProperty("role", QStringLiteral("muted"));
        header->addWidget(pending);
    }
    layout->addLayout(header);

    auto* text = new QLabel(reply.text, this);
    text->setObjectName(QStringLiteral("replyText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);

    QStringList lines;
    const QTimeZone zone = QTimeZone::systemTimeZone();
    for (const auto& h : reply.history) {
        lines << tr("%1 — %2", "time — event").arg(DisplayText::shortLocalTime(h.at, zone), h.text);
    }
    auto* history = new QLabel(lines.join(QLatin1Char('\n')), this);
    history->setObjectName(QStringLiteral("replyHistory"));
    history->setAccessibleName(tr("Reply history"));
    history->setProperty("role", QStringLiteral("muted"));
    history->setWordWrap(true);
    history->setTextFormat(Qt::PlainText);
    layout->addWidget(history);

    auto* row = new QHBoxLayout;
    row->setSpacing(6);
    const QString id = reply.id;
    if (reply.state == QLatin1String("draft") || bad) {
        connect(addButton(row, QStringLiteral("editReply"), tr("Edit")), &QPushButton::clicked, this,
                [this, id] { emit editRequested(id); });
    }
    if (reply.state == QLatin1String("draft") || reply.state == QLatin1String("awaiting_approval") || bad) {
        connect(addButton(row, QStringLiteral("discardReply"), tr("Discard")), &QPushButton::clicked, this,
                [this, id] { emit discardRequested(id); });
    }
    if (bad) {
        connect(addButton(row, QStringLiteral("retryReply"), tr("Retry posting")), &QPushButton::clicked, this,
                [this, id] { emit retryRequested(id); });
    }
    row->addStretch(1);
    layout->addLayout(row);

    if (reply.state == QLatin1String("awaiting_approval") && canApprove) {
        auto* decide = new QHBoxLayout;
        decide->setSpacing(6);
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("decisionReason"));
        m_reason->setAccessibleName(tr("Reason for the decision"));
        m_reason->setPlaceholderText(tr("Reason (required)"));
        decide->addWidget(m_reason, 1);
        auto* approve = addButton(decide, QStringLiteral("approveReply"), tr("Approve"));
        auto* reject = addButton(decide, QStringLiteral("rejectReply"), tr("Reject"));
        approve->setEnabled(false);
        reject->setEnabled(false);
        connect(m_reason, &QLineEdit::textChanged, this, [approve, reject](const QString& reason) {
            approve->setEnabled(!reason.trimmed().isEmpty());
            reject->setEnabled(!reason.trimmed().isEmpty());
        });
        connect(approve, &QPushButton::clicked, this, [this, id] { emit approveRequested(id, m_reason->text().trimmed()); });
        connect(reject, &QPushButton::clicked, this, [this, id] { emit rejectRequested(id, m_reason->text().trimmed()); });
        layout->addLayout(decide);
    } else if (reply.state == QLatin1String("awaiting_approval")) {
        auto* note = new QLabel(tr("A regional manager or corporate approves replies to high-severity reviews."), this);
        note->setProperty("role", QStringLiteral("muted"));
        note->setWordWrap(true);
        layout->addWidget(note);
    }
}

QPushButton* ReplyCard::addButton(QLayout* row, const QString& name, const QString& text) {
    auto* button = new QPushButton(text, this);
    button->setObjectName(name);
    row->addWidget(button);
    return button;
}

QPushButton* ReplyCard::button(const QString& name) const {
    return findChild<QPushButton*>(name);
}

}  // namespace outpost::ui
