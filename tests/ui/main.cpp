// The UI tests' main: a QApplication (offscreen unless a platform is set) around GoogleTest.

#include <gtest/gtest.h>

#include <QApplication>
#include <QLocale>
#include <QStandardPaths>

#include "ui/startup/translations.h"
#include "ui/widgets/theme.h"

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("OutpostTests"));
    QApplication::setApplicationName(QStringLiteral("outpost-ui-test"));
    QStandardPaths::setTestModeEnabled(true);
    // Fixed formats, whatever the machine's locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    outpost::ui::installTranslations(app, QLocale());
    outpost::ui::Theme::apply(app, outpost::ui::Theme::Scheme::light);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
