#pragma once
// How domain values read in the console: platform and status names, ratings, local times and
// ages. All strings are translated (context "outpost::ui::DisplayText").

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include "domain/clock.h"
#include "domain/review.h"

namespace outpost::ui {

class DisplayText {
    Q_DECLARE_TR_FUNCTIONS(outpost::ui::DisplayText)

  public:
    [[nodiscard]] static QString platform(Platform platform);
    [[nodiscard]] static QString status(ReviewStatus status);
    // "2 of 5 stars"
    [[nodiscard]] static QString rating(int stars);

    [[nodiscard]] static QDateTime toDateTime(Timestamp t);  // in UTC
    [[nodiscard]] static Timestamp toTimestamp(const QDateTime& t);
    // Short date and time in `zone`, for table cells: "24/11/2026 09:30".
    [[nodiscard]] static QString shortLocalTime(Timestamp t, const QTimeZone& zone, const QLocale& locale = {});
    // "Tuesday 24 November 2026, 09:30 CST"
    [[nodiscard]] static QString longLocalTime(Timestamp t, const QTimeZone& zone, const QLocale& locale = {});
    // "just now", "12 minutes ago", "3 hours ago", "5 days ago", "in the future"
    [[nodiscard]] static QString age(Timestamp then, Timestamp now);
    // Time of day in the user's own zone: "15:00".
    // "9:05 AM" in the zone, without seconds.
    [[nodiscard]] static QString zoneClockTime(Timestamp t, const QTimeZone& zone, const QLocale& locale = {});
    [[nodiscard]] static QString clockTime(Timestamp t, const QLocale& locale = {});
};

}  // namespace outpost::ui
