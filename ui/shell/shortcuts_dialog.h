#pragma once
// F1: the keyboard shortcuts of the console, in one list.

#include <QDialog>

namespace outpost::ui {

class ShortcutsDialog final : public QDialog {
    Q_OBJECT

  public:
    explicit ShortcutsDialog(QWidget* parent = nullptr);
};

}  // namespace outpost::ui
