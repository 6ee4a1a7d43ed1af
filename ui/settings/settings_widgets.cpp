#include "ui/settings/settings_widgets.h"

#include <QLabel>
#include <QVBoxLayout>

#include "ui/widgets/theme.h"

namespace outpost::ui {

QLabel* problemLabel(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setProperty("problem", true);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(Theme::errorText().name()));
    label->setVisible(false);
    return label;
}

void setProblem(QLabel* label, const std::optional<QString>& problem) {
    label->setText(problem.value_or(QString()));
    label->setVisible(problem.has_value());
}

QWidget* withNote(QWidget* field, std::initializer_list<QLabel*> notes, QWidget* parent) {
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(box);
    layout->addWidget(field);
    for (QLabel* note : notes) {
        note->setParent(box);
        layout->addWidget(note);
    }
    return box;
}

}  // namespace outpost::ui
