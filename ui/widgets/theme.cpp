#include "ui/widgets/theme.h"

#include <QApplication>
#include <QStyleFactory>

#include "ui/widgets/icons.h"

namespace outpost::ui {
namespace {

bool g_dark = false;

QColor blend(const QColor& base, const QColor& over, qreal amount) {
    return QColor::fromRgbF(static_cast<float>(base.redF() + (over.redF() - base.redF()) * amount),
                            static_cast<float>(base.greenF() + (over.greenF() - base.greenF()) * amount),
                            static_cast<float>(base.blueF() + (over.blueF() - base.blueF()) * amount));
}

QString styleSheet() {
    const QPalette p = QApplication::palette();
    const QString accent = Theme::accent().name();
    const QString nav = Theme::navigationBackground().name();
    const QString line = Theme::separator().name();
    const QString text = p.color(QPalette::WindowText).name();
    const QString muted = Theme::mutedText().name();
    return QStringLiteral(R"(
QListView#navigationRail { background: %1; border: none; border-right: 1px solid %2; outline: none; padding-top: 4px; }
QListView#navigationRail::item { padding: 8px 10px; margin: 2px 8px; border-radius: 6px; color: %3; }
QListView#navigationRail::item:selected { background: %4; color: palette(highlighted-text); }
QListView#navigationRail::item:hover:!selected { background: %5; }
QWidget#navigationHeader { background: %1; border-right: 1px solid %2; }
QLabel[role="muted"] { color: %6; }
QLabel[role="title"] { font-size: 17pt; font-weight: 600; }
QLabel[role="heading"] { font-size: 12pt; font-weight: 600; }
QStatusBar { border-top: 1px solid %2; }
QTableView { border: 1px solid %2; gridline-color: %2; selection-background-color: %4; }
QHeaderView::section { padding: 4px 6px; border: none; border-bottom: 1px solid %2; border-right: 1px solid %2; }
QFrame#detailPane { border: 1px solid %2; border-radius: 4px; }
QSplitter::handle { background: transparent; }
)")
        .arg(nav, line, text, accent, blend(Theme::navigationBackground(), Theme::accent(), 0.12).name(), muted);
}

}  // namespace

void Theme::apply(QApplication& app, Scheme scheme) {
    Icons::ensureResources();
    // Read the system's preference before Fusion replaces the platform palette.
    const QPalette system = QApplication::palette();
    switch (scheme) {
        case Scheme::light:
            g_dark = false;
            break;
        case Scheme::dark:
            g_dark = true;
            break;
        case Scheme::followSystem:
            g_dark = system.color(QPalette::Window).lightness() < system.color(QPalette::WindowText).lightness();
            break;
    }
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(palette(g_dark));
    app.setStyleSheet(styleSheet());
}

bool Theme::isDark() {
    return g_dark;
}

QColor Theme::accent() {
    return g_dark ? QColor(0x3f, 0xa7, 0xb5) : QColor(0x1b, 0x76, 0x86);
}
QColor Theme::starColor() {
    return g_dark ? QColor(0xf0, 0xb4, 0x3c) : QColor(0xe0, 0x9b, 0x1a);
}
QColor Theme::negativeStarColor() {
    return g_dark ? QColor(0xe8, 0x7a, 0x62) : QColor(0xc8, 0x55, 0x3d);
}
QColor Theme::emptyStarColor() {
    return g_dark ? QColor(0x4a, 0x53, 0x58) : QColor(0xcf, 0xd6, 0xda);
}
QColor Theme::negativeTint() {
    return blend(QApplication::palette().color(QPalette::Base), QColor(0xd9, 0x5f, 0x43), g_dark ? 0.14 : 0.07);
}
QColor Theme::errorTint() {
    return blend(QApplication::palette().color(QPalette::Window), QColor(0xd0, 0x45, 0x35), g_dark ? 0.22 : 0.12);
}
QColor Theme::errorText() {
    return g_dark ? QColor(0xf2, 0x9b, 0x8c) : QColor(0xa3, 0x2a, 0x1c);
}
QColor Theme::mutedText() {
    return g_dark ? QColor(0x9a, 0xa6, 0xac) : QColor(0x5c, 0x68, 0x70);
}
QColor Theme::navigationBackground() {
    return g_dark ? QColor(0x1a, 0x1f, 0x22) : QColor(0xe9, 0xef, 0xf1);
}
QColor Theme::separator() {
    return g_dark ? QColor(0x33, 0x3b, 0x40) : QColor(0xd5, 0xdc, 0xe0);
}

QPalette Theme::palette(bool dark) {
    QPalette p;
    const QColor accentColor = dark ? QColor(0x3f, 0xa7, 0xb5) : QColor(0x1b, 0x76, 0x86);
    if (dark) {
        p.setColor(QPalette::Window, QColor(0x22, 0x28, 0x2c));
        p.setColor(QPalette::WindowText, QColor(0xe4, 0xe9, 0xeb));
        p.setColor(QPalette::Base, QColor(0x1a, 0x1f, 0x22));
        p.setColor(QPalette::AlternateBase, QColor(0x20, 0x26, 0x29));
        p.setColor(QPalette::Text, QColor(0xe4, 0xe9, 0xeb));
        p.setColor(QPalette::Button, QColor(0x2c, 0x33, 0x38));
        p.setColor(QPalette::ButtonText, QColor(0xe4, 0xe9, 0xeb));
        p.setColor(QPalette::ToolTipBase, QColor(0x2c, 0x33, 0x38));
        p.setColor(QPalette::ToolTipText, QColor(0xe4, 0xe9, 0xeb));
        p.setColor(QPalette::PlaceholderText, QColor(0x86, 0x92, 0x98));
        p.setColor(QPalette::Light, QColor(0x3a, 0x43, 0x48));
        p.setColor(QPalette::Midlight, QColor(0x33, 0x3b, 0x40));
        p.setColor(QPalette::Mid, QColor(0x29, 0x2f, 0x33));
        p.setColor(QPalette::Dark, QColor(0x14, 0x18, 0x1a));
        p.setColor(QPalette::Shadow, QColor(0x0a, 0x0c, 0x0d));
        p.setColor(QPalette::Link, QColor(0x6c, 0xc4, 0xd0));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6d, 0x78, 0x7d));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6d, 0x78, 0x7d));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6d, 0x78, 0x7d));
    } else {
        p.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf7));
        p.setColor(QPalette::WindowText, QColor(0x1e, 0x29, 0x2e));
        p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
        p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xf9));
        p.setColor(QPalette::Text, QColor(0x1e, 0x29, 0x2e));
        p.setColor(QPalette::Button, QColor(0xec, 0xf0, 0xf2));
        p.setColor(QPalette::ButtonText, QColor(0x1e, 0x29, 0x2e));
        p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xff));
        p.setColor(QPalette::ToolTipText, QColor(0x1e, 0x29, 0x2e));
        p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x95, 0x9b));
        p.setColor(QPalette::Light, QColor(0xff, 0xff, 0xff));
        p.setColor(QPalette::Midlight, QColor(0xe3, 0xe8, 0xeb));
        p.setColor(QPalette::Mid, QColor(0xb8, 0xc2, 0xc7));
        p.setColor(QPalette::Dark, QColor(0x8e, 0x99, 0x9f));
        p.setColor(QPalette::Shadow, QColor(0x4a, 0x52, 0x56));
        p.setColor(QPalette::Link, accentColor);
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0xa4, 0xa9));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0xa4, 0xa9));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0xa4, 0xa9));
    }
    // In the dark scheme the highlight is a shade deeper than the accent, so white text on it stays legible.
    p.setColor(QPalette::Highlight, dark ? QColor(0x23, 0x7f, 0x8d) : accentColor);
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Highlight, dark ? QColor(0x3a, 0x43, 0x48) : QColor(0xc9, 0xd2, 0xd6));
    return p;
}

}  // namespace outpost::ui
