#pragma once
// Small helpers the Settings forms share: a red problem line under a field, a field with its
// notes stacked below it, a label bound to its field.

#include <initializer_list>
#include <optional>

#include <QString>

class QLabel;
class QWidget;

namespace outpost::ui {

// An empty, hidden label in the error colour, word-wrapped.
[[nodiscard]] QLabel* problemLabel(QWidget* parent);
// Shows `problem` in `label`, or hides it.
void setProblem(QLabel* label, const std::optional<QString>& problem);
// `field` with `notes` below it, in one widget for a form row.
[[nodiscard]] QWidget* withNote(QWidget* field, std::initializer_list<QLabel*> notes, QWidget* parent);

}  // namespace outpost::ui
