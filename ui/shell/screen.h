#pragma once
// A screen of the console (Reviews, later Leads, Tasks, ...). The main window lists screens in
// its navigation rail and routes the global shortcuts to the current one.

#include <QIcon>
#include <QString>
#include <QWidget>

namespace outpost::ui {

class Screen : public QWidget {
    Q_OBJECT

  public:
    using QWidget::QWidget;
    ~Screen() override = default;

    [[nodiscard]] virtual QString title() const = 0;
    [[nodiscard]] virtual QIcon icon() const = 0;
    // F5
    virtual void refresh() = 0;
    // Ctrl+F: focus the first filter.
    virtual void focusFilters() = 0;
    // j / k: the next or previous item of the list.
    virtual void selectNext() = 0;
    virtual void selectPrevious() = 0;
};

}  // namespace outpost::ui
