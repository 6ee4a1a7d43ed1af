#pragma once
// Words of the Front desk screen: alerts, membership status, consent, times at the location, and
// the walk-in form's refusals. The core sends codes and English; the console shows its own words.

#include <QColor>
#include <QString>
#include <QTimeZone>

#include "domain/clock.h"
#include "profiles/search.h"

namespace outpost::ui::DeskText {

// "Payment failed", "High at-risk", ... for an alert code; the core's message is the detail.
[[nodiscard]] QString alert(const std::string& code);
// The badge colours of an alert: a strong background with white text (red, orange, amber, blue).
[[nodiscard]] QColor alertColor(const std::string& code);
// The at-risk band: "high", "medium", "low".
[[nodiscard]] QString band(const std::string& code);
[[nodiscard]] QString membership(const std::string& status);
[[nodiscard]] QColor membershipColor(const std::string& status);
// "Ana Diaz".
[[nodiscard]] QString name(const profiles::SearchHit& hit);
// "AD" for Ana Diaz.
[[nodiscard]] QString initials(const std::string& first, const std::string& last);
// "9:05 AM" at the location.
[[nodiscard]] QString time(Timestamp t, const QTimeZone& zone);
// "Today 9:05 AM", "Yesterday 6:10 PM", "12 Nov 2026".
[[nodiscard]] QString day(Timestamp t, Timestamp now, const QTimeZone& zone);
[[nodiscard]] QString noLocation();
// "12 min ago, at 9:05 AM".
[[nodiscard]] QString minutesAgo(int minutes, const QString& clock);

struct Refusal {
    QString field;  // first_name, interest, phone, email, contact, consent; empty: the whole form
    QString message;
};
// The form's field and the words for a refusal of lead.create_walk_in ("args.phone: ...").
[[nodiscard]] Refusal walkInRefusal(const std::string& message);

}  // namespace outpost::ui::DeskText
