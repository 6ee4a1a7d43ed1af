#pragma once
// Recording consent at the counter from the profile 360: a grant shows the words to read to the
// person for the chosen channel and is recorded only when they agree; a withdrawal says what stops.
// The words' version (kTextVersion plus the interface's language) goes into the ledger with the
// entry, so what was agreed to can be shown later.

#include <QDialog>
#include <QString>

class QLabel;
class QPushButton;

namespace outpost::ui {

class ConsentDialog final : public QDialog {
    Q_OBJECT

  public:
    static constexpr char kTextVersion[] = "desk-360-2026-11";

    ConsentDialog(const QString& person, const QString& business, const QString& channel, bool grant,
                  QWidget* parent = nullptr);

    // The words read to the person (a grant) or the statement of what stops (a withdrawal).
    [[nodiscard]] QString words() const;
    // kTextVersion and the language the words were shown in.
    [[nodiscard]] static QString textVersion();
    [[nodiscard]] QPushButton* recordButton() const { return m_record; }

  private:
    QLabel* m_words;
    QPushButton* m_record;
};

}  // namespace outpost::ui
