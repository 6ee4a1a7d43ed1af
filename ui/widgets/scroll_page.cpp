#include "ui/widgets/scroll_page.h"

#include <QFrame>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

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

QWidget* makeEmptyPage(QWidget* parent, const QString& icon, const QString& text, const QString& hint) {
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto* picture = new QLabel(page);
    picture->setPixmap(Icons::pixmap(icon, 48, parent->devicePixelRatioF(), Theme::mutedText()));
    picture->setAlignment(Qt::AlignCenter);
    auto* line = new QLabel(text, page);
    line->setProperty("role", QStringLiteral("muted"));
    line->setAlignment(Qt::AlignCenter);
    line->setWordWrap(true);
    layout->addWidget(picture);
    layout->addSpacing(8);
    layout->addWidget(line);
    if (!hint.isEmpty()) {
        auto* second = new QLabel(hint, page);
        second->setProperty("role", QStringLiteral("muted"));
        second->setAlignment(Qt::AlignCenter);
        layout->addWidget(second);
    }
    layout->addStretch(2);
    return page;
}

}  // namespace outpost::ui
