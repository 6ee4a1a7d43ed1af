#pragma once
// Loads the console's translations (compiled into the library under :/i18n) and Qt's own, for
// `locale` (the system's by default).

#include <QLocale>

class QCoreApplication;

namespace outpost::ui {

// Returns true when Outpost's strings are translated into the locale's language. Without a
// translation for the locale, English is loaded: its file carries the plural forms ("1 review").
bool installTranslations(QCoreApplication& app, const QLocale& locale = QLocale());

}  // namespace outpost::ui
