#include "ui/widgets/consent_words.h"

#include <QCoreApplication>

namespace outpost::ui {

QString consentTextVersion(const char* words) {
    return QString::fromLatin1(words) + QLatin1Char('/') +
           QCoreApplication::translate("outpost::ui::ConsentWords", "en", "language code of the consent words");
}

}  // namespace outpost::ui
