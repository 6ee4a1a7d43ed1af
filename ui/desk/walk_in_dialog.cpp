#include "ui/desk/walk_in_dialog.h"

#include <array>
#include <tuple>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/widgets/consent_words.h"
#include "ui/widgets/theme.h"

namespace outpost::ui {

WalkInDialog::WalkInDialog(DeskPresenter& presenter, const QString& locationName, QWidget* parent)
    : QDialog(parent), m_presenter(presenter), m_interest(new QComboBox(this)), m_sms(new QCheckBox(this)),
      m_email(new QCheckBox(this)), m_save(nullptr) {
    setObjectName(QStringLiteral("walkInDialog"));
    setWindowTitle(tr("New walk-in lead"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto* intro = new QLabel(tr("Someone came in to ask about %1. Take their details so the team can follow up.")
                                 .arg(locationName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addField = [&](const QString& name, const QString& label, const QString& placeholder) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        m_fields.insert(name, edit);
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(edit);
        column->addWidget(addError(name));
        form->addRow(label, column);
    };
    addField(QStringLiteral("first_name"), tr("First name"), {});
    addField(QStringLiteral("last_name"), tr("Last name"), {});
    addField(QStringLiteral("phone"), tr("Phone"), tr("+1 512 555 0123"));
    addField(QStringLiteral("email"), tr("Email"), tr("name@example.com"));
    auto* contactError = addError(QStringLiteral("contact"));
    form->addRow(QString(), contactError);

    m_interest->setObjectName(QStringLiteral("interest"));
    m_interest->setEditable(true);
    m_interest->addItems({tr("Membership"), tr("Personal training"), tr("Group classes"), tr("Day pass"),
                          tr("Kids' programs")});
    m_interest->setCurrentIndex(-1);
    m_interest->lineEdit()->setPlaceholderText(tr("What did they come for?"));
    auto* interestColumn = new QVBoxLayout;
    interestColumn->setSpacing(2);
    interestColumn->addWidget(m_interest);
    interestColumn->addWidget(addError(QStringLiteral("interest")));
    form->addRow(tr("Interest"), interestColumn);
    addField(QStringLiteral("note"), tr("Note"), tr("Optional: anything the team should know"));
    layout->addLayout(form);

    // The words of the consent are shown with each box, as they are agreed to (kConsentTextVersion).
    auto* consentTitle = new QLabel(tr("Consent — read this to the person and tick only what they agree to:"), this);
    consentTitle->setWordWrap(true);
    QFont bold = consentTitle->font();
    bold.setBold(true);
    consentTitle->setFont(bold);
    layout->addWidget(consentTitle);
    const std::array<std::tuple<QCheckBox*, const char*, QString, QString>, 2> consents = {{
        {m_sms, "consentSms", tr("Agrees to text messages (SMS)"),
         tr("\"I agree to receive text messages from %1 about my visit, offers and membership. Message and data rates "
            "may apply. Reply STOP to opt out at any time.\"")
             .arg(locationName)},
        {m_email, "consentEmail", tr("Agrees to emails"),
         tr("\"I agree to receive emails from %1 about my visit, offers and membership. I can unsubscribe at any time.\"")
             .arg(locationName)},
    }};
    // A check box does not wrap its text: the words go in a label under it.
    for (const auto& [box, name, label, words] : consents) {
        box->setObjectName(QString::fromLatin1(name));
        box->setText(label);
        box->setAccessibleDescription(words);
        auto* text = new QLabel(words, this);
        text->setWordWrap(true);
        text->setProperty("role", QStringLiteral("muted"));
        text->setContentsMargins(26, 0, 0, 4);
        layout->addWidget(box);
        layout->addWidget(text);
    }
    layout->addWidget(addError(QStringLiteral("consent")));
    layout->addWidget(addError(QStringLiteral("form")));

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save lead"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveWalkIn"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &WalkInDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(&m_presenter, &DeskPresenter::walkInRefused, this, [this](const QString& field, const QString& message) {
        m_save->setEnabled(true);
        showError(field.isEmpty() ? QStringLiteral("form") : field, message);
    });
    connect(&m_presenter, &DeskPresenter::walkInSaved, this, [this] {
        m_save->setEnabled(true);
        accept();
    });
}

QLabel* WalkInDialog::addError(const QString& field) {
    auto* label = new QLabel(this);
    label->setObjectName(field + QStringLiteral("Error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::errorText().name()));
    label->setVisible(false);
    m_errors.insert(field, label);
    return label;
}

QLineEdit* WalkInDialog::field(const QString& name) const { return m_fields.value(name); }

QString WalkInDialog::errorText(const QString& field) const {
    const QLabel* label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void WalkInDialog::clearErrors() {
    for (QLabel* label : m_errors) {
        label->clear();
        label->setVisible(false);
    }
}

void WalkInDialog::showError(const QString& field, const QString& message) {
    QLabel* label = m_errors.value(field, m_errors.value(QStringLiteral("form")));
    label->setText(message);
    label->setVisible(true);
    const QString focus = field == QStringLiteral("contact") ? QStringLiteral("phone") : field;
    if (QLineEdit* edit = m_fields.value(focus)) {
        edit->setFocus();
    } else if (field == QStringLiteral("interest")) {
        m_interest->setFocus();
    }
}

void WalkInDialog::submit() {
    clearErrors();
    WalkIn walkIn;
    walkIn.firstName = m_fields.value(QStringLiteral("first_name"))->text();
    walkIn.lastName = m_fields.value(QStringLiteral("last_name"))->text();
    walkIn.phone = m_fields.value(QStringLiteral("phone"))->text();
    walkIn.email = m_fields.value(QStringLiteral("email"))->text();
    walkIn.note = m_fields.value(QStringLiteral("note"))->text();
    walkIn.interest = m_interest->currentText();
    walkIn.consentSms = m_sms->isChecked();
    walkIn.consentEmail = m_email->isChecked();
    // The words were shown in the interface's language: the version names it.
    walkIn.consentTextVersion = consentTextVersion(kConsentTextVersion);
    m_save->setEnabled(false);  // until the presenter answers
    m_presenter.createWalkIn(walkIn);
}

}  // namespace outpost::ui
