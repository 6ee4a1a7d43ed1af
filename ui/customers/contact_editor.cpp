#include "ui/customers/contact_editor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

#include "profiles/profile_360.h"
#include "ui/customers/customer_text.h"

namespace outpost::ui {
namespace {
constexpr const char* kFields[] = {"first_name", "last_name", "primary_phone", "primary_email"};
}

ContactEditor::ContactEditor(QWidget* parent) : QGroupBox(tr("Edit contact details"), parent) {
    setObjectName(QStringLiteral("contactEditor"));
    auto* form = new QFormLayout(this);
    for (const char* field : kFields) {
        auto* input = new QLineEdit(this);
        input->setObjectName(QString::fromLatin1(field));
        input->setAccessibleName(CustomerText::field(field));
        form->addRow(CustomerText::field(field), input);
        m_inputs[field] = input;
        connect(input, &QLineEdit::returnPressed, this, &ContactEditor::save);
    }
    m_inputs["primary_phone"]->setPlaceholderText(tr("International number, e.g. +15125550123"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveContact"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactEditor::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactEditor::cancelled);
}

void ContactEditor::edit(const profiles::Profile360& profile) {
    m_original.clear();
    for (const auto& line : profile.fields) {
        auto it = m_inputs.find(line.field);
        if (it == m_inputs.end()) continue;
        m_original[line.field] = QString::fromStdString(line.value);
        it->second->setText(m_original[line.field]);
    }
    m_inputs["first_name"]->setFocus();
}

QLineEdit* ContactEditor::input(const std::string& field) const {
    auto it = m_inputs.find(field);
    return it == m_inputs.end() ? nullptr : it->second;
}

void ContactEditor::save() {
    std::map<std::string, QString> changed;
    for (const auto& [field, input] : m_inputs) {
        const QString value = input->text().trimmed();
        if (value != m_original[field]) changed[field] = value;
    }
    if (changed.empty()) {
        emit cancelled();
        return;
    }
    emit saved(changed);
}

}  // namespace outpost::ui
