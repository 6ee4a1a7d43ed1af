#include "ui/models/display_text.h"

#include <QRegularExpression>

namespace outpost::ui {
namespace {

// The locale's short time format without seconds: "HH:mm", "h:mm AP".
QString shortTime(const QTime& time, const QLocale& locale) {
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return locale.toString(time, format);
}

}  // namespace

QString DisplayText::platform(Platform platform) {
    switch (platform) {
        case Platform::google:
            return tr("Google");
        case Platform::yelp:
            return tr("Yelp");
        case Platform::facebook:
            return tr("Facebook");
        case Platform::tripadvisor:
            return tr("Tripadvisor");
        case Platform::in_app:
            return tr("In-app survey");
    }
    return {};
}

QString DisplayText::status(ReviewStatus status) {
    switch (status) {
        case ReviewStatus::open:
            return tr("Open");
        case ReviewStatus::acknowledged:
            return tr("Acknowledged");
        case ReviewStatus::replied:
            return tr("Replied");
        case ReviewStatus::resolved:
            return tr("Resolved");
    }
    return {};
}

QString DisplayText::rating(int stars) {
    return tr("%n of 5 stars", nullptr, stars);
}

QDateTime DisplayText::toDateTime(Timestamp t) {
    return QDateTime::fromMSecsSinceEpoch(t.time_since_epoch().count(), QTimeZone::utc());
}

Timestamp DisplayText::toTimestamp(const QDateTime& t) {
    return Timestamp(std::chrono::milliseconds(t.toMSecsSinceEpoch()));
}

QString DisplayText::shortLocalTime(Timestamp t, const QTimeZone& zone, const QLocale& locale) {
    const QDateTime local = toDateTime(t).toTimeZone(zone);
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + shortTime(local.time(), locale);
}

QString DisplayText::longLocalTime(Timestamp t, const QTimeZone& zone, const QLocale& locale) {
    const QDateTime local = toDateTime(t).toTimeZone(zone);
    return tr("%1, %2 %3", "long date, time, time zone abbreviation")
        .arg(locale.toString(local.date(), QLocale::LongFormat), shortTime(local.time(), locale),
             zone.abbreviation(local));
}

QString DisplayText::age(Timestamp then, Timestamp now) {
    using namespace std::chrono;
    const auto elapsed = duration_cast<minutes>(now - then).count();
    if (elapsed < -1) return tr("in the future");
    if (elapsed < 1) return tr("just now");
    if (elapsed < 60) return tr("%n minute(s) ago", nullptr, static_cast<int>(elapsed));
    if (elapsed < 48 * 60) return tr("%n hour(s) ago", nullptr, static_cast<int>(elapsed / 60));
    return tr("%n day(s) ago", nullptr, static_cast<int>(elapsed / (24 * 60)));
}

QString DisplayText::zoneClockTime(Timestamp t, const QTimeZone& zone, const QLocale& locale) {
    return shortTime(toDateTime(t).toTimeZone(zone).time(), locale);
}

QString DisplayText::clockTime(Timestamp t, const QLocale& locale) {
    return shortTime(toDateTime(t).toLocalTime().time(), locale);
}

}  // namespace outpost::ui
