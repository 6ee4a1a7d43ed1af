#pragma once
// A message shown in place, above the content it is about: an error with an optional action
// ("Try again"), or a neutral note. Hidden while empty.

#include <QFrame>

class QLabel;
class QPushButton;

namespace outpost::ui {

class InlineMessage final : public QFrame {
    Q_OBJECT

  public:
    enum class Kind { error, information };

    explicit InlineMessage(QWidget* parent = nullptr);
    // Shows `text`; an empty `actionText` hides the action button.
    void showMessage(Kind kind, const QString& text, const QString& actionText = {});
    void clear();
    [[nodiscard]] QString text() const;

  signals:
    void actionTriggered();

  protected:
    void changeEvent(QEvent* event) override;

  private:
    void updateColors();

    Kind m_kind = Kind::error;
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
};

}  // namespace outpost::ui
