#pragma once
// Shared page layouts of the right-hand panes: a page that scrolls vertically on the base colour,
// and the quiet "nothing selected" page with an icon and a line of guidance.

#include <QMargins>
#include <QString>

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

// `hint`, when not empty, is a second, smaller line (e.g. the keyboard shortcut).
[[nodiscard]] QWidget* makeEmptyPage(QWidget* parent, const QString& icon, const QString& text,
                                     const QString& hint = {});

}  // namespace outpost::ui
