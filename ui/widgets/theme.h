#pragma once
// Fusion with Outpost's brand palette (a calm teal accent), light or dark after the system.

#include <QColor>
#include <QPalette>

class QApplication;

namespace outpost::ui {

class Theme {
  public:
    enum class Scheme { followSystem, light, dark };

    // Sets the Fusion style, the palette and the few style sheet rules the console needs.
    static void apply(QApplication& app, Scheme scheme = Scheme::followSystem);
    [[nodiscard]] static bool isDark();

    [[nodiscard]] static QColor accent();
    // Stars of the rating and of negative ratings.
    [[nodiscard]] static QColor starColor();
    [[nodiscard]] static QColor negativeStarColor();
    [[nodiscard]] static QColor emptyStarColor();
    // A soft background for negative reviews and for error messages; readable in both schemes.
    [[nodiscard]] static QColor negativeTint();
    [[nodiscard]] static QColor errorTint();
    [[nodiscard]] static QColor errorText();
    [[nodiscard]] static QColor mutedText();
    [[nodiscard]] static QColor navigationBackground();
    [[nodiscard]] static QColor separator();

    [[nodiscard]] static QPalette palette(bool dark);
};

}  // namespace outpost::ui
