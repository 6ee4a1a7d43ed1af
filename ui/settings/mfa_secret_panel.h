#pragma once
// A new second factor, shown once: the otpauth:// URI for an authenticator app and the base32
// secret to type in by hand, both selectable with copy buttons. "Done" clears and hides it.

#include <QFrame>

#include "ui/settings/users_presenter.h"

class QGridLayout;
class QLabel;
class QLineEdit;

namespace outpost::ui {

class MfaSecretPanel final : public QFrame {
    Q_OBJECT

  public:
    explicit MfaSecretPanel(QWidget* parent = nullptr);

    void showSecret(const MfaSecret& secret);
    void dismiss();
    [[nodiscard]] QString uri() const;
    [[nodiscard]] QString secret() const;

  private:
    QLineEdit* addCopyRow(QGridLayout* grid, int row, const QString& label, const QString& accessibleName);

    QLabel* m_heading;
    QLineEdit* m_uri = nullptr;
    QLineEdit* m_secret = nullptr;
};

}  // namespace outpost::ui
