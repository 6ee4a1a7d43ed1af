#include "ui/desk/desk_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include "ui/models/display_text.h"

namespace outpost::ui::DeskText {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr) {
    return QCoreApplication::translate("DeskText", text, disambiguation);
}

QDateTime local(Timestamp t, const QTimeZone& zone) {
    return QDateTime::fromMSecsSinceEpoch(t.time_since_epoch().count(), QTimeZone::utc()).toTimeZone(zone);
}

}  // namespace

QString alert(const std::string& code) {
    if (code == "payment_failed") return tr("Payment failed");
    if (code == "at_risk_high") return tr("High at-risk");
    if (code == "open_complaint") return tr("Open complaint");
    if (code == "open_task") return tr("Open task");
    if (code == "missing_consent") return tr("No SMS or email consent");
    if (code == "birthday") return tr("Birthday today");
    return QString::fromStdString(code);
}

QColor alertColor(const std::string& code) {
    if (code == "payment_failed" || code == "open_complaint") return QColor(0xb4, 0x23, 0x18);  // red
    if (code == "at_risk_high") return QColor(0xc2, 0x41, 0x0c);                                 // orange
    if (code == "open_task" || code == "missing_consent") return QColor(0x8a, 0x5a, 0x00);       // amber
    if (code == "birthday") return QColor(0x6d, 0x28, 0xd9);                                     // violet
    return QColor(0x47, 0x55, 0x69);
}

QString band(const std::string& code) {
    if (code == "high") return tr("high", "at-risk band");
    if (code == "medium") return tr("medium", "at-risk band");
    if (code == "low") return tr("low", "at-risk band");
    return QString::fromStdString(code);
}

QString membership(const std::string& status) {
    if (status == "active") return tr("Active member");
    if (status == "trial") return tr("Trial");
    if (status == "frozen") return tr("Frozen");
    if (status == "cancelled") return tr("Cancelled");
    if (status == "prospect") return tr("Prospect");
    return QString::fromStdString(status);
}

QColor membershipColor(const std::string& status) {
    if (status == "active") return QColor(0x15, 0x80, 0x3d);
    if (status == "trial") return QColor(0x1d, 0x4e, 0xd8);
    if (status == "frozen") return QColor(0x47, 0x55, 0x69);
    if (status == "cancelled") return QColor(0xb4, 0x23, 0x18);
    return QColor(0x64, 0x74, 0x8b);
}

QString name(const profiles::SearchHit& hit) {
    return QString::fromStdString(hit.first_name + (hit.last_name.empty() ? "" : " " + hit.last_name));
}

QString initials(const std::string& first, const std::string& last) {
    QString out;
    for (const std::string* part : {&first, &last}) {
        const QString word = QString::fromStdString(*part).trimmed();
        if (!word.isEmpty()) out += word.at(0).toUpper();
    }
    return out.isEmpty() ? QStringLiteral("?") : out;
}

QString time(Timestamp t, const QTimeZone& zone) { return DisplayText::zoneClockTime(t, zone); }

QString day(Timestamp t, Timestamp now, const QTimeZone& zone) {
    const QDate date = local(t, zone).date();
    const QDate today = local(now, zone).date();
    if (date == today) return tr("Today %1").arg(time(t, zone));
    if (date == today.addDays(-1)) return tr("Yesterday %1").arg(time(t, zone));
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString noLocation() { return tr("This account has no location to work at. Ask your manager to add one."); }

QString minutesAgo(int minutes, const QString& clock) {
    if (minutes < 1) return tr("just now, at %1").arg(clock);
    return QCoreApplication::translate("DeskText", "%n min ago, at %1", nullptr, minutes).arg(clock);
}

Refusal walkInRefusal(const std::string& message) {
    auto about = [&](const char* field) { return message.rfind(std::string("args.") + field + ":", 0) == 0; };
    if (about("first_name")) return {QStringLiteral("first_name"), tr("Enter the first name.")};
    if (about("interest")) return {QStringLiteral("interest"), tr("Say what they came for.")};
    if (about("phone")) {
        return {QStringLiteral("phone"), tr("Enter the phone with its country code, such as +1 512 555 0123.")};
    }
    if (about("email")) return {QStringLiteral("email"), tr("This is not an email address.")};
    if (about("consent_text_version")) return {QStringLiteral("consent"), tr("The consent text is missing.")};
    if (message.find("needs a phone or an email") != std::string::npos) {
        return {QStringLiteral("contact"), tr("Enter a phone number or an email, so that the club can follow up.")};
    }
    return {{}, tr("The lead was not saved: %1").arg(QString::fromStdString(message))};
}

}  // namespace outpost::ui::DeskText
