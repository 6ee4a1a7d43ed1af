// Every string of the console is translated into Spanish and French, and the compiled
// translations are in the library.

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>
#include <QXmlStreamReader>

#include "qt_printers.h"

namespace {

struct TsCount {
    int messages = 0;
    QStringList unfinished;
};

TsCount countUnfinished(const QString& path) {
    TsCount count;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return count;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) continue;
        if (xml.name() == QLatin1String("message")) ++count.messages;
        if (xml.name() == QLatin1String("source")) source = xml.readElementText();
        if (xml.name() == QLatin1String("translation")) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            const bool vanished = xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished") ||
                                  xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!vanished && (unfinished || text.trimmed().isEmpty())) count.unfinished << source;
        }
    }
    return count;
}

class TranslationsTest : public ::testing::TestWithParam<const char*> {};

TEST_P(TranslationsTest, EveryStringIsTranslated) {
    const QString path =
        QStringLiteral(OUTPOST_SOURCE_DIR "/translations/outpost_%1.ts").arg(QLatin1String(GetParam()));
    const TsCount count = countUnfinished(path);
    EXPECT_GT(count.messages, 50) << path.toStdString();
    EXPECT_TRUE(count.unfinished.isEmpty()) << count.unfinished.join(QStringLiteral(" | ")).toStdString();
}

TEST_P(TranslationsTest, TheCompiledFileIsBuiltIn) {
    QTranslator translator;
    EXPECT_TRUE(translator.load(QStringLiteral(":/i18n/outpost_%1.qm").arg(QLatin1String(GetParam()))));
}

INSTANTIATE_TEST_SUITE_P(Languages, TranslationsTest, ::testing::Values("en", "es", "fr"));

TEST(ShellTranslationTest, SpanishAndFrenchReadTheShell) {
    QTranslator es;
    ASSERT_TRUE(es.load(QStringLiteral(":/i18n/outpost_es.qm")));
    EXPECT_EQ(es.translate("outpost::ui::ReviewsView", "Reviews"), QStringLiteral("Reseñas"));
    QTranslator fr;
    ASSERT_TRUE(fr.load(QStringLiteral(":/i18n/outpost_fr.qm")));
    EXPECT_EQ(fr.translate("outpost::ui::ReviewsView", "Reviews"), QStringLiteral("Avis"));
}

}  // namespace
