#pragma once
// The passphrase of the encrypted local store: unlock an existing store, or choose one (twice,
// at least 8 characters) for a new store. Errors show inline and the user can try again; while
// the engine opens, the dialog shows progress and cannot be submitted twice.

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace outpost::ui {

class InlineMessage;

class UnlockDialog final : public QDialog {
    Q_OBJECT

  public:
    enum class Mode { unlock, create };
    static constexpr int kMinimumLength = 8;

    explicit UnlockDialog(Mode mode, QWidget* parent = nullptr);

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isBusy() const { return m_busy; }

    // Fills the field (or both fields) and submits, as if typed; used for unattended starts.
    void submitPassphrase(const QString& passphrase);

  public slots:
    void setBusy(bool busy, const QString& status = {});
    void setStatus(const QString& status);
    void showWrongPassphrase();
    void showError(const QString& message);

  signals:
    // The user asked to unlock (or create) with this passphrase; it passed the dialog's checks.
    void passphraseSubmitted(const QString& passphrase);
    void errorShown(const QString& message);

  private:
    void submit();
    void clearError();
    [[nodiscard]] QLineEdit* passphraseField(const QString& objectName, const QString& accessibleName);

    const Mode m_mode;
    QLineEdit* m_passphrase;
    QLineEdit* m_confirm = nullptr;
    InlineMessage* m_error;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_submit;
    QPushButton* m_quit;
    bool m_busy = false;
};

}  // namespace outpost::ui
