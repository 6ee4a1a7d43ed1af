#pragma once
// The reply composer (issue #4): a dialog opened from the review's detail pane. Public or private,
// a template of the review's location in the review's language, an editor with a live preview
// that fills the tokens as the person types, Save draft (offline too) and Submit, and on the
// right the replies already written with their state, history and approval. The logic is in
// ReplyComposerPresenter.

#include <QDialog>

#include "ui/reviews/reply_composer_presenter.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace outpost::ui {

class InlineMessage;
class ReplyCard;

class ReplyComposer final : public QDialog {
    Q_OBJECT

  public:
    // Opens `reviewId` in `presenter`, which must outlive the dialog.
    ReplyComposer(ReplyComposerPresenter& presenter, qint64 reviewId, QWidget* parent = nullptr);

    [[nodiscard]] QPlainTextEdit* editor() const { return m_editor; }
    [[nodiscard]] QComboBox* templateBox() const { return m_template; }
    [[nodiscard]] QComboBox* languageBox() const { return m_language; }
    [[nodiscard]] QString previewText() const;
    [[nodiscard]] InlineMessage* warning() const { return m_warning; }
    [[nodiscard]] InlineMessage* feedback() const { return m_feedback; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QPushButton* submitButton() const { return m_submit; }
    [[nodiscard]] std::vector<ReplyCard*> cards() const;
    [[nodiscard]] QString kind() const;
    void setKind(const QString& kind);
    // Picks the template with this id (of the kind and language shown); false when it is not listed.
    bool chooseTemplate(const QString& templateId);

    void saveDraft();
    // Submits; the first press on an unedited template of a low rating only warns.
    void submit();

  private:
    QWidget* buildReview();
    QWidget* buildEditor();
    QWidget* buildReplies();
    void onLoaded();
    void fillTemplates();
    void applyTemplate();
    void updatePreview();
    void showReplies();
    void editReply(const QString& id);

    ReplyComposerPresenter& m_presenter;
    QLabel* m_reviewHeading = nullptr;
    QLabel* m_reviewText = nullptr;
    QButtonGroup* m_kind = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_template = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_editing = nullptr;
    InlineMessage* m_warning = nullptr;
    InlineMessage* m_feedback = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_newReply = nullptr;
    QVBoxLayout* m_cardsLayout = nullptr;
    QLabel* m_noReplies = nullptr;
    bool m_warnedUnedited = false;
    bool m_filling = false;
};

}  // namespace outpost::ui
