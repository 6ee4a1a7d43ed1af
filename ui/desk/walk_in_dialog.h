#pragma once
// The walk-in lead form of the Front desk: name, phone and/or email, what they came for, a note,
// and consent per channel with the words the person agrees to shown next to each box. The
// presenter's command checks the input; its refusals show under the field they are about.

#include <QDialog>
#include <QHash>

#include "ui/desk/desk_presenter.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace outpost::ui {

class WalkInDialog final : public QDialog {
    Q_OBJECT

  public:
    // The version of the consent words below; stored with each grant, with the language shown
    // ("desk-walk-in-2026-11/en").
    static constexpr char kConsentTextVersion[] = "desk-walk-in-2026-11";

    WalkInDialog(DeskPresenter& presenter, const QString& locationName, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* field(const QString& name) const;
    [[nodiscard]] QComboBox* interest() const { return m_interest; }
    [[nodiscard]] QCheckBox* consentSms() const { return m_sms; }
    [[nodiscard]] QCheckBox* consentEmail() const { return m_email; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    // The refusal shown under a field (first_name, phone, email, interest, contact, consent, form).
    [[nodiscard]] QString errorText(const QString& field) const;

    void submit();

  private:
    QLabel* addError(const QString& field);
    void clearErrors();
    void showError(const QString& field, const QString& message);

    DeskPresenter& m_presenter;
    QHash<QString, QLineEdit*> m_fields;
    QHash<QString, QLabel*> m_errors;
    QComboBox* m_interest;
    QCheckBox* m_sms;
    QCheckBox* m_email;
    QPushButton* m_save;
};

}  // namespace outpost::ui
