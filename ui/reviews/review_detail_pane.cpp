#include "ui/reviews/review_detail_pane.h"

#include <algorithm>

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include "ui/models/display_text.h"
#include "ui/widgets/flow_layout.h"
#include "ui/widgets/scroll_page.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/star_rating.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {

ReviewDetailPane::ReviewDetailPane(QWidget* parent) : QFrame(parent), m_pages(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Review details"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    m_pages->addWidget(buildEmptyPage());
    m_pages->addWidget(buildReviewPage());
    setMinimumWidth(320);
}

QWidget* ReviewDetailPane::buildEmptyPage() {
    return makeEmptyPage(this, QStringLiteral("reviews"), tr("Select a review to read it in full."),
                         tr("Use j and k to move through the list."));
}

QLabel* ReviewDetailPane::metaRow(QVBoxLayout* layout, const QString& icon, const QString& accessibleName) {
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(Icons::pixmap(icon, 16, devicePixelRatioF(), Theme::mutedText()));
    iconLabel->setFixedSize(16, 16);
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setAccessibleName(accessibleName);
    row->addWidget(iconLabel, 0, Qt::AlignTop);
    row->addWidget(text, 1);
    layout->addLayout(row);
    return text;
}

QWidget* ReviewDetailPane::buildReviewPage() {
    auto [scroll, page, layout] = makeScrollPage(this, QMargins(20, 18, 20, 18));

    // Stars, tone and status wrap onto a second line when the pane is narrow.
    auto* headerRow = new QWidget(page);
    auto* header = new FlowLayout(headerRow, 10, 6);
    m_stars = new StarRatingWidget(page);
    m_stars->setStarSize(22);
    m_negativeBadge = new QLabel(tr("Negative"), page);
    m_negativeBadge->setAccessibleName(tr("Negative review"));
    m_negativeBadge->setStyleSheet(
        QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; padding: 2px 9px; }")
            .arg(Theme::errorTint().name(), Theme::errorText().name()));
    m_status = new QLabel(page);
    m_status->setAccessibleName(tr("Status"));
    m_status->setStyleSheet(QStringLiteral("QLabel { border: 1px solid %1; border-radius: 9px; padding: 1px 9px; }")
                                .arg(Theme::separator().name()));
    header->addWidget(m_stars);
    header->addWidget(m_negativeBadge);
    header->addWidget(m_status);
    layout->addWidget(headerRow);

    m_author = new QLabel(page);
    m_author->setProperty("role", QStringLiteral("heading"));
    m_author->setAccessibleName(tr("Author"));
    m_author->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_author->setWordWrap(true);
    layout->addSpacing(4);
    layout->addWidget(m_author);

    m_location = metaRow(layout, QStringLiteral("location"), tr("Location"));
    m_posted = metaRow(layout, QStringLiteral("clock"), tr("Posted"));
    m_platform = metaRow(layout, QStringLiteral("platform"), tr("Platform"));
    m_assignee = metaRow(layout, QStringLiteral("user"), tr("Assigned to"));
    m_assignee->setObjectName(QStringLiteral("reviewAssignee"));

    layout->addSpacing(4);
    layout->addWidget(buildActions(page));

    auto* line = new QFrame(page);
    line->setFrameShape(QFrame::HLine);
    line->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::separator().name()));
    layout->addSpacing(6);
    layout->addWidget(line);
    layout->addSpacing(6);

    m_text = new QLabel(page);
    m_text->setObjectName(QStringLiteral("reviewText"));
    m_text->setAccessibleName(tr("Review text"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont body = m_text->font();
    body.setPointSizeF(body.pointSizeF() * 1.1);
    m_text->setFont(body);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    m_reasons = new QLabel(page);
    m_reasons->setObjectName(QStringLiteral("reviewReasons"));
    m_reasons->setAccessibleName(tr("Why this severity"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_reasons);
    layout->addSpacing(10);
    layout->addWidget(buildReplies(page));
    layout->addStretch(1);

    return scroll;
}

QWidget* ReviewDetailPane::buildActions(QWidget* page) {
    m_actions = new QWidget(page);
    m_actions->setObjectName(QStringLiteral("reviewActions"));
    auto* row = new FlowLayout(m_actions);  // wraps in a narrow pane
    m_acknowledge = new QPushButton(m_actions);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeButton"));
    m_resolve = new QPushButton(m_actions);
    m_resolve->setObjectName(QStringLiteral("resolveButton"));
    m_assign = new QPushButton(m_actions);
    m_assign->setObjectName(QStringLiteral("assignButton"));
    for (QPushButton* button : {m_acknowledge, m_resolve, m_assign}) {
        button->setFocusPolicy(Qt::TabFocus);
        row->addWidget(button);
    }
    m_reply = new QPushButton(tr("Reply…"), m_actions);
    m_reply->setObjectName(QStringLiteral("replyButton"));
    m_reply->setToolTip(tr("Write a reply with a template and a live preview"));
    m_reply->setFocusPolicy(Qt::TabFocus);
    row->addWidget(m_reply);
    connect(m_reply, &QPushButton::clicked, this, &ReviewDetailPane::openComposer);
    connect(m_acknowledge, &QPushButton::clicked, this, &ReviewDetailPane::acknowledge);
    connect(m_resolve, &QPushButton::clicked, this, &ReviewDetailPane::toggleResolved);
    connect(m_assign, &QPushButton::clicked, this, &ReviewDetailPane::toggleAssigned);
    m_actions->setVisible(false);
    return m_actions;
}

QWidget* ReviewDetailPane::buildReplies(QWidget* page) {
    m_replies = new QWidget(page);
    m_replies->setObjectName(QStringLiteral("reviewReplies"));
    auto* layout = new QVBoxLayout(m_replies);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto* heading = new QLabel(tr("Reply drafts"), m_replies);
    heading->setProperty("role", QStringLiteral("heading"));
    layout->addWidget(heading);

    m_draftsList = new QWidget(m_replies);
    m_draftsList->setObjectName(QStringLiteral("draftsList"));
    m_draftsList->setAccessibleName(tr("Reply drafts"));
    m_draftsLayout = new QVBoxLayout(m_draftsList);
    m_draftsLayout->setContentsMargins(0, 0, 0, 0);
    m_draftsLayout->setSpacing(8);
    layout->addWidget(m_draftsList);
    m_noDrafts = new QLabel(tr("No reply drafts yet."), m_replies);
    m_noDrafts->setProperty("role", QStringLiteral("muted"));
    layout->addWidget(m_noDrafts);

    m_editorTitle = new QLabel(tr("New reply draft"), m_replies);
    m_editorTitle->setObjectName(QStringLiteral("draftEditorTitle"));
    layout->addWidget(m_editorTitle);
    m_editor = new QPlainTextEdit(m_replies);
    m_editor->setObjectName(QStringLiteral("draftEditor"));
    m_editor->setAccessibleName(tr("Reply draft"));
    m_editor->setPlaceholderText(tr("Write a reply to this review…"));
    m_editor->setTabChangesFocus(true);
    m_editor->setFixedHeight(fontMetrics().lineSpacing() * 5 + 16);
    layout->addWidget(m_editor);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    m_save = new QPushButton(tr("Save draft"), m_replies);
    m_save->setObjectName(QStringLiteral("saveDraftButton"));
    m_save->setToolTip(tr("Save the draft (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_cancelEdit = new QPushButton(tr("Cancel edit"), m_replies);
    m_cancelEdit->setObjectName(QStringLiteral("cancelEditButton"));
    m_cancelEdit->setVisible(false);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancelEdit);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* save = new QShortcut(QKeySequence::Save, m_editor);
    save->setContext(Qt::WidgetShortcut);
    connect(save, &QShortcut::activated, this, &ReviewDetailPane::saveDraft);
    connect(m_save, &QPushButton::clicked, this, &ReviewDetailPane::saveDraft);
    connect(m_cancelEdit, &QPushButton::clicked, this, [this] {
        stopEditing();
        m_editor->clear();
    });
    connect(m_editor, &QPlainTextEdit::textChanged, this,
            [this] { m_save->setEnabled(!m_editor->toPlainText().trimmed().isEmpty()); });
    m_save->setEnabled(false);
    m_replies->setVisible(false);
    return m_replies;
}

void ReviewDetailPane::setActionsEnabled(bool enabled) {
    m_actionsEnabled = enabled;
    m_actions->setVisible(enabled);
    m_replies->setVisible(enabled);
}

void ReviewDetailPane::updateActions() {
    const bool resolved = m_detail.statusValue == ReviewStatus::resolved;
    m_acknowledge->setText(tr("Acknowledge (c)"));
    m_acknowledge->setToolTip(tr("Mark the review as seen and being handled"));
    m_acknowledge->setEnabled(m_detail.statusValue == ReviewStatus::open);
    m_resolve->setText(resolved ? tr("Reopen (x)") : tr("Resolve (x)"));
    m_resolve->setToolTip(resolved ? tr("Open the review again") : tr("Mark the review as dealt with"));
    m_assign->setText(m_detail.assignedToMe ? tr("Unassign (a)") : tr("Assign to me (a)"));
    m_assign->setToolTip(m_detail.assignedToMe ? tr("Leave the review to someone else")
                                               : tr("Take the review: others see that you work on it"));
}

void ReviewDetailPane::acknowledge() {
    if (!m_actionsEnabled || m_reviewId == 0 || m_detail.statusValue != ReviewStatus::open) return;
    emit statusRequested(m_reviewId, ReviewStatus::acknowledged);
}

void ReviewDetailPane::toggleResolved() {
    if (!m_actionsEnabled || m_reviewId == 0) return;
    emit statusRequested(m_reviewId,
                         m_detail.statusValue == ReviewStatus::resolved ? ReviewStatus::open : ReviewStatus::resolved);
}

void ReviewDetailPane::toggleAssigned() {
    if (!m_actionsEnabled || m_reviewId == 0) return;
    emit assignRequested(m_reviewId, !m_detail.assignedToMe);
}

void ReviewDetailPane::saveDraft() {
    if (!m_actionsEnabled || m_reviewId == 0) return;
    const QString text = m_editor->toPlainText().trimmed();
    if (text.isEmpty()) return;
    emit saveDraftRequested(m_reviewId, text, m_editingDraft, m_editingVersion);
    stopEditing();
    m_editor->clear();
}

void ReviewDetailPane::editDraft(const QString& draftId) {
    for (const ReplyDraft& draft : m_drafts) {
        if (draft.id != draftId) continue;
        m_editingDraft = draft.id;
        m_editingVersion = draft.version;
        m_editor->setPlainText(draft.text);
        m_editorTitle->setText(tr("Editing the draft of %1").arg(draft.authorName));
        m_cancelEdit->setVisible(true);
        m_editor->setFocus();
        return;
    }
}

void ReviewDetailPane::discardDraft(const QString& draftId) {
    if (!m_actionsEnabled || m_reviewId == 0) return;
    if (draftId == m_editingDraft) stopEditing();
    emit discardDraftRequested(m_reviewId, draftId);
}

void ReviewDetailPane::openComposer() {
    if (m_actionsEnabled && isShowingReview() && m_reviewId != 0) emit composerRequested(m_reviewId);
}

void ReviewDetailPane::stopEditing() {
    m_editingDraft.clear();
    m_editingVersion = 0;
    m_editorTitle->setText(tr("New reply draft"));
    m_cancelEdit->setVisible(false);
}

QWidget* ReviewDetailPane::draftCard(const ReplyDraft& draft, Timestamp now) {
    auto* card = new QFrame(m_draftsList);
    card->setObjectName(QStringLiteral("draftCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setStyleSheet(QStringLiteral("QFrame#draftCard { border: 1px solid %1; border-radius: 6px; }")
                            .arg(Theme::separator().name()));
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    auto* header = new QHBoxLayout;
    header->setSpacing(8);
    auto* who = new QLabel(tr("%1 · %2", "draft author · age").arg(draft.authorName, DisplayText::age(draft.updatedAt, now)),
                           card);
    who->setProperty("role", QStringLiteral("muted"));
    who->setToolTip(DisplayText::longLocalTime(draft.updatedAt, QTimeZone::systemTimeZone()));
    header->addWidget(who, 1);
    const QString badge = QStringLiteral("QLabel { background: %1; color: %2; border-radius: 8px; padding: 1px 8px; }");
    if (!draft.conflictWith.isEmpty()) {
        auto* conflict = new QLabel(tr("Conflict"), card);
        conflict->setObjectName(QStringLiteral("draftConflict"));
        conflict->setAccessibleName(tr("Conflict: written at the same time as another draft"));
        conflict->setToolTip(tr("Written at the same time as another draft of this review; both are kept. "
                                "Keep the one you want and discard the other."));
        conflict->setStyleSheet(badge.arg(Theme::errorTint().name(), Theme::errorText().name()));
        header->addWidget(conflict);
    }
    if (draft.pending) {
        auto* pending = new QLabel(tr("Pending"), card);
        pending->setObjectName(QStringLiteral("draftPending"));
        pending->setToolTip(tr("Saved on this computer; waiting to sync with the engine"));
        pending->setStyleSheet(badge.arg(Theme::separator().name(), palette().color(QPalette::WindowText).name()));
        header->addWidget(pending);
    }
    layout->addLayout(header);
    auto* text = new QLabel(draft.text, card);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(6);
    auto* edit = new QPushButton(tr("Edit"), card);
    auto* discard = new QPushButton(tr("Discard"), card);
    edit->setAccessibleName(tr("Edit the draft of %1").arg(draft.authorName));
    discard->setAccessibleName(tr("Discard the draft of %1").arg(draft.authorName));
    buttons->addWidget(edit);
    buttons->addWidget(discard);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    const QString id = draft.id;
    connect(edit, &QPushButton::clicked, this, [this, id] { editDraft(id); });
    connect(discard, &QPushButton::clicked, this, [this, id] { discardDraft(id); });
    return card;
}

void ReviewDetailPane::showDrafts(const std::vector<ReplyDraft>& drafts, Timestamp now) {
    m_drafts = drafts;
    while (QLayoutItem* item = m_draftsLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) w->deleteLater();
        delete item;
    }
    for (const ReplyDraft& draft : m_drafts) m_draftsLayout->addWidget(draftCard(draft, now));
    m_noDrafts->setVisible(m_drafts.empty());
    if (!m_editingDraft.isEmpty()) {
        const bool stillThere = std::any_of(m_drafts.begin(), m_drafts.end(),
                                            [this](const ReplyDraft& d) { return d.id == m_editingDraft; });
        if (!stillThere) stopEditing();
    }
}

void ReviewDetailPane::showReview(const ReviewDetail& detail) {
    if (detail.id != m_reviewId) {
        // Another review: its own drafts follow; a half-written reply of the last one is not carried over.
        stopEditing();
        m_editor->clear();
        showDrafts({}, Timestamp{});
    }
    m_detail = detail;
    m_reviewId = detail.id;
    m_stars->setRating(detail.rating);
    m_negativeBadge->setVisible(detail.negative);
    m_status->setText(detail.pending ? tr("%1 · pending", "review status · waiting to sync").arg(detail.status)
                                     : detail.status);
    m_status->setToolTip(detail.pending ? tr("Changed on this computer; waiting to sync with the engine") : QString());
    m_assignee->setText(detail.assignee.isEmpty() ? tr("Not assigned") : tr("Assigned to %1").arg(detail.assignee));
    updateActions();
    m_author->setText(detail.author);
    m_location->setText(detail.region.isEmpty()
                            ? detail.location
                            : tr("%1 · %2", "location · region").arg(detail.location, detail.region));
    m_posted->setText(
        tr("%1 (local time) · %2", "posted time in the location's zone · age").arg(detail.postedLocal, detail.age));
    m_posted->setToolTip(tr("Local time at %1 (%2)").arg(detail.location, detail.timeZone));
    m_platform->setText(tr("Posted on %1").arg(detail.platform));
    m_text->setText(detail.text.isEmpty() ? tr("(The review has a rating but no text.)") : detail.text);
    showReasons(detail);
    m_pages->setCurrentIndex(1);
}

void ReviewDetailPane::showReasons(const ReviewDetail& detail) {
    m_reasons->setVisible(!detail.severity.isEmpty());
    if (detail.severity.isEmpty()) return;
    QString html = QStringLiteral("<b>%1</b>").arg(tr("Severity %1 — why:").arg(detail.severity.toHtmlEscaped()));
    if (!detail.sla.isEmpty()) html.prepend(QStringLiteral("%1<br>").arg(tr("SLA: %1").arg(detail.sla.toHtmlEscaped())));
    html += QStringLiteral("<ul style=\"margin-left: 14px; -qt-list-indent: 0;\">");
    for (const QString& reason : detail.reasons) html += QStringLiteral("<li>%1</li>").arg(reason.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_reasons->setText(html);
}

QString ReviewDetailPane::reasonsText() const {
    return m_reasons->isHidden() ? QString() : m_reasons->text();
}

void ReviewDetailPane::showNothing() {
    m_reviewId = 0;
    m_pages->setCurrentIndex(0);
}

bool ReviewDetailPane::isShowingReview() const {
    return m_pages->currentIndex() == 1;
}

QString ReviewDetailPane::fullText() const {
    return m_text->text();
}

QString ReviewDetailPane::statusText() const {
    return m_status->text();
}

QString ReviewDetailPane::assigneeText() const {
    return m_assignee->text();
}

}  // namespace outpost::ui
