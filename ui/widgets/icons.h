#pragma once
// The console's SVG icons (resources/icons). Monochrome icons are drawn in the palette's text
// colour (and the highlighted-text colour when selected), so they suit light and dark themes and
// stay sharp at any device pixel ratio; coloured icons (connection states) keep their colours.

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace outpost::ui {

class Icons {
  public:
    // Registers the compiled-in resources (the library is static); safe to call repeatedly.
    static void ensureResources();

    // ":/icons/<name>.svg", tinted to follow the palette.
    [[nodiscard]] static QIcon themed(const QString& name);
    // ":/icons/<name>.svg" in a fixed colour.
    [[nodiscard]] static QIcon tinted(const QString& name, const QColor& color);
    // ":/icons/<name>.svg" as drawn.
    [[nodiscard]] static QIcon colored(const QString& name);
    // One rendering at `size` logical pixels for `devicePixelRatio`.
    [[nodiscard]] static QPixmap pixmap(const QString& name, int size, qreal devicePixelRatio,
                                        const QColor& tint = QColor());
};

}  // namespace outpost::ui
