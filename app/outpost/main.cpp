// outpost: the desktop console. Parses the command line and wires the objects; everything else
// lives in the outpost_ui library.

#include <cstdio>

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include "ui/shell/screenshot_runner.h"
#include "ui/startup/app_controller.h"
#include "ui/startup/platform_check.h"
#include "ui/startup/translations.h"
#include "ui/widgets/theme.h"

namespace {

int usageError(const QString& message) {
    std::fprintf(stderr, "outpost: %s\n", qPrintable(message));
    return 64;
}

}  // namespace

int main(int argc, char** argv) {
    if (outpost::ui::preparePlatform(argc, argv) == outpost::ui::PlatformCheck::noDisplay) {
        std::fputs(outpost::ui::noDisplayMessage(), stderr);
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Outpost"));
    QApplication::setApplicationName(QStringLiteral("outpost"));
    QApplication::setApplicationDisplayName(QStringLiteral("Outpost"));
    QApplication::setApplicationVersion(QStringLiteral(OUTPOST_VERSION));
    QApplication::setQuitOnLastWindowClosed(false);  // the controller quits, not the dialogs
    outpost::ui::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Outpost: the operations console for multi-location service businesses."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Use the embedded engine with demo data, without asking."));
    const QCommandLineOption server(
        QStringLiteral("server"), QCoreApplication::translate("main", "Connect to the Outpost server at <host:port>."),
        QCoreApplication::translate("main", "host:port"));
    const QCommandLineOption store(QStringLiteral("store"),
                                   QCoreApplication::translate("main", "Keep the embedded engine's data in <file>."),
                                   QCoreApplication::translate("main", "file"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Once the reviews are shown, save the window to <file> and quit. The "
                                    "passphrase may come from OUTPOST_PASSPHRASE."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QCoreApplication::translate("main", "Render every screen from demo data into <folder> and quit."),
        QCoreApplication::translate("main", "folder"));
    const QCommandLineOption scheme(QStringLiteral("color-scheme"),
                                    QCoreApplication::translate("main", "Colours: system, light or dark."),
                                    QCoreApplication::translate("main", "scheme"), QStringLiteral("system"));
    const QCommandLineOption lockAfter(
        QStringLiteral("lock-after"),
        QCoreApplication::translate("main", "Lock the window after <minutes> without input (default: the setting, 15)."),
        QCoreApplication::translate("main", "minutes"));
    parser.addOptions({demo, server, store, screenshot, screenshots, scheme, lockAfter});
    parser.process(app);

    using outpost::ui::Theme;
    const QString schemeName = parser.value(scheme);
    if (schemeName != QLatin1String("system") && schemeName != QLatin1String("light") &&
        schemeName != QLatin1String("dark")) {
        return usageError(QCoreApplication::translate("main", "--color-scheme takes system, light or dark."));
    }
    Theme::Scheme colors = schemeName == QLatin1String("dark")    ? Theme::Scheme::dark
                           : schemeName == QLatin1String("light") ? Theme::Scheme::light
                                                                  : Theme::Scheme::followSystem;

    if (parser.isSet(screenshots)) {
        // Documentation pictures are light unless asked otherwise, whatever the desktop.
        Theme::apply(app, parser.isSet(scheme) ? colors : Theme::Scheme::light);
        outpost::ui::ScreenshotRunner runner(parser.value(screenshots));
        QObject::connect(&runner, &outpost::ui::ScreenshotRunner::finished, &app, &QCoreApplication::exit,
                         Qt::QueuedConnection);
        QTimer::singleShot(0, &runner, &outpost::ui::ScreenshotRunner::start);
        return QApplication::exec();
    }

    outpost::ui::LaunchOptions options;
    if (parser.isSet(server) && parser.isSet(demo)) {
        return usageError(QCoreApplication::translate("main", "Use either --demo or --server."));
    }
    if (parser.isSet(server)) {
        const auto address = outpost::ui::parseServerAddress(parser.value(server));
        if (!address) {
            return usageError(QCoreApplication::translate("main", "--server expects host:port, e.g. 192.0.2.10:8443."));
        }
        options.choice = outpost::ui::LaunchChoice{outpost::ui::LaunchChoice::Mode::server, *address};
    } else if (parser.isSet(demo)) {
        options.choice = outpost::ui::LaunchChoice{outpost::ui::LaunchChoice::Mode::embedded, {}};
    }
    if (parser.isSet(lockAfter)) {
        bool ok = false;
        const int minutes = parser.value(lockAfter).toInt(&ok);
        if (!ok || minutes < 1 || minutes > 24 * 60) {
            return usageError(QCoreApplication::translate("main", "--lock-after takes a number of minutes (1 to 1440)."));
        }
        options.lockAfterMinutes = minutes;
    }
    options.storePath = parser.value(store);
    options.screenshotFile = parser.value(screenshot);

    Theme::apply(app, colors);
    outpost::ui::AppController controller(options);
    QObject::connect(&controller, &outpost::ui::AppController::finished, &app, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    QTimer::singleShot(0, &controller, &outpost::ui::AppController::start);
    return QApplication::exec();
}
