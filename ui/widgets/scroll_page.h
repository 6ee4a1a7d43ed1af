#pragma once
// A detail or editor page that scrolls vertically on the base colour, as the right-hand panes use.

#include <QMargins>

class QScrollArea;
class QVBoxLayout;
class QWidget;

namespace outpost::ui {

struct ScrollPage {
    QScrollArea* scroll;  // add this to the parent's layout
    QWidget* page;        // already set as the scroll area's widget
    QVBoxLayout* layout;  // the page's layout, spacing 8
};

[[nodiscard]] ScrollPage makeScrollPage(QWidget* parent, const QMargins& margins);

}  // namespace outpost::ui
