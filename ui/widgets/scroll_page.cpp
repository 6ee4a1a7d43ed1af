#include "ui/widgets/scroll_page.h"

#include <QFrame>
#include <QScrollArea>
#include <QVBoxLayout>

namespace outpost::ui {

ScrollPage makeScrollPage(QWidget* parent, const QMargins& margins) {
    auto* scroll = new QScrollArea(parent);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* page = new QWidget(scroll);
    page->setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(margins);
    layout->setSpacing(8);
    scroll->setWidget(page);
    return {scroll, page, layout};
}

}  // namespace outpost::ui
