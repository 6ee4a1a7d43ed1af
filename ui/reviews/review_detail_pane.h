#pragma once
// The right-hand pane: one review in full, with its author, platform, location, stars, status,
// who works on it and when it was posted in the location's own time. With actions enabled it also
// offers Acknowledge, Resolve (or Reopen), Assign to me (or Unassign), and the reply drafts: the
// ones already written (author, time, a conflict flag when two were written at once) and an
// editor for a new one or an edit. Changes not synced yet are marked "pending".

#include <vector>

#include <QFrame>

#include "domain/clock.h"
#include "ui/reviews/reviews_presenter.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;
class QWidget;

namespace outpost::ui {

class StarRatingWidget;

class ReviewDetailPane final : public QFrame {
    Q_OBJECT

  public:
    explicit ReviewDetailPane(QWidget* parent = nullptr);

    void showReview(const ReviewDetail& detail);
    void showNothing();
    [[nodiscard]] bool isShowingReview() const;
    [[nodiscard]] qint64 reviewId() const { return m_reviewId; }
    [[nodiscard]] QString fullText() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QString assigneeText() const;
    // The severity, SLA and every reason code of the triage, as shown (rich text).
    [[nodiscard]] QString reasonsText() const;

    // Shows the action buttons and the reply drafts (a desk with a replica).
    void setActionsEnabled(bool enabled);
    [[nodiscard]] bool actionsEnabled() const { return m_actionsEnabled; }
    // The drafts of the review shown; `now` for their ages.
    void showDrafts(const std::vector<ReplyDraft>& drafts, Timestamp now);
    [[nodiscard]] int draftCount() const { return static_cast<int>(m_drafts.size()); }
    [[nodiscard]] QPlainTextEdit* draftEditor() const { return m_editor; }
    [[nodiscard]] QWidget* draftsList() const { return m_draftsList; }

    // The actions, as the buttons and shortcuts call them; nothing happens without a review.
    void acknowledge();
    void toggleResolved();      // Resolve, or Reopen a resolved review
    void toggleAssigned();      // Assign to me, or Unassign when it is mine
    void saveDraft();           // the editor's text as a new draft or as the edit of one
    void editDraft(const QString& draftId);
    void discardDraft(const QString& draftId);
    // Opens the reply composer on the review shown (the "Reply…" button; the inbox's r key).
    void openComposer();

  signals:
    void statusRequested(qint64 reviewId, outpost::ReviewStatus status);
    void assignRequested(qint64 reviewId, bool toMe);
    void saveDraftRequested(qint64 reviewId, const QString& text, const QString& draftId, qint64 baseVersion);
    void discardDraftRequested(qint64 reviewId, const QString& draftId);
    void composerRequested(qint64 reviewId);

  private:
    QWidget* buildEmptyPage();
    QWidget* buildReviewPage();
    QWidget* buildActions(QWidget* page);
    QWidget* buildReplies(QWidget* page);
    QLabel* metaRow(QVBoxLayout* layout, const QString& icon, const QString& accessibleName);
    QWidget* draftCard(const ReplyDraft& draft, Timestamp now);
    void updateActions();
    void showReasons(const ReviewDetail& detail);
    void stopEditing();

    QStackedWidget* m_pages;
    StarRatingWidget* m_stars = nullptr;
    QLabel* m_negativeBadge = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_author = nullptr;
    QLabel* m_location = nullptr;
    QLabel* m_posted = nullptr;
    QLabel* m_platform = nullptr;
    QLabel* m_assignee = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_reasons = nullptr;
    QWidget* m_actions = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QPushButton* m_resolve = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_reply = nullptr;
    QWidget* m_replies = nullptr;
    QWidget* m_draftsList = nullptr;
    QVBoxLayout* m_draftsLayout = nullptr;
    QLabel* m_noDrafts = nullptr;
    QLabel* m_editorTitle = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancelEdit = nullptr;
    std::vector<ReplyDraft> m_drafts;
    QString m_editingDraft;
    qint64 m_editingVersion = 0;
    ReviewDetail m_detail;
    qint64 m_reviewId = 0;
    bool m_actionsEnabled = false;
};

}  // namespace outpost::ui
