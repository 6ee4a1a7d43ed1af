#include "ui/reviews/reply_composer.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

#include "ui/models/display_text.h"
#include "ui/reviews/reply_card.h"
#include "ui/widgets/inline_message.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {

ReplyComposer::ReplyComposer(ReplyComposerPresenter& presenter, qint64 reviewId, QWidget* parent)
    : QDialog(parent), m_presenter(presenter) {
    setObjectName(QStringLiteral("replyComposer"));
    setWindowTitle(tr("Reply to a review"));
    setAccessibleName(tr("Reply composer"));
    resize(1080, 720);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 8, 0);
    leftLayout->setSpacing(10);
    leftLayout->addWidget(buildReview());
    leftLayout->addWidget(buildEditor(), 1);
    splitter->addWidget(left);
    splitter->addWidget(buildReplies());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 400});

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->addWidget(splitter, 1);
    layout->addWidget(close);

    connect(&m_presenter, &ReplyComposerPresenter::loaded, this, &ReplyComposer::onLoaded);
    connect(&m_presenter, &ReplyComposerPresenter::loadFailed, this,
            [this](const QString& message) { m_feedback->showMessage(InlineMessage::Kind::error, message); });
    connect(&m_presenter, &ReplyComposerPresenter::saved, this, [this](const QString& message) {
        m_feedback->showMessage(InlineMessage::Kind::information, message);
        m_editing->setText(m_presenter.editing().isEmpty() ? tr("New reply") : tr("Editing the saved draft"));
    });
    connect(&m_presenter, &ReplyComposerPresenter::refused, this,
            [this](const QString& message) { m_feedback->showMessage(InlineMessage::Kind::error, message); });
    m_presenter.open(reviewId);
}

QWidget* ReplyComposer::buildReview() {
    auto* box = new QFrame(this);
    box->setObjectName(QStringLiteral("composerReview"));
    box->setStyleSheet(QStringLiteral("QFrame#composerReview { border: 1px solid %1; border-radius: 6px; }")
                           .arg(Theme::separator().name()));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(12, 10, 12, 10);
    m_reviewHeading = new QLabel(box);
    m_reviewHeading->setProperty("role", QStringLiteral("heading"));
    m_reviewText = new QLabel(box);
    m_reviewText->setObjectName(QStringLiteral("composerReviewText"));
    m_reviewText->setWordWrap(true);
    m_reviewText->setTextFormat(Qt::PlainText);
    m_reviewText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_reviewHeading);
    layout->addWidget(m_reviewText);
    return box;
}

QWidget* ReplyComposer::buildEditor() {
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    auto* choices = new QHBoxLayout;
    choices->setSpacing(10);
    m_kind = new QButtonGroup(page);
    auto* publicReply = new QRadioButton(tr("Public reply"), page);
    publicReply->setObjectName(QStringLiteral("publicReply"));
    publicReply->setToolTip(tr("Posted under the review, for everyone to read"));
    auto* privateReply = new QRadioButton(tr("Private message"), page);
    privateReply->setObjectName(QStringLiteral("privateReply"));
    privateReply->setToolTip(tr("Sent to the reviewer only"));
    publicReply->setChecked(true);
    m_kind->addButton(publicReply);
    m_kind->addButton(privateReply);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("templateLanguage"));
    m_language->setAccessibleName(tr("Template language"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Spanish"), QStringLiteral("es"));
    m_template = new QComboBox(page);
    m_template->setObjectName(QStringLiteral("templateBox"));
    m_template->setAccessibleName(tr("Template"));
    m_template->setMinimumContentsLength(22);
    choices->addWidget(publicReply);
    choices->addWidget(privateReply);
    choices->addSpacing(8);
    choices->addWidget(m_language);
    choices->addWidget(m_template, 1);
    layout->addLayout(choices);

    m_editing = new QLabel(tr("New reply"), page);
    m_editing->setObjectName(QStringLiteral("composerEditing"));
    m_editing->setProperty("role", QStringLiteral("muted"));
    layout->addWidget(m_editing);
    m_editor = new QPlainTextEdit(page);
    m_editor->setObjectName(QStringLiteral("replyEditor"));
    m_editor->setAccessibleName(tr("Reply text"));
    m_editor->setPlaceholderText(tr("Write the reply, or start from a template. Tokens such as {first_name} are "
                                    "filled in for this review."));
    m_editor->setTabChangesFocus(true);
    layout->addWidget(m_editor, 1);
    auto* tokens = new QLabel(tr("Tokens: {first_name} {location_name} {manager_name} {review_platform} {rating}"), page);
    tokens->setProperty("role", QStringLiteral("muted"));
    tokens->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(tokens);

    auto* previewTitle = new QLabel(tr("Preview — as it will be posted"), page);
    previewTitle->setProperty("role", QStringLiteral("heading"));
    layout->addWidget(previewTitle);
    m_preview = new QLabel(page);
    m_preview->setObjectName(QStringLiteral("replyPreview"));
    m_preview->setAccessibleName(tr("Reply preview"));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setMinimumHeight(fontMetrics().lineSpacing() * 4 + 20);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setStyleSheet(QStringLiteral("QLabel { background: %1; border: 1px solid %2; border-radius: 6px; padding: 8px; }")
                                 .arg(palette().color(QPalette::AlternateBase).name(), Theme::separator().name()));
    layout->addWidget(m_preview);

    m_warning = new InlineMessage(page);
    m_warning->setObjectName(QStringLiteral("composerWarning"));
    layout->addWidget(m_warning);
    m_feedback = new InlineMessage(page);
    m_feedback->setObjectName(QStringLiteral("composerFeedback"));
    layout->addWidget(m_feedback);

    auto* buttons = new QHBoxLayout;
    m_newReply = new QPushButton(tr("New reply"), page);
    m_newReply->setObjectName(QStringLiteral("newReplyButton"));
    m_save = new QPushButton(tr("Save draft"), page);
    m_save->setObjectName(QStringLiteral("saveReplyButton"));
    m_save->setToolTip(tr("Save the draft on this computer; it syncs when the engine is reachable (%1)")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_submit = new QPushButton(tr("Submit"), page);
    m_submit->setObjectName(QStringLiteral("submitReplyButton"));
    m_submit->setDefault(true);
    buttons->addWidget(m_newReply);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_submit);
    layout->addLayout(buttons);

    connect(m_kind, &QButtonGroup::buttonToggled, this, [this](QAbstractButton*, bool checked) {
        if (checked) fillTemplates();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { fillTemplates(); });
    connect(m_template, &QComboBox::activated, this, [this] { applyTemplate(); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ReplyComposer::updatePreview);
    connect(m_save, &QPushButton::clicked, this, &ReplyComposer::saveDraft);
    connect(m_submit, &QPushButton::clicked, this, &ReplyComposer::submit);
    connect(m_newReply, &QPushButton::clicked, this, [this] {
        m_presenter.newReply();
        m_editor->clear();
        m_template->setCurrentIndex(0);
        m_editing->setText(tr("New reply"));
    });
    connect(m_warning, &InlineMessage::actionTriggered, this, [this] {
        m_warnedUnedited = true;  // "Submit anyway": the engine decides, and its refusal is shown
        submit();
    });
    auto* save = new QShortcut(QKeySequence::Save, this);
    connect(save, &QShortcut::activated, this, &ReplyComposer::saveDraft);
    updatePreview();
    return page;
}

QWidget* ReplyComposer::buildReplies() {
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->setSpacing(8);
    auto* heading = new QLabel(tr("Replies to this review"), page);
    heading->setProperty("role", QStringLiteral("heading"));
    layout->addWidget(heading);
    m_noReplies = new QLabel(tr("No replies yet. A saved draft appears here with its state."), page);
    m_noReplies->setProperty("role", QStringLiteral("muted"));
    m_noReplies->setWordWrap(true);
    layout->addWidget(m_noReplies);
    auto* cards = new QWidget(page);
    cards->setObjectName(QStringLiteral("replyCards"));
    m_cardsLayout = new QVBoxLayout(cards);
    m_cardsLayout->setContentsMargins(0, 0, 0, 0);
    m_cardsLayout->setSpacing(8);
    layout->addWidget(cards);
    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

void ReplyComposer::onLoaded() {
    const ComposerReview& review = m_presenter.review();
    m_reviewHeading->setText(tr("%1 · %2 · %3", "author · stars · location")
                                 .arg(review.author, DisplayText::rating(review.rating), review.locationName));
    m_reviewText->setText(review.text.isEmpty() ? tr("(The review has a rating but no text.)") : review.text);
    if (m_template->count() == 0) {  // the first load: the review's language
        const int lang = m_language->findData(m_presenter.reviewLanguage());
        m_language->setCurrentIndex(lang < 0 ? 0 : lang);
        fillTemplates();
    }
    showReplies();
    updatePreview();
}

QString ReplyComposer::kind() const {
    return m_kind->checkedButton() && m_kind->checkedButton()->objectName() == QLatin1String("privateReply")
               ? QStringLiteral("private")
               : QStringLiteral("public");
}

void ReplyComposer::setKind(const QString& kind) {
    for (QAbstractButton* b : m_kind->buttons()) {
        if ((b->objectName() == QLatin1String("privateReply")) == (kind == QLatin1String("private"))) b->setChecked(true);
    }
}

void ReplyComposer::fillTemplates() {
    const QString current = m_template->currentData().toString();
    m_filling = true;
    m_template->clear();
    m_template->addItem(tr("No template — write freely"), QString());
    for (const auto& t : m_presenter.templates(kind(), m_language->currentData().toString())) {
        m_template->addItem(t.title, t.id);
    }
    const int again = m_template->findData(current);
    m_template->setCurrentIndex(again < 0 ? 0 : again);
    m_filling = false;
}

bool ReplyComposer::chooseTemplate(const QString& templateId) {
    const int index = m_template->findData(templateId);
    if (index < 0) return false;
    m_template->setCurrentIndex(index);
    applyTemplate();
    return true;
}

void ReplyComposer::applyTemplate() {
    if (m_filling) return;
    const ComposerTemplate* t = m_presenter.findTemplate(m_template->currentData().toString());
    if (t) m_editor->setPlainText(t->body);
}

QString ReplyComposer::previewText() const {
    return m_preview->text();
}

void ReplyComposer::updatePreview() {
    const QString text = m_editor->toPlainText();
    const ReplyPreview preview = m_presenter.preview(text);
    m_preview->setText(text.trimmed().isEmpty() ? tr("The reply appears here as the reviewer will read it.") : preview.text);
    const bool empty = text.trimmed().isEmpty();
    m_save->setEnabled(!empty && m_presenter.isLoaded());
    m_submit->setEnabled(!empty && m_presenter.isLoaded());
    m_submit->setText(m_presenter.needsApproval() ? tr("Submit for approval") : tr("Submit"));

    const bool unedited = m_presenter.isUneditedTemplate(text, m_template->currentData().toString());
    if (!unedited) m_warnedUnedited = false;
    QStringList problems;
    if (!preview.unknown.isEmpty()) {
        problems << tr("Outpost does not know %1: correct the token or remove it.").arg(preview.unknown.join(QStringLiteral(", ")));
    }
    if (!preview.missing.isEmpty()) {
        problems << tr("This review has no value for %1: write the words yourself.").arg(preview.missing.join(QStringLiteral(", ")));
    }
    if (unedited) {
        problems << tr("This is the template word for word. A review of 1 or 2 stars needs a reply a person has "
                       "written: edit it before submitting.");
    }
    if (!problems.isEmpty()) {
        m_warning->showMessage(InlineMessage::Kind::error, problems.join(QLatin1Char('\n')));
    } else if (m_presenter.needsApproval() && !empty) {
        m_warning->showMessage(InlineMessage::Kind::information,
                               tr("This review is high severity: a regional manager approves the reply before it is posted."));
    } else {
        m_warning->clear();
    }
}

void ReplyComposer::saveDraft() {
    if (!m_save->isEnabled()) return;
    m_presenter.saveDraft(m_editor->toPlainText(), kind(), m_template->currentData().toString());
}

void ReplyComposer::submit() {
    if (!m_submit->isEnabled()) return;
    const QString text = m_editor->toPlainText();
    if (m_presenter.isUneditedTemplate(text, m_template->currentData().toString()) && !m_warnedUnedited) {
        m_warning->showMessage(InlineMessage::Kind::error,
                               tr("This is the template word for word. The engine refuses an unedited template for "
                                  "a review of 1 or 2 stars: edit the reply first."),
                               tr("Submit anyway"));
        m_warnedUnedited = true;
        return;
    }
    m_presenter.submitReply(text, kind(), m_template->currentData().toString());
}

void ReplyComposer::showReplies() {
    while (QLayoutItem* item = m_cardsLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) w->deleteLater();
        delete item;
    }
    const auto& replies = m_presenter.replies();
    for (auto it = replies.rbegin(); it != replies.rend(); ++it) {  // newest first
        auto* card = new ReplyCard(*it, m_presenter.canApprove(), m_cardsLayout->parentWidget());
        connect(card, &ReplyCard::editRequested, this, &ReplyComposer::editReply);
        connect(card, &ReplyCard::discardRequested, &m_presenter, &ReplyComposerPresenter::discard);
        connect(card, &ReplyCard::approveRequested, &m_presenter, &ReplyComposerPresenter::approve);
        connect(card, &ReplyCard::rejectRequested, &m_presenter, &ReplyComposerPresenter::reject);
        connect(card, &ReplyCard::retryRequested, &m_presenter, &ReplyComposerPresenter::retry);
        m_cardsLayout->addWidget(card);
    }
    m_noReplies->setVisible(replies.empty());
}

std::vector<ReplyCard*> ReplyComposer::cards() const {
    std::vector<ReplyCard*> out;
    for (int i = 0; i < m_cardsLayout->count(); ++i) {
        if (auto* card = qobject_cast<ReplyCard*>(m_cardsLayout->itemAt(i)->widget())) out.push_back(card);
    }
    return out;
}

void ReplyComposer::editReply(const QString& id) {
    const ComposerReply* reply = m_presenter.reply(id);
    if (!reply) return;
    m_presenter.editReply(id);
    setKind(reply->kind);
    m_template->setCurrentIndex(0);
    m_editor->setPlainText(reply->text);
    m_editing->setText(tr("Editing the draft of %1").arg(reply->authorName));
    m_editor->setFocus();
}

}  // namespace outpost::ui
