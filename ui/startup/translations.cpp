#include "ui/startup/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include "ui/logging.h"

namespace outpost::ui {

bool installTranslations(QCoreApplication& app, const QLocale& locale) {
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("outpost"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        qCInfo(lcStartup) << "translations loaded for" << locale.name();
        return locale.language() != QLocale::English;
    }
    // No translation for this locale: English, whose file carries the plural forms ("1 review").
    if (own->load(QStringLiteral(":/i18n/outpost_en.qm"))) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    return false;
}

}  // namespace outpost::ui
