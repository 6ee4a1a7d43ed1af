#pragma once
// The reply composer's logic, without widgets (issue #4): for one review, the templates of its
// location (public or private, English or Spanish — the review's language guessed from its text),
// the live preview with the tokens filled from the review, its customer, its location and the
// person writing, the warning before an unedited template goes to a review of 2 stars or less,
// and the replies already written with their state and history. Every change is a sync command on
// the desk's replica (review.draft_reply, submit_reply, approve_reply, reject_reply, retry_reply,
// discard_draft): it works offline, and a refusal by the replica comes back at once as text.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <QObject>
#include <QString>
#include <QStringList>

#include "domain/clock.h"
#include "domain/user.h"
#include "ui/reviews/review_actions.h"

namespace outpost::ui {

class DeskSyncController;

struct ComposerTemplate {
    QString id;
    QString kind;  // public | private
    QString lang;  // en | es
    QString title;
    QString body;
};

struct ReplyHistoryEntry {
    Timestamp at;
    QString text;  // "Submitted by Luis Ortega", "Rejected by Dana Whitfield: too defensive"
};

struct ComposerReply {
    QString id;
    QString state;  // draft | awaiting_approval | approved | posted | failed
    QString kind;
    QString text;
    QString authorName;
    qint64 version = 1;
    bool pending = false;  // changed on this desk, not synced yet
    QString decisionReason;
    QString failureReason;
    std::vector<ReplyHistoryEntry> history;  // oldest first
};

struct ComposerReview {
    qint64 id = 0;
    int rating = 0;
    QString severity;  // low | medium | high
    QString author;
    QString text;
    QString locationName;
};

struct ReplyPreview {
    QString text;
    QStringList unknown;  // tokens Outpost does not know ("{frist_name}")
    QStringList missing;  // known tokens without a value for this review
};

class ReplyComposerPresenter final : public QObject {
    Q_OBJECT

  public:
    ReplyComposerPresenter(DeskSyncController& sync, ActingUser user, Role role, const Clock& clock,
                           QObject* parent = nullptr);

    // Loads the review, its templates, the token values and its replies; loaded() follows.
    void open(qint64 reviewId);
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] const ComposerReview& review() const { return m_review; }
    [[nodiscard]] const std::vector<ComposerReply>& replies() const { return m_replies; }
    [[nodiscard]] const ComposerReply* reply(const QString& id) const;

    // "es" when the review reads as Spanish, else "en".
    [[nodiscard]] QString reviewLanguage() const { return m_language; }
    [[nodiscard]] std::vector<ComposerTemplate> templates(const QString& kind, const QString& lang) const;
    [[nodiscard]] const ComposerTemplate* findTemplate(const QString& id) const;

    // The text as it will be posted: tokens filled, unknown or empty ones listed.
    [[nodiscard]] ReplyPreview preview(const QString& text) const;
    // True when `text` is template `templateId` as rendered for this review, unedited, and the
    // review has 2 stars or less: the engine refuses such a reply.
    [[nodiscard]] bool isUneditedTemplate(const QString& text, const QString& templateId) const;
    [[nodiscard]] bool needsApproval() const;  // high severity and this person cannot approve
    [[nodiscard]] bool canApprove() const { return approves_sensitive_replies(m_role); }

    // The draft being edited (empty: the next save makes a new one).
    void editReply(const QString& draftId);
    [[nodiscard]] QString editing() const { return m_editing; }
    void newReply() { m_editing.clear(); }

    // Saves the preview of `text` as a draft (new, or the edit of editing()).
    void saveDraft(const QString& text, const QString& kind, const QString& templateId);
    // Saves it and submits it for posting (or for approval).
    void submitReply(const QString& text, const QString& kind, const QString& templateId);
    void approve(const QString& draftId, const QString& reason);
    void reject(const QString& draftId, const QString& reason);
    void retry(const QString& draftId);
    void discard(const QString& draftId);

  signals:
    void loaded();
    void loadFailed(const QString& message);
    // A command was applied here and queued for the engine.
    void saved(const QString& message);
    // The replica refused a command: the engine's rule in its own words.
    void refused(const QString& message);

  private:
    void reload();
    void run(std::vector<std::pair<std::string, Json>> commands, QString done, QString refusedPrefix);
    [[nodiscard]] Json draftArgs(const QString& text, const QString& kind, const QString& templateId) const;

    DeskSyncController& m_sync;
    const ActingUser m_user;
    const Role m_role;
    const Clock& m_clock;
    qint64 m_reviewId = 0;
    bool m_loaded = false;
    ComposerReview m_review;
    QString m_language = QStringLiteral("en");
    std::map<std::string, std::string> m_tokens;
    std::vector<ComposerTemplate> m_templates;
    std::vector<ComposerReply> m_replies;
    QString m_editing;
};

}  // namespace outpost::ui
